package org.ogicheck.release;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each release zip made by `mvn package`, unpacked in a temp folder and run on the bundled report from elsewhere. */
class ReleaseIT {
    private static final Path TARGET = Path.of("target");

    @TempDir
    Path tmp;

    private static Path zip(boolean linux) throws IOException {
        try (Stream<Path> s = Files.list(TARGET)) {
            return s.filter(p -> p.getFileName().toString().matches("ogicheck-.+\\.zip"))
                .filter(p -> p.getFileName().toString().endsWith("-linux-x64.zip") == linux)
                .findFirst().orElseThrow(() -> new AssertionError("no release zip in target/ (linux-x64: " + linux + ")"));
        }
    }

    private record Run(int code, String out) {
    }

    private Run run(Path cwd, Map<String, String> env, String... cmd) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(cwd.toFile()).redirectErrorStream(true);
        pb.environment().put("OGICHECK_CACHE", tmp.resolve("cache").toString());
        pb.environment().putAll(env);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), out);
    }

    /** unpacks with the system's unzip, which keeps the launchers' executable bits */
    private Path unpack(Path zip) throws Exception {
        Path into = Files.createDirectories(tmp.resolve(zip.getFileName().toString().replace(".zip", "")));
        Run r = run(into, Map.of(), "unzip", "-q", zip.toAbsolutePath().toString());
        assertThat(r.code()).as(r.out()).isZero();
        try (Stream<Path> s = Files.list(into)) {
            return s.findFirst().orElseThrow();
        }
    }

    private void checksTheBundledReport(Path home, Map<String, String> env) throws Exception {
        Path report = home.resolve("fixtures/reports/2020_jianggan_amr_department.txt");
        for (int i = 0; i < 2; i++) {
            Run r = run(tmp, env, home.resolve("ogicheck").toString(), "check", report.toString());
            assertThat(r.code()).as(r.out()).isZero();
            assertThat(r.out()).contains("评分 99.25 / 100", "A20-006").doesNotContain("Exception");
        }
        assertThat(home.resolve("ogicheck.jsa")).as("the first run made the class-data archive").exists();
    }

    @Test
    void linuxZipRunsWithItsOwnRuntime() throws Exception {
        Path home = unpack(zip(true));
        Run version = run(tmp, Map.of(), home.resolve("runtime/bin/java").toString(), "-version");
        assertThat(version.out()).contains("17.");
        // no Java of the system is reachable: PATH holds only the tools the launcher uses, so the bundled runtime must do
        Path bin = Files.createDirectories(tmp.resolve("bin"));
        for (String tool : List.of("bash", "dirname", "cat", "mv", "rm")) {
            Path real = Stream.of("/usr/bin/", "/bin/").map(d -> Path.of(d + tool)).filter(Files::isExecutable).findFirst().orElseThrow();
            Path wrapper = Files.writeString(bin.resolve(tool), "#!/bin/sh\nexec " + real + " \"$@\"\n");
            assertThat(wrapper.toFile().setExecutable(true)).isTrue();
        }
        Map<String, String> env = Map.of("JAVA_HOME", tmp.resolve("no-java").toString(), "PATH", bin.toString());
        checksTheBundledReport(home, env);
        servesTheBundledReport(home, env);
    }

    /**
     * The web server of the release (Javalin and Jetty from the shaded jar, on the jlink runtime): started on a free
     * port, it answers /health and checks the bundled report through the API, then is stopped.
     */
    private void servesTheBundledReport(Path home, Map<String, String> env) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(home.resolve("ogicheck").toString(), "serve", "--port", "0")
            .directory(tmp.toFile()).redirectErrorStream(true);
        pb.environment().put("OGICHECK_CACHE", tmp.resolve("cache").toString());
        pb.environment().putAll(env);
        Process p = pb.start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            String line;
            Matcher m = null;
            while ((line = out.readLine()) != null) {
                m = Pattern.compile("ogicheck serve: (http://127\\.0\\.0\\.1:\\d+/)").matcher(line);
                if (m.find()) break;
                assertThat(line).doesNotContain("Exception");
            }
            assertThat(line).as("the server said where it listens").isNotNull();
            String base = m.group(1);
            HttpClient client = HttpClient.newHttpClient();
            HttpResponse<String> health = client.send(HttpRequest.newBuilder(URI.create(base + "health")).build(),
                HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).contains("\"status\":\"ok\"");
            HttpResponse<String> check = client.send(HttpRequest.newBuilder(URI.create(base + "api/check?name=jianggan.txt"))
                .POST(HttpRequest.BodyPublishers.ofFile(home.resolve("fixtures/reports/2020_jianggan_amr_department.txt"))).build(),
                HttpResponse.BodyHandlers.ofString());
            assertThat(check.statusCode()).as(check.body()).isEqualTo(200);
            assertThat(check.body()).contains("A20-006").containsPattern("\"score\" ?: ?99.25");
        } finally {
            p.destroy();
            assertThat(p.waitFor(20, TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    void anyOsZipRunsWithTheInstalledJavaAndHasAWindowsLauncher() throws Exception {
        Path home = unpack(zip(false));
        assertThat(home.resolve("runtime")).doesNotExist();
        assertThat(home.resolve("rules")).isDirectory();
        checksTheBundledReport(home, Map.of());
        String cmd = Files.readString(home.resolve("ogicheck.cmd"));
        assertThat(cmd).contains("\r\n", "-jar \"%HERE%ogicheck.jar\" %*");
        List<String> lines = new ArrayList<>(cmd.lines().toList());
        assertThat(lines.get(0)).isEqualTo("@echo off");
    }
}
