package org.ogicheck.score;

import java.util.List;

/**
 * The compliance score of one report: per category and overall (0–100), with a grade. Every
 * point lost is carried by a finding ({@code Finding.getPoints()}) of the same scoring ({@link Scorer.Scored}).
 */
public record Scorecard(double score, String grade, String gradeEn, List<CategoryScore> categories) {

    /** one category: points kept out of its maximum, and how many findings cost points */
    public record CategoryScore(String id, String name, String nameEn, double score, double max, int findings) {
    }
}
