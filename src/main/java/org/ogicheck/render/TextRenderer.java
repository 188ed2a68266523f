package org.ogicheck.render;

import java.util.List;
import java.util.Map;
import org.ogicheck.model.Severity;
import org.ogicheck.app.Result;
import org.ogicheck.engine.RuleSet;
import org.ogicheck.model.Finding;
import org.ogicheck.model.Report;
import org.ogicheck.score.Scorecard;

/** Terminal output: findings grouped by section, most severe first, then the scorecard. */
public final class TextRenderer implements TextOutput {

    @Override
    public String text(List<Result> results, String lang, RuleSet rules) {
        StringBuilder sb = new StringBuilder();
        for (Result r : results) {
            if (sb.length() > 0) sb.append('\n');
            one(sb, r, lang);
        }
        if (results.size() > 1) summary(sb, results, lang);
        return sb.toString();
    }

    /** a batch: one line per report, best score first */
    private static void summary(StringBuilder sb, List<Result> results, String lang) {
        sb.append('\n').append("en".equals(lang) ? "== Summary (best score first)" : "== 汇总（按得分排序）").append('\n');
        sb.append(String.join(" | ", Labels.summaryHeader(lang))).append('\n');
        int rank = 0;
        for (Result r : Findings.ranked(results)) {
            List<Object> row = Findings.summary(++rank, r, lang);
            sb.append(String.join(" | ", row.stream().map(Findings::text).toList())).append('\n');
        }
    }

    private void one(StringBuilder sb, Result r, String lang) {
        boolean en = "en".equals(lang);
        Report rep = r.parsed().report();
        sb.append("== ").append(r.source()).append('\n');
        sb.append(en ? "Report: " : "报告：").append(Labels.report(rep, lang)).append("\n\n");

        if (r.findings().isEmpty()) sb.append(en ? "No findings.\n\n" : "未发现问题。\n\n");
        for (Map.Entry<String, List<Finding>> e : Findings.bySection(r.findings()).entrySet()) {
            sb.append(Labels.section(e.getKey().isEmpty() ? null : e.getKey(), lang)).append('\n');
            for (Finding f : e.getValue()) finding(sb, f, lang);
            sb.append('\n');
        }
        Scorecard sc = r.scorecard();
        sb.append(en ? "Score " : "评分 ").append(Findings.num(sc.score())).append(" / 100")
            .append(en ? " (" + sc.gradeEn() + ")" : "（" + sc.grade() + "）").append('\n');
        int nameWidth = sc.categories().stream().mapToInt(c -> Columns.width(en ? c.nameEn() : c.name())).max().orElse(0);
        for (Scorecard.CategoryScore c : sc.categories()) {
            sb.append("  ").append(Columns.left(en ? c.nameEn() : c.name(), nameWidth)).append(Columns.right(Findings.num(c.score()), 6))
                .append(" / ").append(Findings.num(c.max())).append('\n');
        }
        if (r.hidden() > 0) {
            sb.append(en ? "Hidden by the baseline: " : "已按基线/豁免隐藏：").append(r.hidden()).append('\n');
        }
        sb.append(en ? "Findings: " : "发现：").append(en ? "ERROR " : "错误 ").append(r.count(Severity.ERROR))
            .append(en ? " · WARNING " : " · 警告 ").append(r.count(Severity.WARNING))
            .append(en ? " · INFO " : " · 提示 ").append(r.count(Severity.INFO)).append('\n');
    }

    private void finding(StringBuilder sb, Finding f, String lang) {
        boolean en = "en".equals(lang);
        String place = f.getSrc().describe();
        sb.append("  [").append(Labels.severity(f.getSeverity(), lang)).append("] ").append(f.getRuleId());
        if (!place.isEmpty()) sb.append(' ').append(place);
        sb.append("  ").append(f.getMessage()).append('\n');
        if (f.getExplanation() != null) sb.append("      ").append(en ? "derivation: " : "推导：").append(f.getExplanation()).append('\n');
        for (String c : f.getCells()) sb.append("      ").append(en ? "cell: " : "单元格：").append(c).append('\n');
        Object sentence = f.getEvidence().get("sentence");
        if (sentence != null) sb.append("      ").append(en ? "text: " : "原文：").append("“").append(sentence).append("”\n");
        if (f.getBasis() != null && !f.getBasis().equals("—")) sb.append("      ").append(en ? "basis: " : "依据：").append(f.getBasis()).append('\n');
        if (f.getPoints() > 0) sb.append("      ").append(en ? "points lost: " : "扣分：").append(Findings.num(f.getPoints())).append('\n');
    }
}
