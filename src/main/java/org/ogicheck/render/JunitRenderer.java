package org.ogicheck.render;

import java.util.List;
import org.ogicheck.model.Severity;
import org.ogicheck.app.Result;
import org.ogicheck.engine.RuleMeta;
import org.ogicheck.engine.RuleSet;
import org.ogicheck.model.Finding;

/**
 * JUnit XML for CI: a testsuite per report, a testcase per rule of the rule set (a rule that did
 * not fire passes). A rule with ERROR findings fails; WARNING and INFO findings go to the
 * testcase's system-out and do not fail it, as they do not fail the exit code either.
 */
public final class JunitRenderer implements TextOutput {

    @Override
    public String text(List<Result> results, String lang, RuleSet rules) {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"")
            .append(Version.TOOL).append("\">\n");
        for (Result r : results) suite(sb, r, rules, lang);
        return sb.append("</testsuites>\n").toString();
    }

    private static void suite(StringBuilder sb, Result r, RuleSet rules, String lang) {
        long failing = rules.rules().keySet().stream().filter(id -> !failures(r, id).isEmpty()).count();
        sb.append("  <testsuite name=\"").append(esc(r.source())).append("\" tests=\"").append(rules.rules().size())
            .append("\" failures=\"").append(failing).append("\" errors=\"0\" skipped=\"0\">\n");
        sb.append("    <properties>\n");
        property(sb, "agency", r.parsed().report().getAgency());
        property(sb, "year", r.parsed().report().getYear());
        property(sb, "score", Findings.num(r.scorecard().score()));
        property(sb, "grade", Labels.grade(r.scorecard(), lang));
        sb.append("    </properties>\n");
        for (RuleMeta m : rules.rules().values()) testcase(sb, r, m, rules, lang);
        sb.append("  </testsuite>\n");
    }

    private static void testcase(StringBuilder sb, Result r, RuleMeta m, RuleSet rules, String lang) {
        sb.append("    <testcase classname=\"").append(esc(Version.TOOL + "." + m.category())).append("\" name=\"")
            .append(esc(m.id() + " " + Findings.title(rules, m, lang))).append('"');
        List<Finding> errors = failures(r, m.id());
        List<Finding> others = r.findings().stream()
            .filter(f -> f.getRuleId().equals(m.id()) && f.getSeverity() != Severity.ERROR).toList();
        if (errors.isEmpty() && others.isEmpty()) {
            sb.append("/>\n");
            return;
        }
        sb.append(">\n");
        if (!errors.isEmpty()) {
            sb.append("      <failure type=\"ERROR\" message=\"").append(esc(errors.get(0).getMessage()))
                .append("\">").append(esc(lines(r, errors, lang))).append("</failure>\n");
        }
        if (!others.isEmpty()) sb.append("      <system-out>").append(esc(lines(r, others, lang))).append("</system-out>\n");
        sb.append("    </testcase>\n");
    }

    private static List<Finding> failures(Result r, String ruleId) {
        return r.findings().stream().filter(f -> f.getRuleId().equals(ruleId) && f.getSeverity() == Severity.ERROR).toList();
    }

    private static String lines(Result r, List<Finding> findings, String lang) {
        StringBuilder sb = new StringBuilder();
        for (Finding f : findings) {
            sb.append('[').append(Labels.severity(f.getSeverity(), lang)).append("] ").append(f.getMessage());
            String where = Findings.where(r.parsed(), f, lang);
            if (!where.isEmpty()) sb.append(" (").append(where).append(')');
            sb.append('\n');
            Findings.evidence(f, lang).forEach((k, v) -> sb.append("  ").append(k).append(": ").append(v).append('\n'));
        }
        return sb.toString();
    }

    private static void property(StringBuilder sb, String name, Object value) {
        if (value == null) return;
        sb.append("      <property name=\"").append(name).append("\" value=\"").append(esc(value.toString())).append("\"/>\n");
    }

    /** escaped for XML text and attributes; characters XML 1.0 forbids (control characters) are dropped */
    static String esc(String s) {
        if (s == null) return "";
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> {
                    if (c == '\t' || c == '\n' || c == '\r' || c >= 0x20 && c != 0xFFFE && c != 0xFFFF && (c < 0xD800 || c > 0xDFFF)) {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }
}
