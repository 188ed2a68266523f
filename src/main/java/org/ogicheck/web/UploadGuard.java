package org.ogicheck.web;

import static org.ogicheck.web.Texts.t;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.function.Consumer;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpHeaderValue;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.EagerContentHandler;
import org.eclipse.jetty.util.Callback;

/**
 * In front of the pages (Jetty core, before any thread blocks): a request with a body takes one of a
 * bounded number of upload places, and its body is received without a thread (Jetty's
 * {@link EagerContentHandler} retains it as it arrives) and handed to the page only once it is
 * complete or over the limit. A slow client therefore holds a connection, never one of the threads that
 * answer; the minimum read rate in front of this handler ends it. Past the places, 503 at once.
 */
final class UploadGuard extends EagerContentHandler {
    private final Semaphore places;
    private final long limit;

    private final Consumer<String> log;

    UploadGuard(long maxUploadBytes, int uploads, Consumer<String> log) {
        // retain up to just over the limit, then hand on: the page refuses it (413) with its own message
        super(new RetainedContentLoaderFactory(maxUploadBytes + 64 * 1024, -1, false));
        this.places = new Semaphore(uploads);
        this.limit = maxUploadBytes;
        this.log = log;
    }

    @Override
    protected boolean onConditionsMet(Request request, Response response, Callback callback) throws Exception {
        if (!hasBody(request)) return super.onConditionsMet(request, response, callback);
        // a body that says it is over the limit is refused by the page at once, none of it read
        if (request.getHeaders().getLongField(HttpHeader.CONTENT_LENGTH) > limit) return getHandler().handle(request, response, callback);
        if (!places.tryAcquire()) {
            busy(request, response, callback);
            return true;
        }
        Callback released = Callback.from(callback, (Runnable) places::release);
        try {
            if (super.onConditionsMet(request, response, released)) return true;
        } catch (Exception | Error e) {
            places.release();
            throw e;
        }
        places.release();
        return false;
    }

    /** 503 at once, none of the body read, no page thread taken: JSON under /api/, a short page elsewhere, in the language asked */
    private void busy(Request request, Response response, Callback callback) {
        String path = Request.getPathInContext(request);
        log.accept("refused " + request.getMethod() + " " + path + ": too many uploads at once");
        String lang = Reply.langOfQuery(request.getHttpURI().getQuery());
        String message = t(lang, "uploads.busy");
        boolean api = path.startsWith("/api/");
        String title = Page.h(t(lang, "refused.busy.title"));
        String body = api ? Api.error(message, List.of())
            : "<!DOCTYPE html>\n<html lang=\"" + t(lang, "lang.html") + "\"><head><meta charset=\"utf-8\"><title>" + title + "</title></head><body><h1>"
                + title + "</h1><p>" + Page.h(message) + "</p><p><a href=\"/" + t(lang, "lang.query") + "\">" + t(lang, "error.back")
                + "</a></p></body></html>\n";
        response.setStatus(503);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, api ? "application/json; charset=utf-8" : "text/html; charset=utf-8");
        response.getHeaders().put("Content-Security-Policy", Reply.CSP);
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        response.getHeaders().put(HttpHeader.CONNECTION, HttpHeaderValue.CLOSE.asString());
        response.write(true, ByteBuffer.wrap(body.getBytes(StandardCharsets.UTF_8)), callback);
    }

    private static boolean hasBody(Request request) {
        var headers = request.getHeaders();
        return headers.getLongField(HttpHeader.CONTENT_LENGTH) > 0
            || headers.contains(HttpHeader.TRANSFER_ENCODING, HttpHeaderValue.CHUNKED.asString());
    }
}
