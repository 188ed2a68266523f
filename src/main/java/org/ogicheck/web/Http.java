package org.ogicheck.web;

import com.sun.net.httpserver.HttpExchange;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * One request and its answer: the query, the body read with a size limit, and the answers the
 * server gives (HTML, JSON, a download, a redirect), each with headers that keep the page from
 * loading or running anything.
 */
final class Http {
    /** no script anywhere, styles only inline, images only inline (the scorecard's SVG), forms only to this server */
    private static final String CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'self'; "
        + "base-uri 'none'; frame-ancestors 'none'";

    /** the body is larger than the limit */
    static final class TooLarge extends IOException {
        TooLarge() {
            super("request body too large");
        }
    }

    private final HttpExchange ex;
    private final long limit;
    private final Map<String, List<String>> query;

    Http(HttpExchange ex, long limit) {
        this.ex = ex;
        this.limit = limit;
        this.query = Form.parse(ex.getRequestURI().getRawQuery());
    }

    String method() {
        return ex.getRequestMethod();
    }

    String path() {
        return ex.getRequestURI().getPath();
    }

    /** a query parameter, or null */
    String query(String name) {
        return Form.first(query, name);
    }

    /** zh unless the query asks for en */
    String lang() {
        return "en".equals(query("lang")) ? "en" : "zh";
    }

    /** this page's address in the other language */
    String otherLanguage() {
        StringBuilder sb = new StringBuilder(path()).append("?lang=").append(lang().equals("en") ? "zh" : "en");
        query.forEach((k, vs) -> {
            if (!k.equals("lang")) vs.forEach(v -> sb.append('&').append(Form.encode(k)).append('=').append(Form.encode(v)));
        });
        return sb.toString();
    }

    String header(String name) {
        return ex.getRequestHeaders().getFirst(name);
    }

    /** the whole body, refused when it is (or says it is) larger than the limit */
    byte[] body() throws IOException {
        String length = header("Content-Length");
        if (length != null && parseLong(length) > limit) throw new TooLarge();
        InputStream in = ex.getRequestBody();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[64 * 1024];
        for (int n; (n = in.read(buf)) > 0; ) {
            if (out.size() + n > limit) throw new TooLarge();
            out.write(buf, 0, n);
        }
        return out.toByteArray();
    }

    /** reads and drops what is left of the body, up to a bound */
    void drain(long bound) {
        try {
            InputStream in = ex.getRequestBody();
            byte[] buf = new byte[64 * 1024];
            long total = 0;
            for (int n; total < bound && (n = in.read(buf)) > 0; ) total += n;
        } catch (IOException ignored) {
            // the client went away; the answer will fail too
        }
    }

    void html(int status, String page) throws IOException {
        send(status, "text/html; charset=utf-8", page.getBytes(StandardCharsets.UTF_8));
    }

    void json(int status, String json) throws IOException {
        send(status, "application/json; charset=utf-8", json.getBytes(StandardCharsets.UTF_8));
    }

    /** a file to save, named in ASCII and in UTF-8 (RFC 6266) */
    void download(String contentType, String fileName, byte[] bytes) throws IOException {
        ex.getResponseHeaders().set("Content-Disposition", "attachment; filename=\"ogicheck" + fileName.substring(fileName.lastIndexOf('.'))
            + "\"; filename*=UTF-8''" + Form.encode(fileName).replace("+", "%20"));
        send(200, contentType, bytes);
    }

    void redirect(String location) throws IOException {
        ex.getResponseHeaders().set("Location", location);
        send(303, "text/plain; charset=utf-8", new byte[0]);
    }

    /** the answer closes the connection (after a refused upload, whose rest is not read) */
    void closeAfter() {
        ex.getResponseHeaders().set("Connection", "close");
    }

    private void send(int status, String contentType, byte[] bytes) throws IOException {
        var h = ex.getResponseHeaders();
        h.set("Content-Type", contentType);
        h.set("Content-Security-Policy", CSP);
        h.set("X-Content-Type-Options", "nosniff");
        h.set("Referrer-Policy", "no-referrer");
        h.set("Cache-Control", "no-store");
        boolean head = method().equals("HEAD");
        ex.sendResponseHeaders(status, head || bytes.length == 0 ? -1 : bytes.length);
        if (!head && bytes.length > 0) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    private static long parseLong(String s) {
        try {
            return Long.parseLong(s.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
