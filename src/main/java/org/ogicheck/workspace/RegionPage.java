package org.ogicheck.workspace;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.LongFunction;
import org.jsoup.nodes.Entities;
import org.ogicheck.i18n.Texts;
import org.ogicheck.model.Severity;
import org.ogicheck.render.Labels;
import org.ogicheck.engine.Scoring;
import org.ogicheck.score.Scorecard;
import org.ogicheck.workspace.Overview.Coverage;
import org.ogicheck.workspace.Overview.Ranked;
import org.ogicheck.workspace.Overview.Status;

/**
 * The region's overview as HTML, in the language asked (Chinese by default): KPI cards, coverage against the roster, the ranking, the
 * distribution of scores, the heat map, the most frequent rules, the trends and the duplicates. The
 * charts are SVG drawn here, on the server; nothing is loaded from anywhere, no script runs.
 */
public final class RegionPage {
    public static final String CSS = """
        .kpis { display: flex; gap: 1em; flex-wrap: wrap; margin: 1em 0; }
        .kpi { border: 1px solid #d0d7de; border-radius: 6px; padding: .6em 1.2em; min-width: 8em; }
        .kpi b { display: block; font-size: 1.8em; }
        table.grid { border-collapse: collapse; margin: .5em 0 1.5em; } table.grid td, table.grid th { border: 1px solid #d0d7de; padding: .25em .6em; }
        td.missing { background: #ffebee; } td.late { background: #fff3cd; } td.ontime { background: #e8f5e9; } td.unknown { background: #f6f8fa; }
        .charts { display: flex; gap: 2em; flex-wrap: wrap; align-items: flex-start; }
        figure { margin: 0 0 1em; } figcaption { font-weight: bold; margin-bottom: .3em; }
        """;

    private RegionPage() {
    }

    static String h(String s) {
        return s == null ? "" : Entities.escape(s);
    }

    /** the addresses the page links to: a stored report's page by its id, a rule's page by its ID */
    public record Links(LongFunction<String> report, Function<String, String> rule) {
    }

    /** the page's body in the language asked */
    public static String body(Overview o, Links links, String lang) {
        StringBuilder sb = new StringBuilder();
        sb.append("<h1>").append(h(o.region() == null || o.region().isBlank() ? Words.t(lang, "region.titlePlain")
            : Words.t(lang, "region.title", o.region()))).append("</h1>\n");
        kpis(sb, o, lang);
        if (o.hasRoster()) coverage(sb, o, links.report(), lang);
        else sb.append("<p class=\"hint\">").append(h(Words.t(lang, "region.noRoster"))).append("</p>\n");
        ranking(sb, o, links.report(), lang);
        sb.append("<div class=\"charts\">\n");
        sb.append("<figure id=\"distribution\"><figcaption>").append(h(Words.t(lang, "region.distribution"))).append("</figcaption>")
            .append(histogram(o.distribution(), lang)).append("</figure>\n");
        sb.append("<figure id=\"trends\"><figcaption>").append(h(Words.t(lang, "region.trends"))).append("</figcaption>")
            .append(trends(o.trends(), lang)).append("</figure>\n");
        sb.append("</div>\n");
        sb.append("<figure id=\"heatmap\"><figcaption>").append(h(Words.t(lang, "region.heatmap"))).append("</figcaption>")
            .append(heatmap(o, lang)).append("</figure>\n");
        rules(sb, o, links.rule(), lang);
        duplicates(sb, o, links.report(), lang);
        return sb.toString();
    }

    private static void kpis(StringBuilder sb, Overview o, String lang) {
        long agencies = o.ranking().stream().map(Ranked::agency).distinct().count();
        double avg = o.ranking().stream().mapToDouble(Ranked::reviewed).average().orElse(0);
        sb.append("<div class=\"kpis\">");
        kpi(sb, Words.t(lang, "kpi.reports"), String.valueOf(o.ranking().size()));
        kpi(sb, Words.t(lang, "kpi.agencies"), String.valueOf(agencies));
        kpi(sb, Words.t(lang, "kpi.average"), fmt(avg));
        if (o.hasRoster()) {
            kpi(sb, Words.t(lang, "kpi.missing"), String.valueOf(o.with(Status.MISSING).size()));
            kpi(sb, Words.t(lang, "kpi.late"), String.valueOf(o.with(Status.LATE).size()));
        }
        kpi(sb, Words.t(lang, "kpi.duplicates"), String.valueOf(o.duplicates().size()));
        sb.append("</div>\n");
    }

    /** a table's header row from a list of the bundle */
    private static void header(StringBuilder sb, String lang, String key) {
        sb.append("<tr>");
        for (String c : Words.list(lang, key)) sb.append("<th>").append(h(c)).append("</th>");
    }

