package org.ogicheck.web;

import static org.ogicheck.web.Texts.t;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * What Jetty itself answers, before any page is reached (a request line or header it cannot parse,
 * headers too large, a path that does not decode): the same JSON {@code {"error": …}} as the API,
 * in Chinese, or in English when the query asks for it and can be read; never Jetty's own HTML page
 * with its version.
 */
final class ErrorPages extends ErrorHandler {
    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause, Callback callback) {
        byte[] body = json(code, Reply.langOfQuery(request.getHttpURI().getQuery())).getBytes(StandardCharsets.UTF_8);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
        response.getHeaders().put("Content-Security-Policy", Reply.CSP);
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        response.write(true, ByteBuffer.wrap(body), callback);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(new HttpField(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8"));
        // a request Jetty could not parse: no query to take a language from
        return ByteBuffer.wrap(json(status, Texts.DEFAULT).getBytes(StandardCharsets.UTF_8));
    }

    static String json(int code, String lang) {
        return Api.error(switch (code) {
            case 400 -> t(lang, "jetty.badRequest");
            case 408 -> t(lang, "jetty.timeout");
            case 413 -> t(lang, "jetty.tooLarge");
            case 414 -> t(lang, "jetty.uriTooLong");
            case 431 -> t(lang, "jetty.headersTooLarge");
            case 503 -> t(lang, "jetty.busy");
            default -> t(lang, "refused.other", code);
        }, java.util.List.of());
    }
}
