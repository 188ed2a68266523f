package org.ogicheck.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ogicheck.TestSupport;

/**
 * The server holds its ground (issue 12): slow clients hold no thread and are cut off, connections and
 * uploads are capped, every malformed API request gets JSON, and a check past its time limit is stopped
 * so that the next one is answered at once. Raw sockets play the slow and broken clients.
 */
class HoldsGroundTest {
    private static final Path HONGZE = Path.of("..", "shared", "corpus", "text", "2023_hongzequ_county.txt");

    @TempDir
    Path tmp;

    /** one answer read from a raw socket: status line, headers and body */
    record Raw(int status, String head, String body) {
        JsonNode json() throws IOException {
            return Served.JSON.readTree(body);
        }
    }

    /** sends the bytes as they are (Connection: close is the caller's), reads the answer to the end */
    static Raw raw(int port, byte[] request) throws IOException {
        try (Socket s = new Socket("127.0.0.1", port)) {
            s.setSoTimeout(10_000);
            s.getOutputStream().write(request);
            s.getOutputStream().flush();
            return read(s.getInputStream());
        }
    }

    static Raw raw(int port, String request) throws IOException {
        return raw(port, request.getBytes(StandardCharsets.UTF_8));
    }

    static Raw read(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            in.transferTo(out);
        } catch (IOException e) {
            // a reset after the answer: what was read counts
        }
        String all = out.toString(StandardCharsets.UTF_8);
        int end = all.indexOf("\r\n\r\n");
        assertThat(end).as("an answer with headers: " + all).isPositive();
        String head = all.substring(0, end);
        String body = all.substring(end + 4);
        if (head.toLowerCase().contains("transfer-encoding: chunked")) body = unchunk(body);
        return new Raw(Integer.parseInt(head.substring(9, 12)), head, body);
    }

    private static String unchunk(String body) {
        StringBuilder sb = new StringBuilder();
        int at = 0;
        while (true) {
            int eol = body.indexOf("\r\n", at);
            int size = Integer.parseInt(body.substring(at, eol).strip(), 16);
            if (size == 0) return sb.toString();
            byte[] rest = body.substring(eol + 2).getBytes(StandardCharsets.UTF_8);
            String chunk = new String(rest, 0, size, StandardCharsets.UTF_8);
            sb.append(chunk);
            at = eol + 2 + chunk.length() + 2;
        }
    }

    private static long healthMillis(Served served) throws Exception {
        long t0 = System.nanoTime();
        HttpResponse<String> r = served.client.send(HttpRequest.newBuilder(URI.create(served.url("/health")))
            .timeout(Duration.ofSeconds(1)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        return (System.nanoTime() - t0) / 1_000_000;
    }

    @Test
    void twoHundredSlowUploadsLeaveHealthAnsweringWithinASecond() throws Exception {
        try (Served served = Served.start()) {
            int port = served.server.port();
            assertThat(served.get("/health").statusCode()).isEqualTo(200); // answered once (the first answer loads classes)
            List<Socket> slow = new ArrayList<>();
            try {
                for (int i = 0; i < 200; i++) {
                    Socket s = new Socket("127.0.0.1", port);
                    s.setSoTimeout(10_000);
                    s.getOutputStream().write(("POST /api/check?name=slow.txt HTTP/1.1\r\nHost: x\r\nContent-Length: 100000\r\n\r\n")
                        .getBytes(StandardCharsets.ISO_8859_1));
                    slow.add(s);
                }
                List<Long> health = new ArrayList<>();
                for (int second = 0; second < 3; second++) {
                    for (Socket s : slow) {
                        try {
                            s.getOutputStream().write('x');  // one byte a second
                        } catch (IOException closed) {
                            // already answered and closed by the server
                        }
                    }
                    health.add(healthMillis(served));
                    Thread.sleep(1000);
                }
                System.out.println("200 slow uploads: /health answered in " + health + " ms");
                assertThat(health).allMatch(ms -> ms < 1000);
                // every slow upload is answered in JSON: 503 past the upload places, 408 once its rate is too low
                for (Socket s : slow) {
                    Raw r = read(s.getInputStream());
                    assertThat(r.status()).as(r.head()).isIn(408, 503);
                    assertThat(r.json().get("error").asText()).containsAnyOf("上传超时", "服务器繁忙");
                }
            } finally {
                for (Socket s : slow) s.close();
            }
            HttpResponse<String> ok = served.check("hongze.txt", Files.readAllBytes(HONGZE));
            assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
        }
    }

    @Test
    void aRequestHeadSentOneByteAtATimeIsCutOff() throws Exception {
        WebServer.Limits limits = new WebServer.Limits(Duration.ofSeconds(30), Duration.ofSeconds(1), 1024, 512, 32);
        try (Served served = Served.withLimits(limits); Socket s = new Socket("127.0.0.1", served.server.port())) {
            s.setSoTimeout(10_000);
            OutputStream out = s.getOutputStream();
            long t0 = System.nanoTime();
            boolean closed = false;
            for (byte b : "GET /health HTTP/1.1\r\nHost: localhost\r\nX-Slow: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa".getBytes(StandardCharsets.ISO_8859_1)) {
                try {
                    out.write(b);
                    out.flush();
                } catch (IOException e) {
                    closed = true;
                    break;
                }
                Thread.sleep(100);
                if (s.getInputStream().available() > 0) break;
            }
            if (!closed) {
                try {
                    closed = s.getInputStream().read() < 0;
                } catch (IOException e) {
                    closed = true;
                }
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            assertThat(closed).as("the connection was closed").isTrue();
            assertThat(seconds).as("closed after the 1 s header limit").isBetween(0.9, 5.0);
            assertThat(healthMillis(served)).isLessThan(1000);
        }
    }

    @Test
    void aBodySentOneByteASecondGets408InJson() throws Exception {
        try (Served served = Served.start(); Socket s = new Socket("127.0.0.1", served.server.port())) {
            s.setSoTimeout(10_000);
            OutputStream out = s.getOutputStream();
            out.write("POST /api/check?name=a.txt HTTP/1.1\r\nHost: x\r\nContent-Length: 5000\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
            long t0 = System.nanoTime();
            CompletableFuture<Raw> answer = CompletableFuture.supplyAsync(() -> {
                try {
                    return read(s.getInputStream());
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            });
            for (int i = 0; i < 10 && !answer.isDone(); i++) {
                try {
                    out.write('x');
                    out.flush();
                } catch (IOException e) {
                    break;
                }
                Thread.sleep(1000);
            }
            Raw r = answer.get();
            assertThat((System.nanoTime() - t0) / 1e9).as("cut off well before the 5,000 bytes arrive").isLessThan(8);
            assertThat(r.status()).isEqualTo(408);
            assertThat(r.head()).containsIgnoringCase("content-type: application/json");
            assertThat(r.json().get("error").asText()).contains("上传超时");
        }
    }

    @Test
    void anIdleConnectionIsClosedAfterTheIdleTimeout() throws Exception {
        WebServer.Limits limits = new WebServer.Limits(Duration.ofSeconds(1), Duration.ofSeconds(10), 1024, 512, 32);
        try (Served served = Served.withLimits(limits); Socket s = new Socket("127.0.0.1", served.server.port())) {
            s.setSoTimeout(10_000);
            long t0 = System.nanoTime();
            assertThat(s.getInputStream().read()).as("closed by the server").isEqualTo(-1);
            assertThat((System.nanoTime() - t0) / 1e9).isBetween(0.9, 5.0);
        }
    }

    @Test
    void connectionsPastTheCapWaitUntilOneCloses() throws Exception {
        WebServer.Limits limits = new WebServer.Limits(Duration.ofSeconds(30), Duration.ofSeconds(10), 1024, 4, 32);
        try (Served served = Served.withLimits(limits)) {
            List<Socket> held = new ArrayList<>();
            try {
                for (int i = 0; i < 4; i++) held.add(new Socket("127.0.0.1", served.server.port()));
                Thread.sleep(200);
                assertThatThrownBy(() -> served.client.send(HttpRequest.newBuilder(URI.create(served.url("/health")))
                    .timeout(Duration.ofMillis(700)).build(), HttpResponse.BodyHandlers.ofString()))
                    .as("a fifth connection is not served while four are open").isInstanceOf(HttpTimeoutException.class);
                held.remove(0).close();
                Thread.sleep(200);
                assertThat(healthMillis(served)).isLessThan(1000);
            } finally {
                for (Socket s : held) s.close();
            }
        }
    }

    @Test
    void uploadsPastTheirPlacesGet503AndHealthStillAnswers() throws Exception {
        WebServer.Limits limits = new WebServer.Limits(Duration.ofSeconds(30), Duration.ofSeconds(10), 1024, 512, 2);
        byte[] report = Files.readAllBytes(HONGZE);
        try (Served served = Served.withLimits(limits)) {
            List<Socket> held = new ArrayList<>();
            try {
                for (int i = 0; i < 2; i++) {
                    Socket s = new Socket("127.0.0.1", served.server.port());
                    s.getOutputStream().write(("POST /api/check?name=a.txt HTTP/1.1\r\nHost: x\r\nContent-Length: " + report.length
                        + "\r\n\r\nx").getBytes(StandardCharsets.ISO_8859_1));
                    held.add(s);
                }
                Thread.sleep(200);
                HttpResponse<String> busy = served.check("hongze.txt", report);
                assertThat(busy.statusCode()).isEqualTo(503);
                assertThat(Served.json(busy).get("error").asText()).contains("服务器繁忙");
                HttpResponse<String> busyEn = served.post("/api/check?name=a.txt&lang=en", "application/octet-stream", report);
                assertThat(busyEn.statusCode()).isEqualTo(503);
                assertThat(Served.json(busyEn).get("error").asText()).isEqualTo("The server is busy: too many uploads at once; please try again later.");
                HttpResponse<String> page = served.post("/check?lang=en", "application/octet-stream", report);
                assertThat(page.statusCode()).isEqualTo(503);
                assertThat(page.body()).contains("lang=\"en\"", "<h1>Server busy</h1>", "href=\"/?lang=en\"").doesNotContainPattern("\\p{IsHan}");
                assertThat(healthMillis(served)).isLessThan(1000);
            } finally {
                for (Socket s : held) s.close();
            }
            // the two held places are given back when their clients go away
            Served.await(() -> tryCheck(served, report));
        }
    }

    private static boolean tryCheck(Served served, byte[] report) {
        try {
            return served.check("hongze.txt", report).statusCode() == 200;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    @Test
    void headAnswersAsGetWithoutABody() throws Exception {
        try (Served served = Served.start()) {
            String close = " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n";
            Raw page = raw(served.server.port(), "HEAD /" + close);
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.head()).containsIgnoringCase("content-type: text/html").containsIgnoringCase("content-security-policy");
            assertThat(page.body()).isEmpty();
            Raw missing = raw(served.server.port(), "HEAD /result/" + "0".repeat(32) + close);
            assertThat(missing.status()).isEqualTo(404);
            assertThat(missing.body()).isEmpty();
        }
    }

    /** a raw request, the status it gets and what its JSON error says */
    record Case(String request, int status, String says) {
    }

    /** the request refused with the case's status and a JSON error saying it; the error */
    private static String refusedInJson(int port, Case c) throws IOException {
        Raw r = raw(port, c.request());
        String what = c.request().lines().findFirst().orElseThrow();
        assertThat(r.status()).as(what + "\n" + r.head() + "\n" + r.body()).isEqualTo(c.status());
        assertThat(r.head()).as(what).containsIgnoringCase("content-type: application/json");
        String error = r.json().get("error").asText();
        assertThat(error).as(what).contains(c.says());
        return error;
    }

    @Test
    void everyMalformedApiRequestGetsJson() throws Exception {
        try (Served served = Served.start()) {
            int port = served.server.port();
            String close = " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n";
            List<Case> cases = List.of(
                new Case("GET /api/check?%zz=1" + close + "\r\n", 400, "查询参数格式有误"),
                new Case("POST /api/check?name=a.txt&%zz=1" + close + "Content-Length: 1\r\n\r\nx", 400, "查询参数格式有误"),
                new Case("GET /api/check" + close + "\r\n", 405, "不接受 GET"),
                new Case("DELETE /api/rules" + close + "\r\n", 405, "不接受 DELETE"),
                new Case("GET /api/nothing" + close + "\r\n", 404, "没有这个页面"),
                new Case("GET /api/%zz" + close + "\r\n", 400, "请求"),
                new Case("POST /api/check" + close + "Content-Type: multipart/form-data; boundary=b\r\nContent-Length: 12\r\n\r\n--b\r\nbroken!",
                    400, "上传内容格式有误"),
                new Case("POST /api/check" + close + "Content-Length: 0\r\n\r\n", 400, "没有收到报告"),
                new Case("POST /api/check?year=abc" + close + "Content-Length: 1\r\n\r\nx", 400, "报告年度"),
                new Case("POST /api/check" + close + "Content-Length: 99999999999\r\n\r\nx", 413, "上传的内容太大"),
                new Case("GET /api/rules" + close + "X-Big: " + "a".repeat(20_000) + "\r\n\r\n", 431, "请求头太大"),
                new Case("HELLO\r\n\r\n", 400, "请求格式有误"));
            for (Case c : cases) refusedInJson(port, c);
            // a body over the limit without a length (chunked), read only up to the limit
            ByteArrayOutputStream chunked = new ByteArrayOutputStream();
            chunked.writeBytes(("POST /api/check?name=big.txt" + close + "Transfer-Encoding: chunked\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            byte[] mb = new byte[1024 * 1024];
            for (int i = 0; i < 21; i++) {
                chunked.writeBytes("100000\r\n".getBytes(StandardCharsets.ISO_8859_1));
                chunked.writeBytes(mb);
                chunked.writeBytes("\r\n".getBytes(StandardCharsets.ISO_8859_1));
            }
            chunked.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
            Raw big = raw(port, chunked.toByteArray());
            assertThat(big.status()).isEqualTo(413);
            assertThat(big.json().get("error").asText()).contains("上传的内容太大");
            // the pages answer the same malformed query with a page in Chinese
            Raw page = raw(port, "GET /?%zz=1" + close + "\r\n");
            assertThat(page.status()).isEqualTo(400);
            assertThat(page.head()).containsIgnoringCase("content-type: text/html");
            assertThat(page.body()).contains("查询参数格式有误");
            assertThat(healthMillis(served)).isLessThan(1000);
        }
    }

    /**
     * the same refusals in English when the query asks for it (the query is read even when another of its parameters does
     * not decode); a request Jetty cannot parse at all (a path that does not decode) has no query to read and is refused in Chinese
     */
    @Test
    void everyRefusalSpeaksEnglishWhenAsked() throws Exception {
        try (Served served = Served.start()) {
            int port = served.server.port();
            String close = " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n";
            List<Case> cases = List.of(
                new Case("GET /api/check?lang=en&%zz=1" + close + "\r\n", 400, "Malformed query parameter (%zz=1)"),
                new Case("GET /api/check?lang=en" + close + "\r\n", 405, "does not accept GET"),
                new Case("GET /api/nothing?lang=en" + close + "\r\n", 404, "No such page: /api/nothing"),
                new Case("POST /api/check?lang=en" + close + "Content-Type: multipart/form-data; boundary=b\r\nContent-Length: 12\r\n\r\n--b\r\nbroken!",
                    400, "Malformed upload"),
                new Case("POST /api/check?lang=en" + close + "Content-Length: 0\r\n\r\n", 400, "No report received"),
                new Case("POST /api/check?year=abc&lang=en" + close + "Content-Length: 1\r\n\r\nx", 400, "Report year 'abc' is not valid"),
                new Case("POST /api/check?kind=x&lang=en" + close + "Content-Length: 1\r\n\r\nx", 400, "Agency kind 'x' is not valid"),
                new Case("POST /api/check?published=x&lang=en" + close + "Content-Length: 1\r\n\r\nx", 400, "Publication date 'x' is not valid"),
                new Case("POST /api/check?name=a.txt&lang=en" + close + "Content-Length: 1\r\n\r\nx", 422, "The report could not be read or checked."),
                new Case("POST /api/check?lang=en" + close + "Content-Length: 99999999999\r\n\r\nx", 413, "The upload is too large: at most 20 MB"));
            for (Case c : cases) assertThat(refusedInJson(port, c)).as(c.request()).doesNotContainPattern("\\p{IsHan}");
            // the pages: the same refusal as a page in English, its title and the way back too
            for (String request : List.of("GET /?lang=en&%zz=1", "GET /nothing?lang=en", "DELETE /?lang=en", "POST /check?year=abc&lang=en")) {
                Raw page = raw(port, request + close + "Content-Length: 0\r\n\r\n");
                assertThat(page.head()).as(request).containsIgnoringCase("content-type: text/html");
                assertThat(page.body()).as(request).contains("<html lang=\"en\">", "Back to the upload page").doesNotContainPattern("\\p{IsHan}[^\\n]*</h1>");
                assertThat(org.jsoup.Jsoup.parse(page.body()).select("h1, p.error").text()).as(request).doesNotContainPattern("\\p{IsHan}").isNotBlank();
            }
            Raw unreadable = raw(port, "POST /check?name=a.txt&lang=en" + close + "Content-Length: 1\r\n\r\nx");
            assertThat(unreadable.status()).isEqualTo(422);
            // the heading a report must have is named as a report writes it
            assertThat(org.jsoup.Jsoup.parse(unreadable.body()).select("h1, p.error").text().replace("一、总体情况", "…"))
                .startsWith("The report could not be read No report could be read: a.txt: ").doesNotContainPattern("\\p{IsHan}|；");
            assertThat(Served.json(served.get("/api/nothing")).get("error").asText()).isEqualTo("没有这个页面：/api/nothing");
        }
    }

    @Test
    void twoChecksPastTheTimeLimitAreStoppedAndTheNextIsAnsweredAtOnce() throws Exception {
        Path rules = TestSupport.copyRules(tmp.resolve("rules"));
        // no loop (the guard refuses loops), but 2^62 calls for the report named slow.txt only
        Files.writeString(rules.resolve("slow.drl"), """
            package rules.slow
            import org.ogicheck.model.*

            function long grow(int n) {
                return n <= 0 ? 1 : grow(n - 1) + grow(n - 1);
            }

            rule "SLOW-001 never ends"
                @id("SLOW-001") @severity("INFO") @category("quality") @weight(0) @since("2026") @basis("-")
            when
                Report(source == "slow.txt")
                eval(grow(62) > 0)
            then
            end
            """);
        TestSupport.addMessage(rules, "SLOW-001", "很慢");
        byte[] report = Files.readAllBytes(HONGZE);
        try (Served served = Served.withTimeout(Duration.ofSeconds(2), rules)) {
            long t0 = System.nanoTime();
            CompletableFuture<HttpResponse<String>> a = served.client.sendAsync(slowCheck(served, report), HttpResponse.BodyHandlers.ofString());
            CompletableFuture<HttpResponse<String>> b = served.client.sendAsync(slowCheck(served, report), HttpResponse.BodyHandlers.ofString());
            for (HttpResponse<String> r : List.of(a.get(), b.get())) {
                assertThat(r.statusCode()).as(r.body()).isEqualTo(503);
                assertThat(Served.json(r).get("error").asText()).contains("检查超时");
            }
            double timedOut = (System.nanoTime() - t0) / 1e9;
            assertThat(timedOut).as("both answered at their limit").isLessThan(6);
            // right after: the two workers are free, a normal check is answered at once with its verdict
            long t1 = System.nanoTime();
            HttpResponse<String> ok = served.check("hongze.txt", report);
            double normal = (System.nanoTime() - t1) / 1e9;
            System.out.printf("two slow checks: 503 after %.1f s; the next check: 200 after %.1f s%n", timedOut, normal);
            assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
            assertThat(Served.json(ok).get("scorecard")).isNotNull();
            assertThat(normal).as("answered at once, not after a queue").isLessThan(5);
            // and the runaway rule's workers are really stopped (a second after their interruption)
            long until = System.nanoTime() + 10_000_000_000L;
            while (runaway() && System.nanoTime() < until) Thread.sleep(100);
            assertThat(runaway()).as("a runaway rule's worker still runs").isFalse();
        }
    }

    private static HttpRequest slowCheck(Served served, byte[] report) {
        return HttpRequest.newBuilder(URI.create(served.url("/api/check?name=slow.txt")))
            .POST(HttpRequest.BodyPublishers.ofByteArray(report)).build();
    }

    private static boolean runaway() {
        return Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.isAlive()
            && java.util.Arrays.stream(t.getStackTrace()).anyMatch(f -> f.getMethodName().contains("grow")));
    }
}
