package org.ogicheck.web;

import com.sun.net.httpserver.HttpServer;
import java.io.Closeable;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.ogicheck.engine.RuleService;

/**
 * The local web page and JSON API on the JDK's own HTTP server. Uploads stay in memory; the
 * results of the page's checks are kept, bounded, under random ids. Routes:
 * <pre>
 * GET  /               upload page           POST /check        check, then 303 to the result
 * GET  /result/ID      result (?n ?format)   GET  /rules, /rules/ID
 * POST /api/check      CLI's JSON            GET  /api/rules, /health
 * </pre>
 */
public final class WebServer implements Closeable {
    /** how many page results are kept for their links and downloads */
    private static final int KEPT = 32;
    /** threads answering requests; each holds at most one upload, so memory is bounded by this times the limit */
    private static final int HTTP_THREADS = 16;

    /** where and how to serve */
    public record Settings(String host, int port, long maxUploadBytes, Duration timeout) {
    }

    private final HttpServer server;
    private final ExecutorService http;
    private final Checks checks;

    public WebServer(RuleService rules, Settings settings, Consumer<String> log) throws IOException {
        server = HttpServer.create(new InetSocketAddress(settings.host(), settings.port()), 0);
        checks = new Checks(rules, settings.timeout(), Math.max(2, Runtime.getRuntime().availableProcessors()), log);
        ResultStore store = new ResultStore(KEPT);
        ResultPages results = new ResultPages(store, checks, rules);
        RulePages rulePages = new RulePages(rules);
        Api api = new Api(checks, rules);
        CheckPage checkPage = new CheckPage(checks, store, rules);
        Router router = new Router(settings.maxUploadBytes(), rules, log)
            .on("GET", "/", (h, m) -> h.html(200, Page.frame(h, rules, Page.t(h.lang(), "年度报告检查", "Check a report"),
                UploadPage.body(h.lang(), settings.maxUploadBytes() / (1024 * 1024)))))
            .on("POST", "/check", (h, m) -> checkPage.post(h))
            .on("GET", "/result/([0-9a-f]{32})", (h, m) -> results.get(h, m.group(1)))
            .on("GET", "/rules", (h, m) -> rulePages.list(h))
            .on("GET", "/rules/([A-Za-z0-9-]{1,40})", (h, m) -> rulePages.one(h, m.group(1)))
            .on("POST", "/api/check", (h, m) -> api.check(h))
            .on("GET", "/api/rules", (h, m) -> api.rules(h))
            .on("GET", "/health", (h, m) -> api.health(h));
        server.createContext("/", router);
        http = Executors.newFixedThreadPool(HTTP_THREADS, r -> {
            Thread t = new Thread(r, "ogicheck-http");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(http);
        server.start();
    }

    /** the port served (the one chosen when the settings asked for port 0) */
    public int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
        http.shutdownNow();
        checks.close();
    }
}
