package org.ogicheck.render;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.ogicheck.app.Result;
import org.ogicheck.engine.RuleSet;
import org.ogicheck.model.Finding;

/**
 * One table (RFC 4180: CRLF, fields quoted when needed), header first: a row per report
 * ({@code kind} = report: rank, score, grade and counts; best score first), then a row per finding
 * ({@code kind} = finding), so that a region's reports and their findings sort and filter together.
 */
public final class CsvRenderer implements TextOutput {
    static final List<String> HEADER = List.of("kind", "rank", "source", "agency", "year", "edition", "score", "grade",
        "errors", "warnings", "infos", "ruleId", "severity", "category", "section", "table", "row", "column", "line",
        "message", "expected", "actual", "difference", "points");

    /**
     * Excel opens a CSV file without a byte order mark in the system's ANSI code page (GBK on a
     * Chinese Windows, cp1252 elsewhere) and shows UTF-8 Chinese as mojibake; the BOM makes it read UTF-8.
     */
    private static final String BOM = "\uFEFF";

    @Override
    public String text(List<Result> results, String lang, RuleSet rules) {
        StringBuilder sb = new StringBuilder(BOM);
        line(sb, HEADER);
        int rank = 0;
        for (Result r : Findings.ranked(results)) reportRow(sb, Findings.summary(++rank, r, lang));
        for (Result r : results) findingRows(sb, r);
        return sb.toString();
    }

    /** each input that could not be checked is a row of kind "unreadable" with its reason in "message" */
    @Override
    public String text(List<Result> results, List<Unreadable> unreadable, String lang, RuleSet rules) {
        StringBuilder sb = new StringBuilder(text(results, lang, rules));
        unreadableRows(sb, unreadable);
        return sb.toString();
    }

    /** streamed: the report rows (ranked, so they come first) are kept as summaries, the finding rows spooled to a temporary file */
    @Override
    public BatchWriter open(String lang, RuleSet rules, java.io.OutputStream out) throws java.io.IOException {
        java.nio.file.Path spool = java.nio.file.Files.createTempFile("ogicheck-csv-", ".spool");
        java.io.Writer findings = new java.io.BufferedWriter(new java.io.OutputStreamWriter(
            java.nio.file.Files.newOutputStream(spool), java.nio.charset.StandardCharsets.UTF_8), 1 << 16);
        List<BatchWriter.Summary> summaries = new ArrayList<>();
        List<Unreadable> unreadable = new ArrayList<>();
        return new BatchWriter() {
            @Override
            public void add(Result r) throws java.io.IOException {
                summaries.add(BatchWriter.Summary.of(r, lang));
                StringBuilder sb = new StringBuilder();
                findingRows(sb, r);
                findings.write(sb.toString());
            }

            @Override
            public void unreadable(Unreadable u) {
                unreadable.add(u);
            }

            @Override
            public void finish() throws java.io.IOException {
                findings.close();
                java.io.Writer w = new java.io.BufferedWriter(new java.io.OutputStreamWriter(
                    new java.io.FilterOutputStream(out) {
                        @Override
                        public void close() throws java.io.IOException {
                            flush();
                        }

                        @Override
                        public void write(byte[] b, int off, int len) throws java.io.IOException {
                            out.write(b, off, len);
                        }
                    }, java.nio.charset.StandardCharsets.UTF_8), 1 << 16);
                StringBuilder sb = new StringBuilder(BOM);
                line(sb, HEADER);
                for (List<Object> s : BatchWriter.Summary.ranked(summaries)) reportRow(sb, s);
                w.write(sb.toString());
                w.flush();
                java.nio.file.Files.copy(spool, out);
                sb.setLength(0);
                unreadableRows(sb, unreadable);
                w.write(sb.toString());
                w.close();
            }

            @Override
            public void close() throws java.io.IOException {
                findings.close();
                java.nio.file.Files.deleteIfExists(spool);
            }
        };
    }

    private static void reportRow(StringBuilder sb, List<Object> summary) {
        List<Object> row = new ArrayList<>(Collections.nCopies(HEADER.size(), null));
        row.set(0, "report");
        for (int i = 0; i < summary.size(); i++) row.set(1 + i, summary.get(i));
        line(sb, row);
    }

    private static void findingRows(StringBuilder sb, Result r) {
        for (Finding f : r.findings()) {
            List<Object> row = new ArrayList<>(Collections.nCopies(HEADER.size(), null));
            row.set(0, "finding");
            List<Object> fr = Findings.row(r, f);
            for (int i = 0; i < fr.size(); i++) row.set(HEADER.indexOf(Findings.COLUMNS.get(i)), fr.get(i));
            line(sb, row);
        }
    }

    private static void unreadableRows(StringBuilder sb, List<Unreadable> unreadable) {
        for (Unreadable u : unreadable) {
            List<Object> row = new ArrayList<>(Collections.nCopies(HEADER.size(), null));
            row.set(0, "unreadable");
            row.set(HEADER.indexOf("source"), u.source());
            row.set(HEADER.indexOf("message"), u.reason());
            line(sb, row);
        }
    }

    private static void line(StringBuilder sb, List<?> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) sb.append(',');
            sb.append(field(fields.get(i)));
        }
        sb.append("\r\n");
    }

    private static String field(Object v) {
        String s = Findings.text(v);
        // report text is untrusted: a text field starting like a formula is kept as text for spreadsheets
        if (!(v instanceof Number) && !s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) s = "'" + s;
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }
}
