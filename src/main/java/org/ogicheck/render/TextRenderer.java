package org.ogicheck.render;

import java.util.List;
import java.util.Map;
import org.ogicheck.model.Severity;
import org.ogicheck.app.Result;
import org.ogicheck.engine.RuleSet;
import org.ogicheck.model.CellRef;
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
        List<BatchWriter.Summary> all = new java.util.ArrayList<>();
        for (Result r : results) all.add(BatchWriter.Summary.of(r, lang));
        summaryRows(sb, all, lang);
    }

    private static void summaryRows(StringBuilder sb, List<BatchWriter.Summary> all, String lang) {
        sb.append('\n').append(Labels.t(lang, "text.summary")).append('\n');
        sb.append(String.join(" | ", Labels.summaryHeader(lang))).append('\n');
        for (List<Object> row : BatchWriter.Summary.ranked(all)) {
            sb.append(String.join(" | ", row.stream().map(Findings::text).toList())).append('\n');
        }
    }

    /** streamed: each report as it comes, the summary (ranked) and the inputs not checked at the end */
    @Override
    public BatchWriter open(String lang, RuleSet rules, java.io.OutputStream out) {
        List<BatchWriter.Summary> all = new java.util.ArrayList<>();
        List<Unreadable> unreadable = new java.util.ArrayList<>();
        return new BatchWriter() {
            @Override
            public void add(Result r) throws java.io.IOException {
                StringBuilder sb = new StringBuilder();
                if (!all.isEmpty()) sb.append('\n');
                one(sb, r, lang);
                all.add(BatchWriter.Summary.of(r, lang));
                out.write(sb.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }

            @Override
            public void unreadable(Unreadable u) {
                unreadable.add(u);
            }

            @Override
            public void finish() throws java.io.IOException {
                StringBuilder sb = new StringBuilder();
                if (all.size() > 1) summaryRows(sb, all, lang);
                if (!unreadable.isEmpty()) {
                    sb.append('\n').append(Labels.t(lang, "text.notChecked")).append('\n');
                    for (Unreadable u : unreadable) sb.append(u.source()).append(": ").append(u.reason()).append('\n');
                }
                out.write(sb.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
        };
    }

    private static void one(StringBuilder sb, Result r, String lang) {
        Report rep = r.parsed().report();
        sb.append("== ").append(r.source()).append('\n');
        sb.append(Labels.t(lang, "report")).append(Labels.report(rep, lang)).append("\n\n");

        if (r.findings().isEmpty()) sb.append(Labels.t(lang, "noFindingsNN"));
        for (Map.Entry<String, List<Finding>> e : Findings.bySection(r.findings()).entrySet()) {
            sb.append(Labels.section(e.getKey().isEmpty() ? null : e.getKey(), lang)).append('\n');
            for (Finding f : e.getValue()) finding(sb, f, lang);
            sb.append('\n');
        }
        Scorecard sc = r.scorecard();
        sb.append(Labels.t(lang, "score")).append(Findings.num(sc.score())).append(" / 100")
            .append(Labels.t(lang, "text.grade", Labels.grade(sc, lang))).append('\n');
        int nameWidth = sc.categories().stream().mapToInt(c -> Columns.width(Labels.category(c, lang))).max().orElse(0);
        for (Scorecard.CategoryScore c : sc.categories()) {
            sb.append("  ").append(Columns.left(Labels.category(c, lang), nameWidth)).append(Columns.right(Findings.num(c.score()), 6))
                .append(" / ").append(Findings.num(c.max())).append('\n');
        }
        if (r.hidden() > 0) {
            sb.append(Labels.t(lang, "hiddenByTheBaseline")).append(r.hidden()).append('\n');
        }
        sb.append(Labels.t(lang, "findings2")).append(Labels.t(lang, "error")).append(r.count(Severity.ERROR))
            .append(Labels.t(lang, "warning")).append(r.count(Severity.WARNING))
            .append(Labels.t(lang, "info")).append(r.count(Severity.INFO)).append('\n');
    }

    private static void finding(StringBuilder sb, Finding f, String lang) {
        String place = Labels.source(f.getSrc(), lang);
        sb.append("  [").append(Labels.severity(f.getSeverity(), lang)).append("] ").append(f.getRuleId());
        if (!place.isEmpty()) sb.append(' ').append(place);
        sb.append("  ").append(f.getMessage()).append('\n');
        if (f.getExplanation() != null) sb.append("      ").append(Labels.t(lang, "derivation")).append(f.getExplanation()).append('\n');
        for (CellRef c : f.getCells()) sb.append("      ").append(Labels.t(lang, "cell")).append(Labels.cell(c, lang)).append('\n');
        Object sentence = f.getEvidence().get("sentence");
        if (sentence != null) sb.append("      ").append(Labels.t(lang, "text")).append("“").append(sentence).append("”\n");
        if (f.getBasis() != null && !f.getBasis().equals("—")) sb.append("      ").append(Labels.t(lang, "basis")).append(f.getBasis()).append('\n');
        if (f.getPoints() > 0) sb.append("      ").append(Labels.t(lang, "pointsLost")).append(Findings.num(f.getPoints())).append('\n');
    }
}
