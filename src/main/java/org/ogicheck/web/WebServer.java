package org.ogicheck.web;

import static org.ogicheck.web.Texts.t;

import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.io.Closeable;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import org.eclipse.jetty.io.ArrayByteBufferPool;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.MinimumDataRateHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.ogicheck.engine.RuleService;
import org.ogicheck.workspace.Accounts;
import org.ogicheck.workspace.Workspace;
import org.ogicheck.workspace.WorkspaceException;

/**
 * The local web page and JSON API, on Javalin (Jetty underneath). Uploads stay in memory; the
 * results of the page's checks are kept, bounded, under random ids. Routes:
 * <pre>
 * GET  /               upload page           POST /check        check, then 303 to the result
 * GET  /result/ID      result (?n ?format)   GET  /rules, /rules/ID
 * POST /api/check      CLI's JSON            GET  /api/rules, /health
 * </pre>
 * Every refusal is said plainly: HTML in Chinese (or English) on the pages, JSON under /api/.
 */
public final class WebServer implements Closeable {
    /** how many page results are kept for their links and downloads */
    private static final int KEPT = 32;
    /** threads answering requests (a slow upload holds none: see {@link UploadGuard}) */
    private static final int HTTP_THREADS = 32;
    /** the most heap (and the most direct memory) Jetty keeps in buffers for reuse */
    private static final long POOLED_BYTES = 16L * 1024 * 1024;

    /**
     * How the server holds its ground against slow or many clients.
     *
     * @param idle        a connection with nothing sent either way for this long is closed (Jetty's idle timeout)
     * @param headers     a request's line and headers, once begun, must be complete within this
     * @param minBodyRate a body must arrive at this many bytes a second at least (averaged), else 408
     * @param connections at most this many connections at once; past it new ones wait to be accepted
     * @param uploads     at most this many requests with a body at once (memory: this times the upload limit); past it 503
     */
    public record Limits(Duration idle, Duration headers, long minBodyRate, int connections, int uploads) {
        public static final Limits DEFAULT = new Limits(Duration.ofSeconds(30), Duration.ofSeconds(10), 1024, 512, 32);
    }

    /** where and how to serve */
    public record Settings(String host, int port, long maxUploadBytes, Duration timeout, Limits limits) {
        public Settings(String host, int port, long maxUploadBytes, Duration timeout) {
            this(host, port, maxUploadBytes, timeout, Limits.DEFAULT);
        }
    }

    private final Javalin app;
    private final Checks checks;
    private final RuleService rules;
    private final long limit;
    private final Consumer<String> log;
    private final HeaderDeadline headerDeadline;

    public WebServer(RuleService rules, Settings settings, Consumer<String> log) throws IOException {
        this(rules, settings, log, null, false);
    }

