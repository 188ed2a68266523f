package org.ogicheck.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Entities;
import org.ogicheck.i18n.Texts;
import org.ogicheck.engine.RuleMeta;
import org.ogicheck.engine.RuleSet;
import org.ogicheck.engine.Scoring;
import org.ogicheck.model.Finding;
import org.ogicheck.model.FixtureCase;
import org.ogicheck.model.RuleForm;
import org.ogicheck.model.Severity;

/**
 * The rule catalogue generated from the rules themselves: metadata from the rule, messages from
 * the bundles, and each rule's fixtures with the findings they produce. Nothing written twice. Its
 * words are in the language asked; the rule's basis and its text are as their authors wrote them.
 */
public final class RulesDoc {
    private RulesDoc() {
    }

    public static String markdown(RuleSet rules, Map<String, List<FixtureCase>> cases, String lang) {
        StringBuilder sb = new StringBuilder("# ").append(t(lang, "doc.title")).append("\n\n")
            .append(t(lang, "doc.generated", rules.dirs(), rules.rules().size())).append("\n\n")
            .append("| ").append(String.join(" | ", Labels.list(lang, "doc.header"))).append(" |\n|---|---|---|---|---|\n");
        for (RuleMeta m : rules.rules().values()) {
            sb.append("| [").append(m.id()).append("](#").append(m.id().toLowerCase()).append(") | ").append(severity(m, lang))
                .append(" | ").append(category(rules, m.category(), lang)).append(" | ").append(Findings.num(m.weight()))
                .append(" | ").append(title(rules, m, lang)).append(" |\n");
        }
        for (RuleMeta m : rules.rules().values()) {
            sb.append("\n## ").append(m.id()).append(" ").append(title(rules, m, lang)).append("\n\n")
                .append("- ").append(t(lang, "doc.meta", severity(m, lang), category(rules, m.category(), lang),
                    Findings.num(m.weight()), m.since())).append('\n')
                .append("- ").append(t(lang, "doc.basis", m.basis())).append('\n')
                .append("- ").append(t(lang, "doc.message.zh", nz(rules.messages().template("zh", m.id())))).append('\n')
                .append("- ").append(t(lang, "doc.message.en", nz(rules.messages().template("en", m.id())))).append('\n')
                .append("- ").append(t(lang, "doc.definedIn", m.file())).append('\n');
            RuleForm form = rules.form(m);
            if (form != null) sb.append("\n").append(form(form, lang)).append("\n\n```\n").append(form.text()).append("```\n");
            for (FixtureCase c : cases.getOrDefault(m.id(), List.of())) {
                sb.append("\n**").append(c.file().getFileName()).append("** — ")
                    .append(c.passed() ? "" : t(lang, "doc.fixtureFails", c.detail().in(lang)) + " ")
                    .append(findings(c, lang)).append("\n");
                for (Finding f : c.findings()) {
                    sb.append("\n```\n").append(excerpt(c.file(), f.getSrc().line(), lang)).append("```\n")
                        .append("> ").append(f.getRuleId()).append(' ').append(Labels.source(f.getSrc(), lang)).append(' ')
                        .append(f.getMessage()).append('\n');
                }
            }
        }
        return sb.toString();
    }

    public static String html(RuleSet rules, Map<String, List<FixtureCase>> cases, String lang) {
        StringBuilder sb = new StringBuilder("<!DOCTYPE html>\n<html lang=\"").append(Labels.tag(lang)).append("\"><head><meta charset=\"utf-8\">")
            .append("<title>").append(esc(t(lang, "doc.title"))).append("</title><style>body{font-family:sans-serif;max-width:60em;margin:auto}")
            .append("table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:2px 6px}pre{background:#f6f6f6;padding:6px}")
            .append(".ERROR{color:#b00}.WARNING{color:#a60}</style></head><body>\n<h1>").append(esc(t(lang, "doc.title")))
            .append("</h1>\n<table><tr>");
        for (String h : Labels.list(lang, "doc.header")) sb.append("<th>").append(esc(h)).append("</th>");
        sb.append("</tr>\n");
        for (RuleMeta m : rules.rules().values()) {
            sb.append("<tr><td><a href=\"#").append(esc(m.id())).append("\">").append(esc(m.id())).append("</a></td><td class=\"")
                .append(esc(m.severity())).append("\">").append(esc(severity(m, lang))).append("</td><td>")
                .append(esc(category(rules, m.category(), lang))).append("</td><td>").append(Findings.num(m.weight()))
                .append("</td><td>").append(esc(title(rules, m, lang))).append("</td></tr>\n");
        }
        sb.append("</table>\n");
        for (RuleMeta m : rules.rules().values()) sb.append(htmlRule(rules, m, cases.getOrDefault(m.id(), List.of()), lang));
        return sb.append("</body></html>\n").toString();
    }

