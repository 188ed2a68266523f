package org.ogicheck.web;

import static org.ogicheck.web.Texts.t;

import io.javalin.http.Context;
import java.util.List;
import org.jsoup.nodes.Entities;
import org.ogicheck.engine.RuleService;
import org.ogicheck.render.HtmlRenderer;

/**
 * The frame of every page: Chinese first with a switch to English, the navigation, and the
 * warning banner while an edit of the rules fails to compile (the previous rules still serving).
 * Plain HTML and CSS; nothing is loaded from anywhere, nothing runs.
 */
final class Page {
    private static final String CSS = """
        nav { display: flex; gap: 1.2em; align-items: baseline; border-bottom: 1px solid #d0d7de; padding-bottom: .4em; }
        nav .brand { font-weight: bold; margin-right: auto; } nav a { text-decoration: none; }
        .banner { background: #fff3cd; border: 2px solid #b26a00; padding: .5em 1em; margin: 1em 0; }
        .banner code { white-space: pre-wrap; }
        .error { background: #ffebee; border: 2px solid #c62828; padding: .5em 1em; margin: 1em 0; }
        form.upload { display: grid; gap: .8em; max-width: 44em; }
        .drop { display: block; font-weight: bold; }
        .drop input { display: block; width: 100%; box-sizing: border-box; margin-top: .4em; padding: 2.5em 1em;
                      border: 3px dashed #8c959f; border-radius: 8px; background: #f6f8fa; cursor: pointer; }
        textarea { width: 100%; min-height: 10em; font-family: monospace; }
        fieldset { border: 1px solid #d0d7de; } fieldset label { display: inline-block; margin: .2em 1.2em .2em 0; }
        button { font-size: 1.1em; padding: .3em 1.5em; justify-self: start; }
        .downloads a { margin-right: 1em; } .hint { color: #57606a; font-size: .9em; }
        """;

    private Page() {
    }

    /** escaped for HTML text and double-quoted attributes */
    static String h(String s) {
        return s == null ? "" : Entities.escape(s);
    }

    static String frame(Context ctx, RuleService rules, String title, String body) {
        String lang = Reply.lang(ctx);
        String q = t(lang, "lang.query");
        StringBuilder sb = new StringBuilder("<!DOCTYPE html>\n<html lang=\"").append(t(lang, "lang.html")).append("\">\n<head>\n")
            .append("<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
            .append(h(title)).append("</title>\n<style>").append(HtmlRenderer.CSS).append(CSS).append("</style>\n</head>\n<body>\n<nav>")
            .append("<span class=\"brand\">").append(t(lang, "nav.brand")).append("</span>")
            .append("<a href=\"/").append(q).append("\">").append(t(lang, "nav.upload")).append("</a>")
            .append("<a href=\"/rules").append(q).append("\">").append(t(lang, "nav.rules")).append("</a>")
            .append("<a href=\"").append(h(Reply.otherLanguage(ctx))).append("\">").append(t(lang, "lang.switch")).append("</a></nav>\n");
        banner(sb, rules, lang);
        return sb.append(body).append("</body>\n</html>\n").toString();
    }

    /** an answer that is not a result: what went wrong, said plainly */
    static String error(Context ctx, RuleService rules, String title, String message) {
        return frame(ctx, rules, title, "<h1>" + h(title) + "</h1>\n<p class=\"error\">" + h(message) + "</p>\n<p><a href=\"/"
            + t(Reply.lang(ctx), "lang.query") + "\">" + t(Reply.lang(ctx), "error.back") + "</a></p>\n");
    }

    private static void banner(StringBuilder sb, RuleService rules, String lang) {
        List<String> errors = rules.error(lang);
        if (errors.isEmpty()) return;
        sb.append("<div class=\"banner\" role=\"alert\"><strong>")
            .append(t(lang, "banner.rulesError", rules.generation()))
            .append("</strong><ul>");
        for (String e : errors) sb.append("<li><code>").append(h(e)).append("</code></li>");
        sb.append("</ul></div>\n");
    }
}
