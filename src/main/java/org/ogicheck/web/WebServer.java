package org.ogicheck.web;

import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
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
    /** threads answering requests; each holds at most one upload, so memory is bounded by this times the limit */
    private static final int HTTP_THREADS = 16;

    /** where and how to serve */
    public record Settings(String host, int port, long maxUploadBytes, Duration timeout) {
    }

    private final Javalin app;
    private final Checks checks;
    private final RuleService rules;
    private final long limit;
    private final Consumer<String> log;

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
        app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.startup.startupWatcherEnabled = false;
            config.jetty.host = settings.host();
            config.jetty.port = settings.port();
            QueuedThreadPool threads = new QueuedThreadPool(HTTP_THREADS, Math.min(4, HTTP_THREADS));
            threads.setName("ogicheck-http");
            threads.setDaemon(true);
            config.jetty.threadPool = threads;
            config.http.maxRequestSize = limit;
            config.http.prefer405over404 = true;
            config.jetty.multipartConfig.maxTotalRequestSize(limit, SizeUnit.BYTES);
            config.jetty.multipartConfig.maxFileSize(limit, SizeUnit.BYTES);
            config.jetty.multipartConfig.maxInMemoryFileSize((int) Math.min(Integer.MAX_VALUE, limit), SizeUnit.BYTES);
            config.router.ignoreTrailingSlashes = false;

            config.routes.before(this::screen);
            get(config, "/", ctx -> Reply.html(ctx, 200, Page.frame(ctx, rules, Page.t(Reply.lang(ctx), "年度报告检查", "Check a report"),
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
                refused(ctx, 500, e.getMessage());
            });
            config.routes.exception(Exception.class, (e, ctx) -> {
                log.accept("error on " + ctx.method() + " " + ctx.path() + ": " + e.getClass().getSimpleName());
                Reply.html(ctx, 500, Page.error(ctx, rules, "服务器内部错误", "处理请求时出错（" + e.getClass().getSimpleName() + "）。"));
            });
        });
        try {
            app.start();
        } catch (RuntimeException e) {
            checks.close();
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
                    throw new HttpResponseException(400, "查询参数格式有误（" + pair + "）：% 之后应是两位十六进制数。");
                }
            }
        }
        String length = ctx.header("Content-Length");
        if (length != null && parseLong(length) > limit) throw new HttpResponseException(413, "");
    }

    /** a refusal: 404, 405, 400 or 413, with a message for the person, as JSON under /api/ */
    private void refused(Context ctx, int status, String message) {
        String title;
        String text;
        switch (status) {
            case 404 -> {
                title = "页面不存在";
                text = "没有这个页面：" + ctx.path();
            }
            case 405 -> {
                title = "不支持的请求方式";
                text = "这个地址不接受 " + ctx.method() + " 请求。";
            }
            case 413 -> {
                long mb = limit / (1024 * 1024);
                title = "文件太大（413）";
                text = "上传的内容太大：每次上传合计不能超过 " + mb + " MB。请删去报告中的图片或分几次上传。";
                log.accept("refused " + ctx.method() + " " + ctx.path() + ": body over " + mb + " MB");
                drain(ctx, 4 * limit);
                ctx.header("Connection", "close");
            }
            default -> {
                title = "请求有误";
                text = message == null || message.isBlank() ? "请求无法处理（" + status + "）。" : message;
            }
        }
        if (ctx.path().startsWith("/api/")) Reply.json(ctx, status, Api.error(text, List.of()));
        else Reply.html(ctx, status, Page.error(ctx, rules, title, text));
    }

    /**
     * Reads and drops what is left of a refused body, up to a bound: a client still sending would
     * otherwise see the connection reset instead of the answer.
     */
    private static void drain(Context ctx, long bound) {
        try {
            InputStream in = ctx.req().getInputStream();
            byte[] buf = new byte[64 * 1024];
            long total = 0;
            for (int n; total < bound && (n = in.read(buf)) > 0; ) total += n;
        } catch (IOException | RuntimeException ignored) {
            // the client went away, or the body was already read; the answer may fail too
        }
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
    }
}
