package org.ogicheck.score;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ogicheck.engine.Scoring;
import org.ogicheck.model.Finding;

/**
 * Findings to a scorecard. Each finding costs weight × severity factor points from its category,
 * most severe first, until the category is exhausted. Scoring changes no finding: it gives a new
 * scorecard and new findings that carry what each actually cost, so the points lost add up exactly
 * to 100 − score.
 */
public final class Scorer {
    private final Scoring scoring;

    public Scorer(Scoring scoring) {
        this.scoring = scoring;
    }

    /** the findings with their points, and the scorecard they give */
    public record Scored(List<Finding> findings, Scorecard scorecard) {
    }

    /** findings must be in reporting order (most severe first) */
    public Scored score(List<Finding> findings) {
        List<Finding> priced = new ArrayList<>(findings.size());
        List<Scoring.Category> cats = scoring.categories();
        double total = cats.stream().mapToDouble(Scoring.Category::max).sum();
        double scale = total > 0 ? 100.0 / total : 0;
        Map<String, double[]> left = new LinkedHashMap<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Scoring.Category c : cats) {
            left.put(c.id(), new double[] {c.max()});
            counts.put(c.id(), 0);
        }
        for (Finding f : findings) {
            double[] budget = left.get(f.getCategory());
            double cost = scoring.weight(f.getRuleId(), f.getWeight()) * scoring.severityFactor(f.getSeverity());
            if (budget == null || cost <= 0) {
                priced.add(f.withPoints(0));
                continue;
            }
            double taken = Math.min(cost, budget[0]);
            budget[0] -= taken;
            priced.add(f.withPoints(round(taken * scale)));
            if (taken > 0) counts.merge(f.getCategory(), 1, Integer::sum);
        }
        List<Scorecard.CategoryScore> out = new ArrayList<>();
        double kept = 0;
        for (Scoring.Category c : cats) {
            double s = left.get(c.id())[0];
            kept += s;
            out.add(new Scorecard.CategoryScore(c.id(), c.zh(), c.en(), round(s), c.max(), counts.get(c.id())));
        }
        double score = round(kept * scale);
        String grade = "";
        String gradeEn = "";
        for (Scoring.Grade g : scoring.grades()) {
            if (score >= g.min()) {
                grade = g.zh();
                gradeEn = g.en();
                break;
            }
        }
        return new Scored(List.copyOf(priced), new Scorecard(score, grade, gradeEn, List.copyOf(out)));
    }

    static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
