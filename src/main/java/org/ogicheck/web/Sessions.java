package org.ogicheck.web;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.ogicheck.workspace.Accounts;

/**
 * Sessions of the workspace pages, server-side: a random id in an HttpOnly, SameSite=Strict cookie,
 * and a CSRF token of the session's own that every form that changes data carries (a POST without
 * it, or with another session's, is refused). Logging in makes a new session (no fixation).
 */
final class Sessions {
    static final String COOKIE = "ogicheck_session";
    static final String FIELD = "csrf";
    private static final Duration IDLE = Duration.ofHours(8);
    private static final int MAX = 10_000;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** one session: anonymous (account null) until a login */
    static final class Session {
        final String id;
        final String csrf;
        final Accounts.Account account;
        volatile Instant seen;

        Session(String id, String csrf, Accounts.Account account) {
            this.id = id;
            this.csrf = csrf;
            this.account = account;
            this.seen = Instant.now();
        }
    }

    private final Map<String, Session> sessions = new ConcurrentHashMap<>();

    private static String random() {
        byte[] b = new byte[24];
        RANDOM.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    /** this request's session, made (anonymous) when it has none */
    Session of(Context ctx) {
        String id = ctx.cookie(COOKIE);
        Session s = id == null ? null : sessions.get(id);
        if (s != null && s.seen.plus(IDLE).isAfter(Instant.now())) {
            s.seen = Instant.now();
            return s;
        }
        if (s != null) sessions.remove(s.id);
        return start(ctx, null);
    }

    /** the session of this request if it has one, without making one */
    Session existing(Context ctx) {
        String id = ctx.cookie(COOKIE);
        Session s = id == null ? null : sessions.get(id);
        return s != null && s.seen.plus(IDLE).isAfter(Instant.now()) ? s : null;
    }

    Session start(Context ctx, Accounts.Account account) {
        String old = ctx.cookie(COOKIE);
        if (old != null) sessions.remove(old);
        if (sessions.size() >= MAX) sessions.values().removeIf(x -> x.seen.plus(IDLE).isBefore(Instant.now()));
        if (sessions.size() >= MAX) sessions.clear();
        Session s = new Session(random(), random(), account);
        sessions.put(s.id, s);
        Cookie c = new Cookie(COOKIE, s.id);
        c.setHttpOnly(true);
        c.setPath("/");
        c.setSameSite(SameSite.STRICT);
        ctx.cookie(c);
        return s;
    }

    void end(Context ctx) {
        String id = ctx.cookie(COOKIE);
        if (id != null) sessions.remove(id);
        ctx.removeCookie(COOKIE, "/");
    }

    /** whether the request carries this session's CSRF token (form field, query parameter of a multipart form, or header) */
    static boolean csrfOk(Context ctx, Session s) {
        String given = ctx.header("X-CSRF-Token");
        if (given == null) given = ctx.queryParam(FIELD);
        if (given == null && !ctx.isMultipartFormData()) given = ctx.formParam(FIELD);
        return given != null && MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), s.csrf.getBytes(StandardCharsets.UTF_8));
    }
}