    private static void kpi(StringBuilder sb, String label, String value) {
        sb.append("<div class=\"kpi\"><b>").append(h(value)).append("</b>").append(h(label)).append("</div>");
    }

    private static void coverage(StringBuilder sb, Overview o, LongFunction<String> link, String lang) {
        sb.append("<h2 id=\"coverage\">").append(h(Words.t(lang, "coverage.heading"))).append("</h2>\n<table class=\"grid\" id=\"coverage-table\">");
        header(sb, lang, "coverage.header");
        for (int y : o.years()) sb.append("<th>").append(y).append("</th>");
        sb.append("</tr>\n");
        List<Roster.Entry> entries = new ArrayList<>();
        for (Coverage c : o.coverage()) if (!entries.contains(c.entry())) entries.add(c.entry());
        for (Roster.Entry e : entries) {
            sb.append("<tr><td>").append(h(e.name())).append("</td><td>").append(h(e.level())).append("</td><td>").append(h(e.parent())).append("</td>");
            for (int y : o.years()) {
                Coverage c = o.coverage().stream().filter(x -> x.entry().equals(e) && x.year() == y).findFirst().orElse(null);
                if (c == null) {
                    sb.append("<td></td>");
                    continue;
                }
                String cls = switch (c.status()) {
                    case MISSING -> "missing";
                    case LATE -> "late";
                    case ON_TIME -> "ontime";
                    case DATE_UNKNOWN -> "unknown";
                };
                sb.append("<td class=\"").append(cls).append("\">");
                if (c.report() != null) sb.append("<a href=\"").append(h(link.apply(c.report().id()))).append("\">").append(h(c.status().word(lang))).append("</a>");
                else sb.append(h(c.status().word(lang)));
                if (c.report() != null && c.report().published() != null) sb.append("<br><small>").append(c.report().published()).append("</small>");
                sb.append("</td>");
            }
            sb.append("</tr>\n");
        }
        sb.append("</table>\n");
    }

    private static void ranking(StringBuilder sb, Overview o, LongFunction<String> link, String lang) {
        sb.append("<h2 id=\"ranking\">").append(h(Words.t(lang, "ranking.heading"))).append("</h2>\n<table class=\"grid\" id=\"ranking-table\">");
        header(sb, lang, "ranking.header");
        sb.append("</tr>\n");
        for (Ranked r : o.ranking()) {
            long reviewed = r.view().findings().stream().filter(f -> f.decision() != null).count();
            sb.append("<tr><td>").append(r.year()).append("</td><td>").append(r.rank()).append("</td><td><a href=\"")
                .append(h(link.apply(r.view().report().id()))).append("\">").append(h(r.agency())).append("</a></td><td>").append(h(r.level()))
                .append("</td><td>").append(fmt(r.score())).append("</td><td>").append(fmt(r.reviewed())).append("</td><td>")
                .append(r.check().errors()).append("</td><td>").append(r.check().warnings()).append("</td><td>").append(r.check().infos())
                .append("</td><td>").append(reviewed).append(" / ").append(r.view().findings().size()).append("</td></tr>\n");
        }
        sb.append("</table>\n");
    }

    private static void rules(StringBuilder sb, Overview o, Function<String, String> link, String lang) {
        sb.append("<h2 id=\"rules\">").append(h(Words.t(lang, "rules.heading"))).append("</h2>\n<table class=\"grid\">");
        header(sb, lang, "rules.header");
        sb.append("</tr>\n");
        for (Overview.RuleCount r : o.rules()) {
            sb.append("<tr><td><a href=\"").append(h(link.apply(r.ruleId()))).append("\">").append(h(r.ruleId())).append("</a></td><td>").append(h(r.name()))
                .append("</td><td>").append(h(severity(r.severity(), lang))).append("</td><td>").append(r.reports()).append("</td><td>").append(r.findings())
                .append("</td></tr>\n");
        }
        sb.append("</table>\n");
    }

    private static void duplicates(StringBuilder sb, Overview o, LongFunction<String> link, String lang) {
        sb.append("<h2 id=\"duplicates\">").append(h(Words.t(lang, "duplicates.heading"))).append("</h2>\n");
        if (o.duplicates().isEmpty()) {
            sb.append("<p>").append(h(Words.t(lang, "duplicates.none"))).append("</p>\n");
            return;
        }
        sb.append("<ul>\n");
        for (Overview.Duplicate d : o.duplicates()) {
            sb.append("<li>").append(h(Words.t(lang, "duplicates.kind", d.kind().word(lang)))).append(h(d.agency())).append(d.year() == null ? "" : " " + d.year()).append(" — ");
            List<String> parts = new ArrayList<>();
            for (var r : d.reports()) parts.add("<a href=\"" + h(link.apply(r.id())) + "\">" + h(r.name()) + "</a>");
            sb.append(Words.joined(lang, parts));
            if (!d.uploads().isEmpty()) sb.append(h(Words.t(lang, "duplicates.uploads", d.uploads().size(),
                Words.joined(lang, d.uploads().stream().map(Records.Upload::name).distinct().toList()))));
            sb.append("</li>\n");
        }
        sb.append("</ul>\n");
    }

