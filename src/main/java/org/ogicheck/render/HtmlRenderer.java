package org.ogicheck.render;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.jsoup.nodes.Entities;
import org.ogicheck.model.Severity;
import org.ogicheck.app.Result;
import org.ogicheck.engine.RuleMeta;
import org.ogicheck.engine.RuleSet;
import org.ogicheck.model.Cell;
import org.ogicheck.model.CellRef;
import org.ogicheck.model.Finding;
import org.ogicheck.model.Section;
import org.ogicheck.model.TableFact;
import org.ogicheck.model.AppRows;
import org.ogicheck.parse.ParsedReport;
import org.ogicheck.score.Scorecard;

/**
 * One self-contained, printable page: per report the scorecard with a bar chart (inline SVG), the
 * findings by section with basis and evidence, and the report's tables drawn again with the cells
 * a finding points at highlighted and linked to it. Several reports: a ranked summary first.
 * Everything taken from a report is escaped; the page loads nothing from anywhere.
 */
public final class HtmlRenderer implements TextOutput {
    /** the page's style sheet, for a page that embeds {@link #body} */
    public static final String CSS = HtmlStyle.CSS;

    private final Function<String, String> ruleHref;

    public HtmlRenderer() {
        this(null);
    }

    /** @param ruleHref the address of a rule's own page by rule ID (a served page has one), or null */
    public HtmlRenderer(Function<String, String> ruleHref) {
        this.ruleHref = ruleHref;
    }

