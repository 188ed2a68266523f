package org.ogicheck.render;

import java.util.List;
import java.util.Map;
import org.ogicheck.app.Result;
import org.ogicheck.engine.RuleSet;
import org.ogicheck.model.CellRef;
import org.ogicheck.model.Finding;
import org.ogicheck.score.Scorecard;

/** Markdown: per report a heading, the scorecard as a table, then the findings by section. */
public final class MarkdownRenderer implements TextOutput {

    @Override
    public String text(List<Result> results, String lang, RuleSet rules) {
        StringBuilder sb = new StringBuilder();
        if (results.size() > 1) {
            sb.append(Labels.t(lang, "summaryNN"));
            row(sb, Labels.summaryHeader(lang));
            sb.append('|').append("---|".repeat(Findings.SUMMARY.size())).append('\n');
            int rank = 0;
            for (Result r : Findings.ranked(results)) row(sb, Findings.summary(++rank, r, lang));
            sb.append('\n');
        }
        for (Result r : results) report(sb, r, lang);
        return sb.toString();
    }

    private static void report(StringBuilder sb, Result r, String lang) {
        Scorecard sc = r.scorecard();
        sb.append("## ").append(esc(r.source())).append("\n\n").append(esc(Labels.report(r.parsed().report(), lang))).append("\n\n");
        sb.append("**").append(Labels.t(lang, "score")).append(Findings.num(sc.score())).append(" / 100 ")
            .append(esc(Labels.grade(sc, lang))).append("**\n\n");
        row(sb, List.of(Labels.t(lang, "category"), Labels.t(lang, "score2"), Labels.t(lang, "max")));
        sb.append("|---|---:|---:|\n");
        for (Scorecard.CategoryScore c : sc.categories()) row(sb, List.of(Labels.category(c, lang), c.score(), c.max()));
        sb.append('\n');
        if (r.findings().isEmpty()) sb.append(Labels.t(lang, "noFindingsNN"));
        for (Map.Entry<String, List<Finding>> e : Findings.bySection(r.findings()).entrySet()) {
            sb.append("### ").append(esc(Labels.section(e.getKey().isEmpty() ? null : e.getKey(), lang))).append("\n\n");
            for (Finding f : e.getValue()) finding(sb, r, f, lang);
            sb.append('\n');
        }
    }

    private static void finding(StringBuilder sb, Result r, Finding f, String lang) {
        sb.append("- **").append(Labels.severity(f.getSeverity(), lang)).append("** `").append(f.getRuleId()).append("` ")
            .append(esc(f.getMessage()));
        String place = Findings.where(r.parsed(), f, lang);
        if (!place.isEmpty()) sb.append(" (").append(esc(place)).append(')');
        sb.append('\n');
        for (Map.Entry<String, String> ev : Findings.evidence(f, lang).entrySet()) {
            sb.append("  - ").append(esc(ev.getKey())).append(Labels.t(lang, "sep")).append(esc(ev.getValue())).append('\n');
        }
        for (CellRef c : f.getCells()) sb.append("  - ").append(Labels.t(lang, "cell")).append(esc(Labels.cell(c, lang))).append('\n');
        Object sentence = f.getEvidence().get("sentence");
        if (sentence != null) sb.append("  > ").append(esc(sentence.toString())).append('\n');
    }

    private static void row(StringBuilder sb, List<?> cells) {
        sb.append('|');
        for (Object c : cells) sb.append(' ').append(esc(Findings.text(c))).append(" |");
        sb.append('\n');
    }

    /** report text is untrusted: no HTML, no Markdown syntax, no line breaks that would end a list item or table row */
    static String esc(String s) {
        StringBuilder out = new StringBuilder();
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '\r', '\n' -> out.append(' ');
                case '\\', '`', '*', '_', '[', ']', '|', '#', '!', '~' -> out.append('\\').append(ch);
                default -> out.append(ch);
            }
        }
        return out.toString();
    }
}
