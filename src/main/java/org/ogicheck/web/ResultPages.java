package org.ogicheck.web;

import io.javalin.http.Context;

import static org.ogicheck.web.Page.h;
import static org.ogicheck.web.Texts.t;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ogicheck.app.Result;
import org.ogicheck.engine.RuleService;
import org.ogicheck.render.HtmlRenderer;
import org.ogicheck.render.Renderer;

/**
 * A stored check: one report's page (scorecard, findings linking to their rules, the tables with
 * the offending cells highlighted), the summary of several, and the same result as JSON, XLSX or
 * Markdown to download. {@code /result/ID}, {@code ?n=2} for the second report, {@code ?format=json}.
 */
final class ResultPages {
    private static final Map<String, String> TYPES = Map.of(
        "json", "application/json; charset=utf-8",
        "md", "text/markdown; charset=utf-8",
        "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final ResultStore store;
    private final Checks checks;
    private final RuleService rules;

    ResultPages(ResultStore store, Checks checks, RuleService rules) {
        this.store = store;
        this.checks = checks;
        this.rules = rules;
    }

    void get(Context ctx, String id) throws IOException {
        String lang = Reply.lang(ctx);
        ResultStore.Entry e = store.get(id);
        if (e == null) {
            Reply.html(ctx, 404, Page.error(ctx, rules, t(lang, "result.notFound"),
                t(lang, "result.notFound.detail")));
            return;
        }
        List<Result> all;
        try {
            all = results(e, lang);
        } catch (Checks.Failed f) {
            Reply.html(ctx, f.status, Page.error(ctx, rules, t(lang, "check.unfinished"), f.getMessage()));
            return;
        }
        int n = index(ctx.queryParam("n"), all.size());
        List<Result> shown = n < 0 ? all : List.of(all.get(n));
        String format = ctx.queryParam("format");
        if (format != null && TYPES.containsKey(format)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Renderer.of(format).render(shown, lang, e.checked().rules(), out);
            Reply.download(ctx, TYPES.get(format), fileName(shown) + "." + format, out.toByteArray());
            return;
        }
        String self = "/result/" + id + "?" + (n < 0 ? "" : "n=" + (n + 1) + "&") + t(lang, "lang.param");
        StringBuilder body = new StringBuilder();
        downloads(body, self, lang);
        problems(body, e.checked().problems(), lang);
        if (shown.size() == 1) {
            String q = t(lang, "lang.query");
            body.append(new HtmlRenderer(rule -> "/rules/" + rule + q).body(shown, lang, e.checked().rules()));
        } else {
            body.append(HtmlRenderer.summary(shown, lang, i -> "/result/" + id + "?n=" + (i + 1) + t(lang, "lang.andParam")));
        }
        Reply.html(ctx, 200, Page.frame(ctx, rules, t(lang, "result.title"), body.toString()));
    }

    private List<Result> results(ResultStore.Entry e, String lang) throws Checks.Failed {
        List<Result> r = e.byLang().get(lang);
        if (r == null) {
            r = checks.again(e.checked(), lang);
            e.byLang().put(lang, r);
        }
        return r;
    }

    /** the 0-based index of ?n=, or -1 for all */
    private static int index(String n, int size) {
        if (n == null) return size == 1 ? 0 : -1;
        try {
            int i = Integer.parseInt(n) - 1;
            return i >= 0 && i < size ? i : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static void downloads(StringBuilder sb, String self, String lang) {
        sb.append("<p class=\"downloads\">").append(t(lang, "result.download"));
        for (String f : List.of("json", "xlsx", "md")) {
            sb.append("<a href=\"").append(h(self + "format=" + f)).append("\">").append(f.toUpperCase(Locale.ROOT)).append("</a>");
        }
        sb.append("</p>\n");
    }

    private static void problems(StringBuilder sb, List<org.ogicheck.i18n.Said> problems, String lang) {
        if (problems.isEmpty()) return;
        sb.append("<div class=\"error\">").append(t(lang, "result.problems")).append("<ul>");
        for (org.ogicheck.i18n.Said p : problems) sb.append("<li>").append(h(p.in(lang))).append("</li>");
        sb.append("</ul></div>\n");
    }

    private static String fileName(List<Result> shown) {
        if (shown.size() != 1) return "ogicheck-" + shown.size() + "-reports";
        String s = shown.get(0).source();
        String base = s.substring(Math.max(s.lastIndexOf('/'), s.lastIndexOf('\\')) + 1);
        int dot = base.lastIndexOf('.');
        return (dot > 0 ? base.substring(0, dot) : base) + ".ogicheck";
    }
}
