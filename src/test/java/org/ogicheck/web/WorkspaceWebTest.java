package org.ogicheck.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ogicheck.TestSupport;
import org.ogicheck.engine.RuleService;
import org.ogicheck.pipeline.Input;
import org.ogicheck.pipeline.Pipeline;
import org.ogicheck.pipeline.Settings;
import org.ogicheck.workspace.Accounts;
import org.ogicheck.workspace.Rosters;
import org.ogicheck.workspace.Workspace;

/** The workspace's pages and API over HTTP: stored across a restart, reviews with and without the CSRF token, accounts. */
class WorkspaceWebTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([0-9a-f]+)\"");

    @TempDir
    Path dir;

    /** a browser-like client: keeps its cookies, follows no redirect */
    static final class Client {
        final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).connectTimeout(Duration.ofSeconds(10)).build();
        final int port;

        Client(int port) {
            this.port = port;
        }

        HttpResponse<String> get(String path) throws Exception {
            return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> form(String path, Map<String, String> fields) throws Exception {
            String body = fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
            return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> raw(String path, byte[] body) throws Exception {
            return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
        }

        String csrf(String page) throws Exception {
            Matcher m = CSRF.matcher(get(page).body());
            assertThat(m.find()).as("a CSRF field on " + page).isTrue();
            return m.group(1);
        }
    }

    private static WebServer serve(RuleService rules, Workspace ws, boolean accounts) throws Exception {
        return new WebServer(rules, new WebServer.Settings("127.0.0.1", 0, 20L * 1024 * 1024, Duration.ofSeconds(60)), l -> { }, ws, accounts);
    }

    @Test
    void anUploadIsStoredWithItsCheckAndThereAfterARestartAndAReviewNeedsTheCsrfToken() throws Exception {
        storedAcrossARestart(null);
    }

    @Test
    void theSameOnPostgresql() throws Exception {
        storedAcrossARestart(org.ogicheck.workspace.PgSchemas.fresh());
    }

    private void storedAcrossARestart(String db) throws Exception {
        byte[] report = Files.readAllBytes(TestSupport.corpus("text/2023_hongzequ_county.txt"));
        String id;
        try (RuleService rules = new RuleService(List.of(TestSupport.RULES))) {
            try (Workspace ws = Workspace.open(dir.resolve("ws"), db); WebServer server = serve(rules, ws, false)) {
                Client c = new Client(server.port());
                HttpResponse<String> checked = c.raw("/api/check?name=2023_hongzequ_county.txt", report);
                assertThat(checked.statusCode()).isEqualTo(200);
                assertThat(JSON.readTree(checked.body()).get("scorecard")).isNotNull();
                id = checked.headers().firstValue("X-Ogicheck-Reports").orElseThrow();
                JsonNode list = JSON.readTree(c.get("/api/reports").body()).get("reports");
                assertThat(list).hasSize(1);
                assertThat(list.get(0).get("agency").asText()).isEqualTo("洪泽区人民政府");
                assertThat(list.get(0).get("latestScore").asDouble()).isEqualTo(88.0);
            }
            try (Workspace ws = Workspace.open(dir.resolve("ws"), db); WebServer server = serve(rules, ws, false)) {
                Client c = new Client(server.port());
                JsonNode one = JSON.readTree(c.get("/api/reports/" + id).body());
                assertThat(one.get("year").asInt()).isEqualTo(2023);
                assertThat(one.get("checks")).hasSize(1);
                assertThat(one.get("checks").get(0).get("findings").size()).isGreaterThan(0);
                assertThat(c.get("/reports").body()).contains("2023_hongzequ_county.txt");
                String key = one.get("checks").get(0).get("findings").get(0).get("key").asText();

                HttpResponse<String> forged = c.form("/reports/" + id + "/review", Map.of("key", key, "decision", "dismiss", "reason", "伪造"));
                assertThat(forged.statusCode()).isEqualTo(403);
                HttpResponse<String> wrong = c.form("/reports/" + id + "/review", Map.of("key", key, "decision", "dismiss", "reason", "伪造",
                    "csrf", "00ff"));
                assertThat(wrong.statusCode()).isEqualTo(403);
                assertThat(JSON.readTree(c.get("/api/reports/" + id).body()).get("reviews")).isEmpty();

                String token = c.csrf("/reports/" + id);
                HttpResponse<String> ok = c.form("/reports/" + id + "/review", Map.of("key", key, "decision", "dismiss", "reason", "核对无误",
                    "note", "见原件", "csrf", token));
                assertThat(ok.statusCode()).isEqualTo(303);
                JsonNode reviews = JSON.readTree(c.get("/api/reports/" + id).body()).get("reviews");
                assertThat(reviews).hasSize(1);
                assertThat(reviews.get(0).get("decision").asText()).isEqualTo("dismiss");
                assertThat(reviews.get(0).get("reason").asText()).isEqualTo("核对无误");
                assertThat(reviews.get(0).get("who").asText()).isEqualTo(WorkspacePages.LOCAL_USER);
                String page = c.get("/reports/" + id).body();
                assertThat(page).contains("不予采纳：核对无误");
            }
        }
    }

    @Test
    void aBureauSeesOnlyItsAgencyAndLoginsAreRateLimited() throws Exception {
        try (RuleService rules = new RuleService(List.of(TestSupport.RULES)); Workspace ws = Workspace.open(dir.resolve("ws"), null)) {
            ws.add(List.of(Input.of(TestSupport.corpus("text/2024_hongzequ_county.txt")), Input.of(TestSupport.corpus("text/2024_huaian_city.txt"))),
                new Pipeline(rules.current()), Settings.defaults(), "t", "淮安市", null);
            long hongze = ws.reports(Workspace.Scope.ALL).stream().filter(r -> r.name().startsWith("2024_hongzequ")).findFirst().orElseThrow().id();
            long huaian = ws.reports(Workspace.Scope.ALL).stream().filter(r -> r.name().startsWith("2024_huaian")).findFirst().orElseThrow().id();
            Accounts accounts = new Accounts(ws);
            accounts.add("shi", "regulator-pass", Accounts.Role.REGULATOR, null);
            accounts.add("hongze", "bureau-pass1", Accounts.Role.BUREAU, "淮安市洪泽区人民政府");
            try (WebServer server = serve(rules, ws, true)) {
                Client anon = new Client(server.port());
                assertThat(anon.get("/reports").statusCode()).isEqualTo(303);
                assertThat(anon.get("/reports").headers().firstValue("Location")).hasValue("/login");
                assertThat(anon.get("/api/reports").statusCode()).isEqualTo(401);
                assertThat(anon.get("/api/reports/" + huaian).statusCode()).isEqualTo(401);
                // a login without the login page's token is refused
                assertThat(anon.form("/login", Map.of("name", "hongze", "password", "bureau-pass1")).statusCode()).isEqualTo(403);

                Client bureau = new Client(server.port());
                HttpResponse<String> in = bureau.form("/login", Map.of("name", "hongze", "password", "bureau-pass1", "csrf", bureau.csrf("/login")));
                assertThat(in.statusCode()).isEqualTo(303);
                assertThat(bureau.get("/reports/" + hongze).statusCode()).isEqualTo(200);
                assertThat(bureau.get("/reports/" + huaian).statusCode()).isEqualTo(404);
                assertThat(bureau.get("/api/reports/" + huaian).statusCode()).isEqualTo(404);
                assertThat(bureau.get("/region").statusCode()).isEqualTo(403);
                assertThat(bureau.get("/region.xlsx").statusCode()).isEqualTo(403);
                JsonNode mine = JSON.readTree(bureau.get("/api/reports").body()).get("reports");
                assertThat(mine).hasSize(1);
                assertThat(mine.get(0).get("id").asLong()).isEqualTo(hongze);
                String token = bureau.csrf("/reports/" + hongze);
                String key = JSON.readTree(bureau.get("/api/reports/" + hongze).body()).get("checks").get(0).get("findings").get(0).get("key").asText();
                assertThat(bureau.form("/reports/" + huaian + "/review", Map.of("key", key, "decision", "confirm", "csrf", token)).statusCode())
                    .isEqualTo(404);
                assertThat(bureau.form("/reports/" + hongze + "/review", Map.of("key", key, "decision", "confirm", "csrf", token)).statusCode())
                    .isEqualTo(303);
                assertThat(JSON.readTree(bureau.get("/api/reports/" + hongze).body()).get("reviews").get(0).get("who").asText()).isEqualTo("hongze");

                Client regulator = new Client(server.port());
                regulator.form("/login", Map.of("name", "shi", "password", "regulator-pass", "csrf", regulator.csrf("/login")));
                assertThat(regulator.get("/reports/" + huaian).statusCode()).isEqualTo(200);
                assertThat(JSON.readTree(regulator.get("/api/reports").body()).get("reports")).hasSize(2);
                HttpResponse<String> region = regulator.get("/region");
                assertThat(region.statusCode()).isEqualTo(200);
                assertThat(region.body()).contains("<svg").doesNotContain("<script");

                Client guesser = new Client(server.port());
                List<Integer> codes = new ArrayList<>();
                for (int i = 0; i < 6; i++) {
                    codes.add(guesser.form("/login", Map.of("name", "shi", "password", "guess" + i, "csrf", guesser.csrf("/login"))).statusCode());
                }
                assertThat(codes).containsExactly(401, 401, 401, 401, 401, 429);
                HttpResponse<String> right = guesser.form("/login", Map.of("name", "shi", "password", "regulator-pass", "csrf", guesser.csrf("/login")));
                assertThat(right.statusCode()).as("the right password too is refused while the account is limited").isEqualTo(429);
            }
        }
    }
    /** the words a page writes itself: headings, column names, labels, buttons, choices, placeholders, its navigation */
    private static String own(String page, String... data) {
        org.jsoup.nodes.Document d = org.jsoup.Jsoup.parse(page);
        StringBuilder sb = new StringBuilder();
        d.select("title, h1, h2, th, label, button, option, .kpi, .wsnav a, .downloads a, td.decision, td[class^=sev-], #findings td:nth-child(3), p.error, #changes li, figcaption")
            .forEach(e -> sb.append(e.ownText()).append('\n'));
        d.select("input[placeholder]").forEach(e -> sb.append(e.attr("placeholder")).append('\n'));
        String text = sb.toString();
        for (String x : data) text = text.replace(x, "…");
        return text;
    }

    @Test
    void thePagesSpeakEnglishWhenAsked() throws Exception {
        Pattern cjk = Pattern.compile("\\p{IsHan}");
        Files.createDirectories(dir.resolve("ws"));
        Rosters.corpus(dir.resolve("ws").resolve("roster.xlsx"));
        try (RuleService rules = new RuleService(List.of(TestSupport.RULES)); Workspace ws = Workspace.open(dir.resolve("ws"), null)) {
            ws.add(List.of(Input.of(TestSupport.corpus("text/2023_hongzequ_county.txt")), Input.of(TestSupport.corpus("text/2023_shuyang_fagaiju_department.txt")),
                    Input.of(TestSupport.corpus("html/2023_shuyang_fagaiju_department.html"))),
                new Pipeline(rules.current()), Settings.defaults(), "t", "淮安市", null);
            long id = ws.reports(Workspace.Scope.ALL).get(0).id();
            try (WebServer server = serve(rules, ws, false)) {
                Client c = new Client(server.port());
                String list = c.get("/reports?lang=en").body();
                assertThat(own(list)).contains("Workspace reports", "Upload and check", "Agency").doesNotContainPattern(cjk.pattern());
                assertThat(list).contains("href=\"/reports/" + id + "?lang=en\"", "action=\"/reports/upload?lang=en&csrf=");
                assertThat(c.get("/reports").body()).contains("工作区报告", "上传并检查");

                String report = c.get("/reports/" + id + "?lang=en").body();
                assertThat(own(report, "洪泽区人民政府", "沭阳县发展和改革局")).contains("annual report 2023", "Findings and reviews", "not reviewed",
                    "dismissed", "reason (required to dismiss)").doesNotContainPattern(cjk.pattern());
                assertThat(report).contains("action=\"/reports/" + id + "/review?lang=en\"");

                String region = c.get("/region?lang=en").body();
                assertThat(own(region, "淮安市洪泽区人民政府", "淮安市", "沭阳县发展和改革局")).contains("Regional overview", "Ranking", "not published", "Download the brief (DOCX)")
                    .doesNotContainPattern(cjk.pattern());
                HttpResponse<byte[]> xlsx = c.http.send(java.net.http.HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port()
                    + "/region.xlsx?lang=en")).build(), HttpResponse.BodyHandlers.ofByteArray());
                assertThat(xlsx.headers().firstValue("Content-Disposition").orElseThrow()).contains("regional-overview.xlsx");
                try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx.body()))) {
                    assertThat(wb.getSheet("Ranking")).isNotNull();
                }

                String token = c.csrf("/reports/" + id);
                HttpResponse<String> bad = c.form("/reports/" + id + "/review?lang=en", Map.of("key", "k", "decision", "maybe", "csrf", token));
                assertThat(bad.statusCode()).isEqualTo(400);
                assertThat(own(bad.body())).contains("The decision is confirm, dismiss or comment.").doesNotContainPattern(cjk.pattern());
                HttpResponse<String> noKey = c.form("/reports/" + id + "/review?lang=en", Map.of("key", "k", "decision", "dismiss", "reason", "x",
                    "csrf", token));
                assertThat(noKey.statusCode()).isEqualTo(400);
                assertThat(own(noKey.body())).contains("report " + id + " has no finding with the key k").doesNotContainPattern(cjk.pattern());
                assertThat(c.form("/reports/" + id + "/review", Map.of("key", "k", "decision", "dismiss", "reason", "x", "csrf", token)).body())
                    .contains("报告 " + id + " 没有编号为 k 的问题");
                HttpResponse<String> missing = c.get("/reports/999?lang=en");
                assertThat(missing.statusCode()).isEqualTo(404);
                assertThat(own(missing.body())).contains("No such page: /reports/999").doesNotContainPattern(cjk.pattern());
            }
            new Accounts(ws).add("shi", "regulator-pass", Accounts.Role.REGULATOR, null);
            try (WebServer server = serve(rules, ws, true)) {
                Client anon = new Client(server.port());
                assertThat(anon.get("/reports?lang=en").headers().firstValue("Location")).hasValue("/login?lang=en");
                HttpResponse<String> api = anon.get("/api/reports?lang=en");
                assertThat(api.statusCode()).isEqualTo(401);
                assertThat(JSON.readTree(api.body()).get("error").asText()).isEqualTo("Please log in first.");
                String login = anon.get("/login?lang=en").body();
                assertThat(own(login)).contains("Log in to the workspace", "Password").doesNotContainPattern(cjk.pattern());
                HttpResponse<String> wrong = anon.form("/login?lang=en", Map.of("name", "shi", "password", "nope-nope", "csrf", anon.csrf("/login?lang=en")));
                assertThat(wrong.statusCode()).isEqualTo(401);
                assertThat(own(wrong.body())).contains("Wrong account name or password.").doesNotContainPattern(cjk.pattern());
                HttpResponse<String> in = anon.form("/login?lang=en", Map.of("name", "shi", "password", "regulator-pass", "csrf", anon.csrf("/login?lang=en")));
                assertThat(in.headers().firstValue("Location")).hasValue("/reports?lang=en");
                assertThat(own(anon.get("/reports?lang=en").body())).contains("Log out").doesNotContainPattern(cjk.pattern());
            }
        }
    }
}