    // ------------------------------------------------------------------ SVG

    static String histogram(List<Overview.Bucket> buckets, String lang) {
        int w = 360;
        int hgt = 200;
        int max = Math.max(1, buckets.stream().mapToInt(Overview.Bucket::count).max().orElse(1));
        double bw = (w - 40) / (double) buckets.size();
        StringBuilder sb = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + w + "\" height=\"" + hgt
            + "\" role=\"img\" aria-label=\"" + h(Words.t(lang, "region.distribution")) + "\">");
        sb.append("<line x1=\"30\" y1=\"170\" x2=\"").append(w - 5).append("\" y2=\"170\" stroke=\"#57606a\"/>");
        for (int i = 0; i < buckets.size(); i++) {
            Overview.Bucket b = buckets.get(i);
            double bh = 150.0 * b.count() / max;
            double x = 35 + i * bw;
            sb.append("<rect class=\"bar\" x=\"").append(f1(x)).append("\" y=\"").append(f1(170 - bh)).append("\" width=\"").append(f1(bw - 8))
                .append("\" height=\"").append(f1(bh)).append("\" fill=\"#0969da\"><title>").append(h(Words.t(lang, "svg.bar", b.label(), b.count())))
                .append("</title></rect>");
            sb.append("<text x=\"").append(f1(x + (bw - 8) / 2)).append("\" y=\"186\" font-size=\"11\" text-anchor=\"middle\">").append(h(b.label())).append("</text>");
            if (b.count() > 0) sb.append("<text x=\"").append(f1(x + (bw - 8) / 2)).append("\" y=\"").append(f1(165 - bh))
                .append("\" font-size=\"11\" text-anchor=\"middle\">").append(b.count()).append("</text>");
        }
        return sb.append("</svg>").toString();
    }

    private static final String[] PALETTE = {"#0969da", "#cf222e", "#1a7f37", "#8250df", "#bc4c00", "#116329", "#a40e26", "#0550ae", "#6e7781"};

    static String trends(Map<String, Map<Integer, Double>> trends, String lang) {
        java.util.TreeSet<Integer> years = new java.util.TreeSet<>();
        trends.values().forEach(m -> years.addAll(m.keySet()));
        int w = 520;
        int rows = trends.size();
        int hgt = 210 + 16 * rows;
        StringBuilder sb = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + w + "\" height=\"" + hgt
            + "\" role=\"img\" aria-label=\"" + h(Words.t(lang, "svg.trends")) + "\">");
        if (years.isEmpty()) return sb.append("</svg>").toString();
        int first = years.first();
        int span = Math.max(1, years.last() - first);
        double lo = Math.max(0, Math.floor(trends.values().stream().flatMap(m -> m.values().stream()).mapToDouble(Double::doubleValue).min().orElse(0) / 10) * 10);
        java.util.function.DoubleUnaryOperator y = v -> 180 - 160 * (v - lo) / Math.max(1, 100 - lo);
        java.util.function.IntToDoubleFunction x = yr -> 50 + 440.0 * (yr - first) / span;
        sb.append("<line x1=\"45\" y1=\"180\" x2=\"500\" y2=\"180\" stroke=\"#57606a\"/><line x1=\"45\" y1=\"15\" x2=\"45\" y2=\"180\" stroke=\"#57606a\"/>");
        for (double v : new double[] {lo, (lo + 100) / 2, 100}) {
            sb.append("<text x=\"40\" y=\"").append(f1(y.applyAsDouble(v) + 4)).append("\" font-size=\"10\" text-anchor=\"end\">").append(fmt0(v)).append("</text>");
        }
        for (int yr = first; yr <= years.last(); yr++) {
            sb.append("<text x=\"").append(f1(x.applyAsDouble(yr))).append("\" y=\"195\" font-size=\"10\" text-anchor=\"middle\">").append(yr).append("</text>");
        }
        int i = 0;
        for (var e : trends.entrySet()) {
            String colour = PALETTE[i % PALETTE.length];
            StringBuilder pts = new StringBuilder();
            for (var p : e.getValue().entrySet()) {
                pts.append(f1(x.applyAsDouble(p.getKey()))).append(',').append(f1(y.applyAsDouble(p.getValue()))).append(' ');
            }
            sb.append("<g class=\"trend\" data-agency=\"").append(h(e.getKey())).append("\">");
            if (e.getValue().size() > 1) sb.append("<polyline fill=\"none\" stroke=\"").append(colour).append("\" stroke-width=\"2\" points=\"")
                .append(pts.toString().strip()).append("\"/>");
            for (var p : e.getValue().entrySet()) {
                sb.append("<circle cx=\"").append(f1(x.applyAsDouble(p.getKey()))).append("\" cy=\"").append(f1(y.applyAsDouble(p.getValue())))
                    .append("\" r=\"3.5\" fill=\"").append(colour).append("\"><title>").append(h(Words.t(lang, "svg.point", e.getKey(), p.getKey(),
                        fmt(p.getValue())))).append("</title></circle>");
            }
            sb.append("</g>");
            int ly = 215 + 16 * i;
            sb.append("<rect x=\"50\" y=\"").append(ly - 9).append("\" width=\"10\" height=\"10\" fill=\"").append(colour).append("\"/><text x=\"66\" y=\"")
                .append(ly).append("\" font-size=\"11\">").append(h(e.getKey())).append("</text>");
            i++;
        }
        return sb.append("</svg>").toString();
    }

    static String heatmap(Overview o, String lang) {
        List<Scoring.Category> cats = o.categories();
        int cw = 64;
        int lw = 260;
        int rh = 22;
        int w = lw + cw * cats.size() + 10;
        int hgt = 40 + rh * o.heat().size();
        StringBuilder sb = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + w + "\" height=\"" + hgt
            + "\" role=\"img\" aria-label=\"" + h(Words.t(lang, "svg.heatmap")) + "\">");
        for (int c = 0; c < cats.size(); c++) {
            sb.append("<text x=\"").append(lw + c * cw + cw / 2).append("\" y=\"28\" font-size=\"11\" text-anchor=\"middle\">").append(h(name(cats.get(c), lang)))
                .append("</text>");
        }
        for (int r = 0; r < o.heat().size(); r++) {
            Ranked row = o.heat().get(r);
            int y = 36 + r * rh;
            sb.append("<text x=\"").append(lw - 6).append("\" y=\"").append(y + 15).append("\" font-size=\"11\" text-anchor=\"end\">")
                .append(h(row.agency() + " " + row.year())).append("</text>");
            for (int c = 0; c < cats.size(); c++) {
                Scoring.Category cat = cats.get(c);
                Scorecard.CategoryScore cs = row.check().scorecard().categories().stream().filter(s -> s.id().equals(cat.id())).findFirst().orElse(null);
                double ratio = cs == null || cs.max() <= 0 ? 1 : cs.score() / cs.max();
                sb.append("<rect class=\"cell\" x=\"").append(lw + c * cw).append("\" y=\"").append(y).append("\" width=\"").append(cw - 2)
                    .append("\" height=\"").append(rh - 2).append("\" fill=\"").append(heat(ratio)).append("\"><title>")
                    .append(h(Words.t(lang, "svg.cell", row.agency(), row.year(), name(cat, lang), cs == null ? "-" : fmt(cs.score()) + " / " + fmt(cs.max()))))
                    .append("</title></rect>");
                if (cs != null) sb.append("<text x=\"").append(lw + c * cw + (cw - 2) / 2).append("\" y=\"").append(y + 15)
                    .append("\" font-size=\"10\" text-anchor=\"middle\">").append(fmt0(100 * ratio)).append("%</text>");
            }
        }
        return sb.append("</svg>").toString();
    }

    /** a category's name in the language asked (the scoring settings name it in both) */
    static String name(Scoring.Category c, String lang) {
        return Texts.named(lang, c.zh(), c.en());
    }

    /** a severity code (ERROR …) in words; anything else as it is */
    static String severity(String code, String lang) {
        return Severity.isName(code) ? Labels.severity(Severity.of(code), lang) : code;
    }

    /** white-green for a full category, through yellow to red for an empty one */
    static String heat(double ratio) {
        double r = Math.max(0, Math.min(1, ratio));
        int red = r >= 0.5 ? (int) Math.round(255 - (255 - 200) * (r - 0.5) * 2) : 255;
        int green = r >= 0.5 ? 235 : (int) Math.round(120 + 115 * r * 2);
        int blue = r >= 0.5 ? (int) Math.round(120 + 80 * (r - 0.5) * 2) : 120;
        return String.format(Locale.ROOT, "#%02x%02x%02x", red, green, blue);
    }

    static String fmt(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }

    private static String fmt0(double v) {
        return String.format(Locale.ROOT, "%.0f", v);
    }

    private static String f1(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
