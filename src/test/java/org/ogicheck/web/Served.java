package org.ogicheck.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.ogicheck.cli.CliRun;
import org.ogicheck.engine.RuleService;

/** A server started for one test on a free port of 127.0.0.1, with a client and what the server logged. */
final class Served implements AutoCloseable {
    static final ObjectMapper JSON = new ObjectMapper();
    static final long MB = 1024 * 1024;
    private static final Map<Path, JsonNode> CLI = new HashMap<>();

    final RuleService rules;
    final WebServer server;
    final List<String> log = Collections.synchronizedList(new ArrayList<>());
    final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private Served(List<Path> ruleDirs, Duration timeout) throws Exception {
        this(ruleDirs, timeout, WebServer.Limits.DEFAULT);
    }

    private Served(List<Path> ruleDirs, Duration timeout, WebServer.Limits limits) throws Exception {
        rules = new RuleService(ruleDirs);
        server = new WebServer(rules, new WebServer.Settings("127.0.0.1", 0, 20 * MB, timeout, limits), log::add);
    }

    /** the project's rules with other limits against slow or many clients */
    static Served withLimits(WebServer.Limits limits) throws Exception {
        return new Served(List.of(Path.of("rules")), Duration.ofSeconds(30), limits);
    }

    /** these rule folders with another time limit per check */
    static Served withTimeout(Duration timeout, Path... ruleDirs) throws Exception {
        return new Served(List.of(ruleDirs), timeout);
    }

    static Served start(Path... ruleDirs) throws Exception {
        return new Served(ruleDirs.length == 0 ? List.of(Path.of("rules")) : List.of(ruleDirs), Duration.ofSeconds(30));
    }

    /** the project's rules with another time limit per check */
    static Served withTimeout(Duration timeout) throws Exception {
        return new Served(List.of(Path.of("rules")), timeout);
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.port() + path;
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(url(path))).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** the report as the raw body of POST /api/check */
    HttpResponse<String> check(String name, byte[] report) throws IOException, InterruptedException {
        return post("/api/check?name=" + name, "application/octet-stream", report);
    }

    HttpResponse<String> post(String path, String contentType, byte[] body) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(url(path))).header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** a multipart form with one file field {@code file} */
    HttpResponse<String> postFile(String path, String fileName, byte[] data) throws IOException, InterruptedException {
        return postFiles(path, fileName, data);
    }

    /** the files (name, bytes, in turn) as the {@code file} fields of one multipart upload */
    HttpResponse<String> postFiles(String path, Object... namesAndBytes) throws IOException, InterruptedException {
        String boundary = "----ogicheck-test-boundary";
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        for (int i = 0; i < namesAndBytes.length; i += 2) {
            b.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + namesAndBytes[i]
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            b.writeBytes((byte[]) namesAndBytes[i + 1]);
            b.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        b.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return post(path, "multipart/form-data; boundary=" + boundary, b.toByteArray());
    }

    static JsonNode json(HttpResponse<String> r) throws IOException {
        return JSON.readTree(r.body());
    }

    /** the rule IDs of a JSON result, sorted */
    static List<String> ids(JsonNode result) {
        List<String> out = new ArrayList<>();
        for (JsonNode f : result.get("findings")) out.add(f.get("ruleId").asText());
        Collections.sort(out);
        return out;
    }

    /** what `ogicheck check --format json` says of the file with the project's rules, run once per test JVM */
    static synchronized JsonNode cli(Path report) throws IOException {
        JsonNode known = CLI.get(report);
        if (known == null) CLI.put(report, known = cli(report, new String[0]));
        return known;
    }

    /** what `ogicheck check --format json ARGS… FILE` says */
    static JsonNode cli(Path report, String... args) throws IOException {
        List<String> a = new ArrayList<>(List.of("check", "--format", "json"));
        a.addAll(List.of(args));
        a.add(report.toString());
        CliRun r = CliRun.of(a.toArray(String[]::new));
        assertThat(r.code()).as(r.err()).isIn(0, 1);
        return JSON.readTree(r.out());
    }

    /** every report of the shared corpus: text, HTML and PDF */
    static List<Path> corpus() throws IOException {
        List<Path> out = new ArrayList<>();
        for (String d : List.of("text", "html", "pdf")) {
            try (Stream<Path> s = Files.list(Path.of("..", "shared", "corpus", d))) {
                out.addAll(s.sorted().toList());
            }
        }
        return out;
    }

    /** a copy of the project's rules to edit while serving */
    static Path copyRules(Path tmp) throws IOException {
        Path rules = tmp.resolve("rules");
        Files.createDirectories(rules);
        try (Stream<Path> s = Files.list(Path.of("rules"))) {
            for (Path p : s.toList()) Files.copy(p, rules.resolve(p.getFileName()));
        }
        return rules;
    }

    static void await(BooleanSupplier cond) throws InterruptedException {
        // generous: a pack is recompiled on a loaded CI machine (load average 17 measured here) — a wait, not a speed test
        long end = System.currentTimeMillis() + 90_000;
        while (!cond.getAsBoolean() && System.currentTimeMillis() < end) Thread.sleep(50);
        assertThat(cond.getAsBoolean()).as("condition reached within 90 s").isTrue();
    }

    @Override
    public void close() throws IOException {
        server.close();
        rules.close();
    }
}