    @Override
    public String text(List<Result> results, String lang, RuleSet rules) {
        StringBuilder sb = new StringBuilder("<!DOCTYPE html>\n<html lang=\"").append(Labels.tag(lang)).append("\">\n<head>\n")
            .append("<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .append("<title>").append(h(pageTitle(results, lang))).append("</title>\n<style>").append(HtmlStyle.CSS)
            .append("</style>\n</head>\n<body>\n");
        if (results.size() > 1) sb.append(summary(results, lang, i -> "#r" + (i + 1)));
        return sb.append(body(results, lang, rules)).append("</body>\n</html>\n").toString();
    }

    /** with a section listing the inputs that could not be checked, before the end of the body */
    @Override
    public String text(List<Result> results, List<Unreadable> unreadable, String lang, RuleSet rules) {
        String page = text(results, lang, rules);
        if (unreadable.isEmpty()) return page;
        StringBuilder sb = new StringBuilder("<section class=\"unreadable\">\n<h1>")
            .append(Labels.t(lang, "notCheckedUnreadableInput")).append("</h1>\n<ul>\n");
        for (Unreadable u : unreadable) sb.append("<li><span class=\"src\">").append(h(u.source())).append("</span>: ").append(h(u.reason())).append("</li>\n");
        sb.append("</ul>\n</section>\n");
        int end = page.lastIndexOf("</body>");
        return page.substring(0, end) + sb + page.substring(end);
    }

    /** each report's section: scorecard, findings, tables with the offending cells highlighted */
    public String body(List<Result> results, String lang, RuleSet rules) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < results.size(); i++) new Page(sb, results.get(i), "r" + (i + 1), lang, rules, ruleHref).report();
        return sb.toString();
    }

    private static String pageTitle(List<Result> results, String lang) {
        if (results.size() > 1) return Labels.t(lang, "html.titleBatch", results.size());
        return Labels.t(lang, "html.titleOne", Labels.report(results.get(0).parsed().report(), lang));
    }

    /** the ranked summary table; {@code href} gives the link to a report by its index in {@code results} */
    public static String summary(List<Result> results, String lang, IntFunction<String> href) {
        StringBuilder sb = new StringBuilder("<section class=\"summary\">\n<h1>").append(Labels.t(lang, "summary"))
            .append("</h1>\n<table class=\"list\">\n<tr>");
        for (String c : Labels.summaryHeader(lang)) sb.append("<th>").append(h(c)).append("</th>");
        sb.append("</tr>\n");
        int rank = 0;
        for (Result r : Findings.ranked(results)) {
            String link = h(href.apply(results.indexOf(r)));
            sb.append("<tr>");
            List<Object> row = Findings.summary(++rank, r, lang);
            for (int i = 0; i < row.size(); i++) {
                String v = h(Findings.text(row.get(i)));
                sb.append(row.get(i) instanceof Number ? "<td class=\"n\">" : "<td>")
                    .append(i == 1 ? "<a href=\"" + link + "\">" + v + "</a>" : v).append("</td>");
            }
            sb.append("</tr>\n");
        }
        return sb.append("</table>\n</section>\n").toString();
    }

    /** escaped for HTML text and double-quoted attributes */
    static String h(String s) {
        return s == null ? "" : Entities.escape(s);
    }

    static String sevClass(Severity severity) {
        return "sev-" + severity.name().toLowerCase(Locale.ROOT);
    }

    private static String hlClass(Severity severity) {
        return "hl hl-" + severity.name().toLowerCase(Locale.ROOT);
    }

    /** one report's part of the page; findings are numbered in the order shown, and tables link to those numbers */
    private static final class Page {
        private final StringBuilder sb;
        private final Result r;
        private final String id;
        private final String lang;
        private final RuleSet rules;
        private final Function<String, String> ruleHref;
        private final Map<Finding, Integer> number = new IdentityHashMap<>();
        private final Map<String, List<Finding>> bySection;

        Page(StringBuilder sb, Result r, String id, String lang, RuleSet rules, Function<String, String> ruleHref) {
            this.sb = sb;
            this.r = r;
            this.id = id;
            this.lang = lang;
            this.rules = rules;
            this.ruleHref = ruleHref;
            this.bySection = Findings.bySection(r.findings());
            bySection.values().forEach(fs -> fs.forEach(f -> number.put(f, number.size() + 1)));
        }

        void report() {
            ParsedReport p = r.parsed();
            String title = p.report().getTitle() != null ? p.report().getTitle() : Labels.report(p.report(), lang);
            sb.append("<section class=\"report\" id=\"").append(id).append("\">\n<h1>").append(h(title)).append("</h1>\n")
                .append("<p class=\"meta\">").append(h(Labels.report(p.report(), lang))).append("<br><span class=\"src\">")
                .append(h(r.source())).append("</span></p>\n");
            scorecard();
            findings();
            tables();
            narrative();
            sb.append("</section>\n");
        }

        private void scorecard() {
            Scorecard sc = r.scorecard();
            sb.append("<div class=\"scorecard\">\n<p class=\"total\"><span class=\"score\">").append(Findings.num(sc.score()))
                .append("</span> / 100 <span class=\"grade\">").append(h(Labels.grade(sc, lang))).append("</span></p>\n");
            sb.append("<p class=\"counts\">");
            for (Severity sev : Severity.values()) {
                sb.append("<span class=\"badge ").append(sevClass(sev)).append("\">").append(Labels.severity(sev, lang))
                    .append(' ').append(r.count(sev)).append("</span> ");
            }
            sb.append("</p>\n");
            HtmlStyle.chart(sb, sc.categories(), lang);
            sb.append("</div>\n");
        }

        private void findings() {
            sb.append("<h2>").append(Labels.t(lang, "findings")).append("</h2>\n");
            if (r.findings().isEmpty()) sb.append("<p>").append(Labels.t(lang, "noFindings")).append("</p>\n");
            for (Map.Entry<String, List<Finding>> e : bySection.entrySet()) {
                sb.append("<h3>").append(h(Labels.section(e.getKey().isEmpty() ? null : e.getKey(), lang))).append("</h3>\n");
                for (Finding f : e.getValue()) finding(f);
            }
        }

        private void finding(Finding f) {
            RuleMeta m = rules.rules().get(f.getRuleId());
            String title = m == null ? f.getRuleName() : Findings.title(rules, m, lang);
            sb.append("<article class=\"finding ").append(sevClass(f.getSeverity())).append("\" id=\"").append(anchor(f)).append("\">\n")
                .append("<h4><a class=\"num\" href=\"#").append(anchor(f)).append("\">").append(number.get(f)).append("</a> ")
                .append("<span class=\"badge ").append(sevClass(f.getSeverity())).append("\">")
                .append(Labels.severity(f.getSeverity(), lang)).append("</span> ").append(ruleId(f.getRuleId()))
                .append(' ').append(h(title)).append("</h4>\n<p class=\"msg\">").append(h(f.getMessage())).append("</p>\n<dl>\n");
            String where = Findings.where(r.parsed(), f, lang);
            if (!where.isEmpty()) {
                sb.append("<dt>").append(Labels.t(lang, "where")).append("</dt><dd>").append(h(where));
                if (f.getTable() != null && hasTable(f.getTable())) {
                    sb.append(" <a href=\"#").append(tableAnchor(f.getTable())).append("\">").append(Labels.t(lang, "seeTable")).append("</a>");
                }
                sb.append("</dd>\n");
            }
            Findings.evidence(f, lang).forEach((k, v) -> sb.append("<dt>").append(h(k)).append("</dt><dd>").append(h(v)).append("</dd>\n"));
            if (!f.getCells().isEmpty()) {
                sb.append("<dt>").append(Labels.t(lang, "cells")).append("</dt><dd><ul>");
                for (CellRef c : f.getCells()) sb.append("<li>").append(h(Labels.cell(c, lang))).append("</li>");
                sb.append("</ul></dd>\n");
            }
            sb.append("</dl>\n");
            Object sentence = f.getEvidence().get("sentence");
            if (sentence != null) sb.append("<blockquote class=\"quote\">").append(h(sentence.toString())).append("</blockquote>\n");
            sb.append("</article>\n");
        }

        private String ruleId(String ruleId) {
            String code = "<code class=\"rule\">" + h(ruleId) + "</code>";
            return ruleHref == null ? code : "<a class=\"rule\" href=\"" + h(ruleHref.apply(ruleId)) + "\">" + code + "</a>";
        }

        private void tables() {
            ParsedReport p = r.parsed();
            if (p.tables().isEmpty()) return;
            sb.append("<h2>").append(Labels.t(lang, "theReportSTables")).append("</h2>\n");
            for (TableFact t : p.tables()) table(t);
        }

        private void table(TableFact t) {
            List<Finding> here = r.findings().stream().filter(f -> t.id().equals(f.getTable())).toList();
            sb.append("<h3 id=\"").append(tableAnchor(t.id())).append("\">").append(h(Labels.table(t.id(), lang))).append("</h3>\n");
            List<Finding> whole = here.stream().filter(f -> f.getRow() == null && f.getColumn() == null).toList();
            if (!whole.isEmpty()) {
                sb.append("<p class=\"note\">").append(Labels.t(lang, "findingsOnTheWholeTable"));
                refs(whole);
                sb.append("</p>\n");
            }
            Map<String, String> columns = new LinkedHashMap<>();
            Map<String, String> rowLabels = new LinkedHashMap<>();
            Map<String, Cell> cells = new LinkedHashMap<>();
            for (Cell c : r.parsed().cells()) {
                if (!c.getTable().equals(t.id())) continue;
                columns.putIfAbsent(c.getColumn(), c.getColumnLabel());
                rowLabels.putIfAbsent(c.getRow(), c.getRowLabel());
                cells.put(c.getRow() + "\u0000" + c.getColumn(), c);
            }
            sb.append("<table class=\"grid\">\n<thead><tr><th></th>");
            columns.values().forEach(l -> sb.append("<th>").append(h(l)).append("</th>"));
            sb.append("</tr></thead>\n<tbody>\n");
            List<String> groups = List.of();
            for (Map.Entry<String, String> row : rowLabels.entrySet()) {
                boolean app = t.id().equals("APP");
                if (app) groups = groupRows(groups, AppRows.groups(row.getKey()), columns.size() + 1);
                String label = app && AppRows.label(row.getKey()) != null ? AppRows.label(row.getKey()) : row.getValue();
                sb.append("<tr><th class=\"level").append(groups.size()).append("\">").append(h(label)).append("</th>");
                for (String col : columns.keySet()) cell(cells.get(row.getKey() + "\u0000" + col), row.getKey(), col, here);
                sb.append("</tr>\n");
            }
            sb.append("</tbody>\n</table>\n");
        }

        /** a heading row for each official group (三、本年度办理结果, （三）不予公开 …) that starts here; returns the groups now open */
        private List<String> groupRows(List<String> open, List<String> now, int width) {
            for (int i = 0; i < now.size(); i++) {
                if (i < open.size() && open.get(i).equals(now.get(i))) continue;
                sb.append("<tr class=\"group\"><th class=\"level").append(i).append("\" colspan=\"").append(width).append("\">")
                    .append(h(now.get(i))).append("</th></tr>\n");
            }
            return now;
        }

        /** a cell; when findings point at it (exactly, or at its whole row or column) it is highlighted and links to them */
        private void cell(Cell c, String row, String col, List<Finding> inTable) {
            List<Finding> on = new ArrayList<>();
            for (Finding f : inTable) {
                boolean placed = f.getRow() != null || f.getColumn() != null;
                if (placed && (f.getRow() == null || f.getRow().equals(row)) && (f.getColumn() == null || f.getColumn().equals(col))) on.add(f);
            }
            String value = c == null ? "" : h(c.getValue().display());
            if (on.isEmpty()) {
                sb.append("<td>").append(value).append("</td>");
                return;
            }
            on.sort(Finding.ORDER);
            sb.append("<td class=\"").append(hlClass(on.get(0).getSeverity())).append("\" title=\"")
                .append(h(String.join("\n", on.stream().map(f -> f.getRuleId() + " " + f.getMessage()).toList()))).append("\">")
                .append(value);
            refs(on);
            sb.append("</td>");
        }

        /** the report's text, section by section, with every sentence a finding questions marked and linked */
        private void narrative() {
            List<Finding> quoting = r.findings().stream().filter(f -> f.getEvidence().get("sentence") instanceof String).toList();
            if (r.parsed().sections().isEmpty()) return;
            sb.append("<h2>").append(Labels.t(lang, "theReportSTextQuestioned")).append("</h2>\n");
            for (Section s : r.parsed().sections()) {
                sb.append("<h3>").append(h(s.heading())).append("</h3>\n");
                for (String para : s.text().split("\n")) {
                    if (para.isBlank()) continue;
                    sb.append("<p class=\"text\">");
                    mark(para, quoting);
                    sb.append("</p>\n");
                }
            }
        }

        /** a paragraph, escaped, with the quoted sentences it contains wrapped in mark and followed by their finding numbers */
        private void mark(String para, List<Finding> quoting) {
            int at = 0;
            while (at < para.length()) {
                int best = -1;
                String quote = null;
                for (Finding f : quoting) {
                    String q = (String) f.getEvidence().get("sentence");
                    int k = q.isEmpty() ? -1 : para.indexOf(q, at);
                    if (k >= 0 && (best < 0 || k < best)) {
                        best = k;
                        quote = q;
                    }
                }
                if (quote == null) {
                    sb.append(h(para.substring(at)));
                    return;
                }
                String q = quote;
                sb.append(h(para.substring(at, best))).append("<mark class=\"q\">").append(h(q)).append("</mark>");
                refs(quoting.stream().filter(f -> q.equals(f.getEvidence().get("sentence"))).toList());
                at = best + q.length();
            }
        }

        private void refs(List<Finding> fs) {
            for (Finding f : fs) {
                sb.append(" <a class=\"ref\" href=\"#").append(anchor(f)).append("\">").append(number.get(f)).append("</a>");
            }
        }

        private boolean hasTable(String table) {
            return r.parsed().tables().stream().anyMatch(t -> t.id().equals(table));
        }

        private String anchor(Finding f) {
            return id + "-f" + number.get(f);
        }

        private String tableAnchor(String table) {
            return id + "-t-" + h(table);
        }
    }
}
