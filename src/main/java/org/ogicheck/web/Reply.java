package org.ogicheck.web;

import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * What every page and API answer shares on top of Javalin's {@link Context}: the language asked
 * for, this page's address in the other language, and the answers (HTML, JSON, a download), each
 * sent with headers that keep the page from loading or running anything.
 */
final class Reply {
    /** no script anywhere, styles only inline, images only inline (the scorecard's SVG), forms only to this server */
    static final String CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'self'; "
        + "base-uri 'none'; frame-ancestors 'none'";

    private Reply() {
    }

    /** the language the query asks for (?lang=en), Chinese unless there are texts in it */
    static String lang(Context ctx) {
        return langOfQuery(ctx.queryString());
    }

    /**
     * the language a raw query string asks for ({@code lang=en} among its pairs), read without decoding
     * the rest: a refusal of a query that does not decode still speaks the language asked
     */
    static String langOfQuery(String query) {
        String asked = null;
        if (query != null) {
            for (String pair : query.split("&")) if (pair.startsWith("lang=")) asked = pair.substring("lang=".length());
        }
        return Texts.lang(asked);
    }

    /** this page's address in the other language, with the rest of its query */
    static String otherLanguage(Context ctx) {
        StringBuilder sb = new StringBuilder(ctx.path()).append("?lang=").append(Texts.t(lang(ctx), "lang.other"));
        ctx.queryParamMap().forEach((k, vs) -> {
            if (!k.equals("lang")) vs.forEach(v -> sb.append('&').append(encode(k)).append('=').append(encode(v)));
        });
        return sb.toString();
    }

    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** the headers of every answer */
    static void secure(Context ctx) {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("Cache-Control", "no-store");
    }

    static void html(Context ctx, int status, String page) {
        send(ctx, status, "text/html; charset=utf-8", page.getBytes(StandardCharsets.UTF_8));
    }

    static void json(Context ctx, int status, String json) {
        send(ctx, status, "application/json; charset=utf-8", json.getBytes(StandardCharsets.UTF_8));
    }

    /** a file to save, named in ASCII and in UTF-8 (RFC 6266) */
    static void download(Context ctx, String contentType, String fileName, byte[] bytes) {
        ctx.header("Content-Disposition", "attachment; filename=\"ogicheck" + fileName.substring(fileName.lastIndexOf('.'))
            + "\"; filename*=UTF-8''" + encode(fileName).replace("+", "%20"));
        send(ctx, 200, contentType, bytes);
    }

    static void redirect(Context ctx, String location) {
        secure(ctx);
        ctx.header("Location", location);
        ctx.status(303).contentType("text/plain; charset=utf-8").result(new byte[0]);
    }

    private static void send(Context ctx, int status, String contentType, byte[] bytes) {
        secure(ctx);
        ctx.status(status).contentType(contentType).result(bytes);
    }

    /** the first of a list, or null */
    static String first(List<String> values) {
        return values == null || values.isEmpty() ? null : values.get(0);
    }
}