    /** one rule's part of the catalogue: metadata, basis, message and its fixtures with the findings they produce */
    public static String htmlRule(RuleSet rules, RuleMeta m, List<FixtureCase> cases, String lang) {
        StringBuilder sb = new StringBuilder("<section id=\"").append(esc(m.id())).append("\"><h2>").append(esc(m.id())).append(' ')
            .append(esc(title(rules, m, lang))).append("</h2>\n<p class=\"").append(esc(m.severity())).append("\">")
            .append(esc(t(lang, "doc.meta", severity(m, lang), category(rules, m.category(), lang), Findings.num(m.weight()), m.since())))
            .append("</p>\n<p>").append(esc(t(lang, "doc.basis", m.basis()))).append("</p>\n<p>")
            .append(esc(t(lang, "doc.message", nz(rules.messages().template(lang, m.id()))))).append("</p>\n");
        RuleForm form = rules.form(m);
        if (form != null) {
            sb.append("<p class=\"form\">").append(esc(form(form, lang))).append("</p>\n<pre class=\"rule\">").append(esc(form.text()))
                .append("</pre>\n");
        }
        for (FixtureCase c : cases) {
            sb.append("<h3>").append(esc(c.file().getFileName().toString())).append("</h3>\n");
            if (!c.passed()) sb.append("<p class=\"ERROR\">").append(esc(t(lang, "doc.fixtureFails", c.detail().in(lang)))).append("</p>\n");
            if (c.findings().isEmpty()) sb.append("<p>").append(esc(t(lang, "doc.noFinding"))).append("</p>\n");
            for (Finding f : c.findings()) {
                sb.append("<pre>").append(esc(excerpt(c.file(), f.getSrc().line(), lang))).append("</pre>\n<p>")
                    .append(esc(f.getRuleId() + " " + Labels.source(f.getSrc(), lang) + " " + f.getMessage())).append("</p>\n");
            }
        }
        return sb.append("</section>\n").toString();
    }

    /** the lines around a source line of a fixture (two either side), numbered */
    static String excerpt(Path file, int line, String lang) {
        if (line <= 0) return t(lang, "doc.wholeReport") + "\n";
        try {
            // a fixture may hold bytes that are no character (a parse issue of its own): shown replaced, as the reader reads them
            List<String> lines = new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.UTF_8).replace('\0', '\uFFFD')
                .lines().toList();
            StringBuilder sb = new StringBuilder();
            for (int i = Math.max(1, line - 2); i <= Math.min(lines.size(), line + 2); i++) {
                String l = lines.get(i - 1);
                sb.append(i == line ? "> " : "  ").append(i).append(": ")
                    .append(l.length() > 160 ? l.substring(0, 160) + "…" : l).append('\n');
            }
            return sb.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** the rule's title from the messages in the language asked, else its name */
    public static String title(RuleSet rules, RuleMeta m, String lang) {
        return rules.title(m, lang);
    }

    /** a category's name in the language asked, from the scoring settings */
    public static String category(RuleSet rules, String id, String lang) {
        for (Scoring.Category c : rules.scoring().categories()) if (c.id().equals(id)) return Texts.named(lang, c.zh(), c.en());
        return id;
    }

    /** a rule's severity in words (错误, ERROR…); a value that is no severity as written */
    public static String severity(RuleMeta m, String lang) {
        return Severity.isName(m.severity()) ? Labels.severity(Severity.of(m.severity()), lang) : String.valueOf(m.severity());
    }

    private static String form(RuleForm form, String lang) {
        return t(lang, "doc.form." + form.form());
    }

    private static String findings(FixtureCase c, String lang) {
        return c.findings().isEmpty() ? t(lang, "doc.noFinding") : t(lang, "doc.findings", c.findings().size());
    }

    private static String t(String lang, String key, Object... args) {
        return Labels.t(lang, key, args);
    }

    private static String nz(String s) {
        return s == null ? "—" : s;
    }

    static String esc(String s) {
        return s == null ? "" : Entities.escape(s);
    }
}
