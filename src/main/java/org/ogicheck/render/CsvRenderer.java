package org.ogicheck.render;

import java.util.List;
import org.ogicheck.app.Result;
import org.ogicheck.engine.RuleSet;
import org.ogicheck.model.Finding;

/** One row per finding (RFC 4180: CRLF, fields quoted when needed), header first. */
public final class CsvRenderer implements TextOutput {
    /**
     * Excel opens a CSV file without a byte order mark in the system's ANSI code page (GBK on a
     * Chinese Windows, cp1252 elsewhere) and shows UTF-8 Chinese as mojibake; the BOM makes it read UTF-8.
     */
    private static final String BOM = "\uFEFF";

    @Override
    public String text(List<Result> results, String lang, RuleSet rules) {
        StringBuilder sb = new StringBuilder(BOM);
        line(sb, Findings.COLUMNS);
        for (Result r : results) {
            for (Finding f : r.findings()) line(sb, Findings.row(r, f));
        }
        return sb.toString();
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
