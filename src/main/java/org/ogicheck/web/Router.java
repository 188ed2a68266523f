package org.ogicheck.web;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ogicheck.engine.RuleService;

/**
 * Sends each request to its route by method and path; answers 404 and 405 itself, and 413 for a
 * body over the limit (HTML in Chinese, or JSON under /api/). Logs no request content.
 */
final class Router implements HttpHandler {
    /** one route's work; {@code m} holds the groups of its path pattern */
    interface Handler {
        void handle(Http http, Matcher m) throws IOException;
    }

    private record Route(String method, Pattern path, Handler handler) {
    }

    private final List<Route> routes = new ArrayList<>();
    private final long limit;
    private final RuleService rules;
    private final Consumer<String> log;

    Router(long limit, RuleService rules, Consumer<String> log) {
        this.limit = limit;
        this.rules = rules;
        this.log = log;
    }

    Router on(String method, String path, Handler handler) {
        routes.add(new Route(method, Pattern.compile(path), handler));
        return this;
    }

    @Override
    public void handle(HttpExchange ex) {
        Http http = new Http(ex, limit);
        try {
            route(http);
        } catch (Http.TooLarge e) {
            tooLarge(http);
        } catch (IOException | RuntimeException e) {
            log.accept("error on " + http.method() + " " + http.path() + ": " + e.getClass().getSimpleName());
            try {
                http.html(500, Page.error(http, rules, "服务器内部错误", "处理请求时出错（" + e.getClass().getSimpleName() + "）。"));
            } catch (IOException | RuntimeException ignored) {
                // the answer had already begun or the client went away
            }
        } finally {
            ex.close();
        }
    }

    private void route(Http http) throws IOException {
        boolean pathKnown = false;
        String method = http.method().equals("HEAD") ? "GET" : http.method();
        for (Route r : routes) {
            Matcher m = r.path().matcher(http.path());
            if (!m.matches()) continue;
            pathKnown = true;
            if (r.method().equals(method)) {
                r.handler().handle(http, m);
                return;
            }
        }
        if (pathKnown) {
            http.html(405, Page.error(http, rules, "不支持的请求方式", "这个地址不接受 " + http.method() + " 请求。"));
        } else {
            http.html(404, Page.error(http, rules, "页面不存在", "没有这个页面：" + http.path()));
        }
    }

    /**
     * 413, said plainly. The rest of the upload is read and dropped first (up to four times the
     * limit): a client still sending would otherwise see the connection reset instead of the answer.
     */
    private void tooLarge(Http http) {
        long mb = limit / (1024 * 1024);
        String message = "上传的内容太大：每次上传合计不能超过 " + mb + " MB。请删去报告中的图片或分几次上传。";
        log.accept("refused " + http.method() + " " + http.path() + ": body over " + mb + " MB");
        http.drain(4 * limit);
        try {
            http.closeAfter();
            if (http.path().startsWith("/api/")) http.json(413, Api.error(message, List.of()));
            else http.html(413, Page.error(http, rules, "文件太大（413）", message));
        } catch (IOException ignored) {
            // the client went away
        }
    }
}
