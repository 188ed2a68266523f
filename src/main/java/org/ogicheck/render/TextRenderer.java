package org.ogicheck.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ogicheck.app.Result;
import org.ogicheck.engine.Checker;
import org.ogicheck.model.Finding;
import org.ogicheck.model.Report;
import org.ogicheck.score.Scorecard;

/** Terminal output: findings grouped by section, most severe first, then the scorecard. */
public final class TextRenderer implements Renderer {

    @Override
    public String render(List<Result> results, String lang) {
        StringBuilder sb = new StringBuilder();
        for (Result r : results) {
            if (sb.length() > 0) sb.append('\n');
            one(sb, r, lang);
        }
        return sb.toString();
    }

    private void one(StringBuilder sb, Result r, String lang) {
        boolean en = "en".equals(lang);
        Report rep = r.parsed().report();
        sb.append("== ").append(r.source()).append('\n');
        sb.append(en ? "Report: " : "报告：")
            .append(rep.getAgency() == null ? (en ? "agency unknown" : "机关未知") : rep.getAgency()).append(" · ")
            .append(Labels.kind(rep.getKind(), lang)).append(" · ")
            .append(rep.getYear() == null ? (en ? "year unknown" : "年度未知") : rep.getYear() + (en ? "" : "年度")).append(" · ")
            .append(rep.getEdition() == null ? (en ? "format unknown" : "格式未知")
                : (en ? rep.getEdition() + " format" : rep.getEdition() + "版格式"))
            .append(" · ").append(en ? "published " : "发布日期 ")
            .append(rep.getPublished() == null ? (en ? "unknown" : "未知") : rep.getPublished().toString()).append("\n\n");

        Map<String, List<Finding>> bySection = new LinkedHashMap<>();
        List<Finding> sorted = new ArrayList<>(r.findings());
        sorted.sort((a, b) -> Integer.compare(Checker.sectionRank(a.getSection()), Checker.sectionRank(b.getSection())));
        for (Finding f : sorted) bySection.computeIfAbsent(f.getSection() == null ? "" : f.getSection(), k -> new ArrayList<>()).add(f);
        if (r.findings().isEmpty()) sb.append(en ? "No findings.\n\n" : "未发现问题。\n\n");
        for (Map.Entry<String, List<Finding>> e : bySection.entrySet()) {
            sb.append(Labels.section(e.getKey().isEmpty() ? null : e.getKey(), lang)).append('\n');
            List<Finding> fs = e.getValue();
            fs.sort(Checker.ORDER);
            for (Finding f : fs) finding(sb, f, lang);
            sb.append('\n');
        }
        Scorecard sc = r.scorecard();
        sb.append(en ? "Score " : "评分 ").append(num(sc.score())).append(" / 100")
            .append(en ? " (" + sc.gradeEn() + ")" : "（" + sc.grade() + "）").append('\n');
        for (Scorecard.CategoryScore c : sc.categories()) {
            sb.append(String.format("  %-8s %5s / %s%n", en ? c.nameEn() : c.name(), num(c.score()), num(c.max())));
        }
        if (r.hidden() > 0) {
            sb.append(en ? "Hidden by the baseline: " : "已按基线/豁免隐藏：").append(r.hidden()).append('\n');
        }
        sb.append(en ? "Findings: " : "发现：").append(en ? "ERROR " : "错误 ").append(r.count("ERROR"))
            .append(en ? " · WARNING " : " · 警告 ").append(r.count("WARNING"))
            .append(en ? " · INFO " : " · 提示 ").append(r.count("INFO")).append('\n');
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
        if (f.getPoints() > 0) sb.append("      ").append(en ? "points lost: " : "扣分：").append(num(f.getPoints())).append('\n');
    }

    static String num(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }
}
