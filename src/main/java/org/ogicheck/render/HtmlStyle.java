package org.ogicheck.render;

import java.util.List;
import org.ogicheck.score.Scorecard;

/** The page's look: its style sheet (screen and print) and the scorecard chart as inline SVG. */
final class HtmlStyle {
    static final String CSS = """
        body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", SimSun, sans-serif;
               color: #1f2328; line-height: 1.55; max-width: 64em; margin: 2em auto; padding: 0 1em; }
        h1 { font-size: 1.5em; margin: 0 0 .2em; } h2 { border-bottom: 1px solid #d0d7de; margin-top: 1.6em; }
        h3 { margin: 1.2em 0 .4em; } h4 { margin: 0 0 .3em; font-size: 1em; }
        .meta { color: #57606a; margin-top: 0; } .src { font-family: monospace; font-size: .9em; }
        .scorecard { border: 1px solid #d0d7de; border-radius: 6px; padding: .6em 1em; }
        .total { font-size: 1.2em; margin: 0; } .score { font-size: 2em; font-weight: bold; } .grade { font-weight: bold; }
        .chart { width: 100%; max-width: 44em; height: auto; display: block; }
        .chart text { font-size: 13px; fill: #1f2328; } .chart .bg { fill: #eaeef2; }
        .chart .good { fill: #2e7d32; } .chart .fair { fill: #ef8f00; } .chart .poor { fill: #c62828; }
        .badge { display: inline-block; padding: 0 .5em; border-radius: 3px; color: #fff; font-size: .85em; font-weight: normal; }
        .badge.sev-error { background: #c62828; } .badge.sev-warning { background: #b26a00; } .badge.sev-info { background: #1565c0; }
        .finding { border-left: 4px solid #1565c0; padding: .4em .8em; margin: .6em 0; background: #f6f8fa; }
        .finding.sev-error { border-color: #c62828; } .finding.sev-warning { border-color: #b26a00; }
        .finding:target { outline: 2px solid #1f2328; }
        .msg { margin: .2em 0; } dl { display: grid; grid-template-columns: max-content auto; gap: .1em 1em; margin: .3em 0; }
        dt { color: #57606a; } dd { margin: 0; } dd ul { margin: 0; padding-left: 1.2em; }
        .quote { border-left: 3px solid #8c959f; margin: .4em 0; padding: .2em .8em; white-space: pre-wrap; }
        .quote::before { content: "“"; } .quote::after { content: "”"; }
        .num { color: #57606a; text-decoration: none; } .num::before { content: "#"; }
        table { border-collapse: collapse; margin: .4em 0; font-size: .88em; }
        th, td { border: 1px solid #afb8c1; padding: .15em .5em; } th { background: #f6f8fa; font-weight: normal; text-align: left; }
        .grid td, .list td.n { text-align: right; } .grid .level1 { padding-left: 1.5em; } .grid .level2 { padding-left: 3em; }
        .grid tr.group th { font-weight: bold; } .note { color: #57606a; }
        td.hl { font-weight: bold; } td.hl-error { background: #ffcdd2; outline: 2px solid #c62828; outline-offset: -2px; }
        td.hl-warning { background: #ffecb3; } td.hl-info { background: #d6e9fb; }
        .ref { font-size: .75em; vertical-align: super; } .ref::before { content: "#"; }
        @media print {
          body { margin: 0; max-width: none; font-size: 10.5pt; }
          a { color: inherit; text-decoration: none; }
          .report + .report, .summary + .report { break-before: page; }
          .finding, .scorecard, table, h3 { break-inside: avoid; } h2, h3 { break-after: avoid; }
          .finding, td.hl, .badge, .chart rect { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        }
              mark.q { background: #ffe08a; padding: 0 2px; }
      p.text { line-height: 1.7; }
""";

    private static final int LABEL = 130;
    private static final int BAR = 380;
    private static final int ROW = 26;

    private HtmlStyle() {
    }

    /** horizontal bars, one per category: points kept out of the category's maximum */
    static void chart(StringBuilder sb, List<Scorecard.CategoryScore> categories, String lang) {
        int height = categories.size() * ROW + 6;
        sb.append("<svg class=\"chart\" viewBox=\"0 0 ").append(LABEL + BAR + 90).append(' ').append(height)
            .append("\" role=\"img\" aria-label=\"").append(Labels.t(lang, "html.chartLabel")).append("\">\n");
        int y = 4;
        for (Scorecard.CategoryScore c : categories) {
            double ratio = c.max() > 0 ? Math.max(0, Math.min(1, c.score() / c.max())) : 1;
            String kind = ratio >= 0.9 ? "good" : ratio >= 0.6 ? "fair" : "poor";
            sb.append("<text x=\"0\" y=\"").append(y + 15).append("\">").append(HtmlRenderer.h(Labels.category(c, lang)))
                .append("</text>")
                .append("<rect class=\"bg\" x=\"").append(LABEL).append("\" y=\"").append(y).append("\" width=\"").append(BAR)
                .append("\" height=\"18\"/>")
                .append("<rect class=\"").append(kind).append("\" x=\"").append(LABEL).append("\" y=\"").append(y)
                .append("\" width=\"").append(Math.round(BAR * ratio)).append("\" height=\"18\"/>")
                .append("<text x=\"").append(LABEL + BAR + 8).append("\" y=\"").append(y + 15).append("\">")
                .append(Findings.num(c.score())).append(" / ").append(Findings.num(c.max())).append("</text>\n");
            y += ROW;
        }
        sb.append("</svg>\n");
    }
}