    /**
     * With a workspace open, its pages too (GET /reports, /reports/ID, /region, /region.xlsx, /region.docx,
     * /api/reports, /api/reports/ID; POST /reports/upload, /reports/ID/review, /recheck, /login, /logout), and
     * {@code POST /api/check} stores what it checks.
     *
     * @param workspace the open workspace, or null
     * @param accounts  whether every workspace page needs a login (always when served beyond this computer)
     */
    public WebServer(RuleService rules, Settings settings, Consumer<String> log, Workspace workspace, boolean accounts) throws IOException {
        this.rules = rules;
        this.limit = settings.maxUploadBytes();
        this.log = log;
        checks = new Checks(rules, settings.timeout(), Math.max(2, Runtime.getRuntime().availableProcessors()), log);
        ResultStore store = new ResultStore(KEPT);
        ResultPages results = new ResultPages(store, checks, rules);
        RulePages rulePages = new RulePages(rules);
        WorkspacePages wsPages = workspace == null ? null
            : new WorkspacePages(workspace, rules, accounts ? new Accounts(workspace) : null, new Sessions(), log);
        Api api = new Api(checks, rules, wsPages);
        CheckPage checkPage = new CheckPage(checks, store, rules);
        long mb = limit / (1024 * 1024);
        Limits limits = settings.limits();
        headerDeadline = new HeaderDeadline(limits.headers());
        app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.startup.startupWatcherEnabled = false;
            config.jetty.modifyServer(server -> {
                // outermost first: the read rate, then the upload places and the body received without a thread
                server.insertHandler(new UploadGuard(limit, limits.uploads(), log));
                server.insertHandler(new MinimumDataRateHandler(limits.minBodyRate(), 0));
                server.addBean(new NetworkConnectionLimit(limits.connections(), server));
                server.setErrorHandler(new ErrorPages());
            });
            config.jetty.addConnector((server, http) -> {
                ServerConnector c = new ServerConnector(server, new HttpConnectionFactory(http));
                c.setHost(settings.host());
                c.setPort(settings.port());
                c.setIdleTimeout(limits.idle().toMillis());
                c.addBean(headerDeadline);
                return c;
            });
            QueuedThreadPool threads = new QueuedThreadPool(HTTP_THREADS, Math.min(4, HTTP_THREADS));
            threads.setName("ogicheck-http");
            threads.setDaemon(true);
            config.jetty.threadPool = threads;
            // Jetty keeps the buffers of past requests for reuse; bounded, so that a burst of uploads is not kept for ever
            config.unsafe.jettyInternal.server = new Server(threads, null,
                new ArrayByteBufferPool(0, -1, -1, -1, POOLED_BYTES, POOLED_BYTES));
            config.http.maxRequestSize = limit;
            config.http.prefer405over404 = true;
            config.jetty.multipartConfig.maxTotalRequestSize(limit, SizeUnit.BYTES);
            config.jetty.multipartConfig.maxFileSize(limit, SizeUnit.BYTES);
            config.jetty.multipartConfig.maxInMemoryFileSize((int) Math.min(Integer.MAX_VALUE, limit), SizeUnit.BYTES);
            config.router.ignoreTrailingSlashes = false;

            config.routes.before(this::screen);
            get(config, "/", ctx -> Reply.html(ctx, 200, Page.frame(ctx, rules, Texts.t(Reply.lang(ctx), "upload.title"),
                UploadPage.body(Reply.lang(ctx), mb))));
            config.routes.post("/check", checkPage::post);
            get(config, "/result/{id}", ctx -> results.get(ctx, ctx.pathParam("id")));
            get(config, "/rules", rulePages::list);
            get(config, "/rules/{id}", ctx -> rulePages.one(ctx, ctx.pathParam("id")));
            config.routes.post("/api/check", api::check);
            get(config, "/api/rules", api::rules);
            get(config, "/health", api::health);
            if (wsPages != null) {
                get(config, "/login", wsPages::loginPage);
                config.routes.post("/login", wsPages::login);
                config.routes.post("/logout", wsPages::logout);
                get(config, "/reports", wsPages::list);
                config.routes.post("/reports/upload", wsPages::upload);
                get(config, "/reports/{id}", ctx -> wsPages.report(ctx, ctx.pathParam("id")));
                config.routes.post("/reports/{id}/review", ctx -> wsPages.review(ctx, ctx.pathParam("id")));
                config.routes.post("/recheck", wsPages::recheck);
                get(config, "/region", wsPages::region);
                get(config, "/region.xlsx", wsPages::regionXlsx);
                get(config, "/region.docx", wsPages::regionDocx);
                get(config, "/api/reports", wsPages::apiReports);
                get(config, "/api/reports/{id}", ctx -> wsPages.apiReport(ctx, ctx.pathParam("id")));
            }

            config.routes.exception(HttpResponseException.class, (e, ctx) -> refused(ctx, e.getStatus(), e.getMessage()));
            config.routes.exception(WorkspacePages.Redirected.class, (e, ctx) -> { });
            config.routes.exception(WorkspaceException.class, (e, ctx) -> {
                log.accept("workspace error on " + ctx.method() + " " + ctx.path() + ": " + e.getMessage());
                refused(ctx, 500, e.message(Reply.lang(ctx)));
            });
            config.routes.exception(Exception.class, (e, ctx) -> {
                log.accept("error on " + ctx.method() + " " + ctx.path() + ": " + e.getClass().getSimpleName());
                String lang = Reply.lang(ctx);
                Reply.html(ctx, 500, Page.error(ctx, rules, t(lang, "refused.internal.title"), t(lang, "refused.internal", e.getClass().getSimpleName())));
            });
        });
        try {
            app.start();
        } catch (RuntimeException e) {
            try {
                app.jettyServer().server().stop();
            } catch (Exception ignored) {
                // it did not start
            }
            checks.close();
            headerDeadline.close();
            throw new IOException(e.getCause() != null && e.getCause().getMessage() != null ? e.getCause().getMessage() : e.getMessage(), e);
        }
    }

    /** a GET route, also answering HEAD (the same headers, no body) */
    private static void get(io.javalin.config.JavalinConfig config, String path, io.javalin.http.Handler h) {
        config.routes.get(path, h);
        config.routes.head(path, h);
    }

    /**
     * Before every route: a query string that does not decode is refused (400), and so is a body
     * that says it is over the limit (413), before any of it is kept.
     */
    private void screen(Context ctx) {
        String q = ctx.queryString();
        if (q != null) {
            for (String pair : q.split("&")) {
                try {
                    URLDecoder.decode(pair, StandardCharsets.UTF_8);
                } catch (IllegalArgumentException e) {
                    throw new HttpResponseException(400, t(Reply.lang(ctx), "refused.query", pair));
                }
            }
        }
        String length = ctx.header("Content-Length");
        if (length != null && parseLong(length) > limit) throw new HttpResponseException(413, "");
    }

    /** a refusal: 404, 405, 400 or 413, with a message for the person, as JSON under /api/ */
    private void refused(Context ctx, int status, String message) {
        String lang = Reply.lang(ctx);
        String title;
        String text;
        switch (status) {
            case 404 -> {
                title = t(lang, "refused.notFound.title");
                text = t(lang, "refused.notFound", ctx.path());
            }
            case 405 -> {
                title = t(lang, "refused.method.title");
                text = t(lang, "refused.method", ctx.method());
            }
            case 503 -> {
                title = t(lang, "refused.busy.title");
                text = message;
            }
            case 408 -> {
                title = t(lang, "refused.timeout.title");
                text = message;
            }
            case 413 -> {
                long mb = limit / (1024 * 1024);
                title = t(lang, "refused.tooLarge.title");
                text = t(lang, "refused.tooLarge", mb);
                log.accept("refused " + ctx.method() + " " + ctx.path() + ": body over " + mb + " MB");
                ctx.header("Connection", "close");
            }
            default -> {
                title = t(lang, "refused.title");
                text = message == null || message.isBlank() ? t(lang, "refused.other", status) : message;
            }
        }
        if (ctx.path().startsWith("/api/")) Reply.json(ctx, status, Api.error(text, List.of()));
        else Reply.html(ctx, status, Page.error(ctx, rules, title, text));
    }

    private static long parseLong(String s) {
        try {
            return Long.parseLong(s.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** the port served (the one chosen when the settings asked for port 0) */
    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
        checks.close();
        headerDeadline.close();
    }
}
