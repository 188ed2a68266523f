package org.ogicheck.bench;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One report checked by a fresh JVM, timed from process start to exit: the release launcher
 * ({@code src/release/ogicheck check fixtures/reports/2020_jianggan_amr_department.txt}, the script the
 * zips carry, with its flags and AppCDS archive, the jar given by OGICHECK_JAR), or without the script
 * {@code java FLAGS -jar target/ogicheck.jar check …}.
 */
final class ColdStart {
    static final String REPORT = "fixtures/reports/2020_jianggan_amr_department.txt";
    /** the launcher's defaults, used when its script cannot be read */
    static final String DEFAULT_FLAGS = "-Xmx1g -XX:+UseSerialGC -XX:TieredStopAtLevel=1";

    private final Path dir;
    private final List<String> command;

    /** the release launcher's variables (OGICHECK_HOME, OGICHECK_JAR), empty without the launcher */
    private final java.util.Map<String, String> env;

    private ColdStart(Path dir, List<String> command) {
        this(dir, command, java.util.Map.of());
    }

    private ColdStart(Path dir, List<String> command, java.util.Map<String, String> env) {
        this.dir = dir;
        this.command = command;
        this.env = env;
    }

    /**
     * the command with other arguments and these JVM flags: through the launcher as OGICHECK_JAVA_OPTS (it
     * then uses no archive, as for any flags of one's own), else after the launcher's flags
     */
    ProcessBuilder with(List<String> args, String javaOpts) {
        List<String> cmd;
        if (env.isEmpty()) {
            cmd = command(Arrays.asList(javaOpts.split(" ")), args);
        } else {
            cmd = new ArrayList<>(command.subList(0, 2));
            cmd.addAll(args);
        }
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile());
        pb.environment().putAll(env);
        if (!env.isEmpty()) pb.environment().put("OGICHECK_JAVA_OPTS", javaOpts);
        return pb;
    }

    Path dir() {
        return dir;
    }

    List<String> command() {
        return command;
    }

    /** the jar beside the running code, or target/ogicheck.jar; null when there is none */
    static ColdStart locate() {
        Path jar = null;
        try {
            Path code = Path.of(ColdStart.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isRegularFile(code) && code.toString().endsWith(".jar")) jar = code;
            else if (Files.isDirectory(code) && Files.isRegularFile(code.resolveSibling("ogicheck.jar"))) jar = code.resolveSibling("ogicheck.jar");
        } catch (URISyntaxException | SecurityException | NullPointerException ignored) {
            // fall back to target/
        }
        if (jar == null && Files.isRegularFile(Path.of("target", "ogicheck.jar"))) jar = Path.of("target", "ogicheck.jar");
        if (jar == null) return null;
        jar = jar.toAbsolutePath().normalize();
        // the project folder: the one holding target/ (rules/, fixtures/ and the launcher are there)
        Path dir = jar.getParent().getParent();
        if (dir == null || !Files.isRegularFile(dir.resolve(REPORT))) dir = Path.of("").toAbsolutePath();
        if (!Files.isRegularFile(dir.resolve(REPORT))) return null;
        Path launcher = dir.resolve("src/release/ogicheck");
        if (Files.isRegularFile(launcher) && !System.getProperty("os.name").startsWith("Windows")) {
            return new ColdStart(dir, List.of("bash", launcher.toString(), "check", REPORT),
                java.util.Map.of("OGICHECK_HOME", dir.toString(), "OGICHECK_JAR", jar.toString()));
        }
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(flags(dir, jar));
        cmd.addAll(List.of("-jar", jar.toString(), "check", REPORT));
        return new ColdStart(dir, cmd);
    }

    /**
     * the JVM flags the launcher would use: OGICHECK_JAVA_OPTS when set, else the default written
     * in the launcher script, plus its class-data archive (target/ogicheck.jsa) when it uses one
     */
    static List<String> flags(Path dir, Path jar) {
        String env = System.getenv("OGICHECK_JAVA_OPTS");
        String flags = DEFAULT_FLAGS;
        Path script = dir.resolve("ogicheck");
        String text = "";
        try {
            if (Files.isRegularFile(script)) text = Files.readString(script);
        } catch (IOException ignored) {
            // keep the defaults
        }
        Matcher m = Pattern.compile("OGICHECK_JAVA_OPTS:-([^}]*)}").matcher(text);
        if (m.find()) flags = m.group(1).trim();
        boolean cds = text.contains("SharedArchiveFile");
        if (env != null && !env.isBlank()) {
            flags = env.trim();
            cds = false;
        }
        List<String> out = new ArrayList<>(Arrays.asList(flags.split("\\s+")));
        if (cds) {
            out.addAll(QUIET);
            out.add("-XX:SharedArchiveFile=" + dir.relativize(archive(jar)));
        }
        return out;
    }

    private static final List<String> QUIET = List.of("-Xlog:cds=off", "-Xlog:cds+dynamic=off");

    static Path archive(Path jar) {
        return jar.resolveSibling("ogicheck.jsa");
    }

    /** as the launcher does after a build: one training run that writes the archive, when it is missing or older than the jar */
    private void ensureArchive() throws IOException, InterruptedException {
        String flag = command.stream().filter(a -> a.startsWith("-XX:SharedArchiveFile=")).findFirst().orElse(null);
        if (flag == null) return;
        Path jsa = dir.resolve(flag.substring(flag.indexOf('=') + 1));
        Path jar = dir.resolve(command.get(command.indexOf("-jar") + 1));
        if (Files.isRegularFile(jsa) && Files.getLastModifiedTime(jsa).compareTo(Files.getLastModifiedTime(jar)) >= 0) return;
        Path tmp = jsa.resolveSibling(jsa.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
        List<String> train = new ArrayList<>();
        for (String a : command) train.add(a.equals(flag) ? "-XX:ArchiveClassesAtExit=" + dir.relativize(tmp) : a);
        run(train);
        if (Files.isRegularFile(tmp) && Files.size(tmp) > 0) {
            Files.move(tmp, jsa, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } else {
            Files.deleteIfExists(tmp);
        }
    }

    /** the launcher's command with more JVM flags and other arguments than the cold check's */
    List<String> command(List<String> jvm, List<String> args) {
        // the flags after the launcher's (the last -Xmx counts)
        int jar = command.indexOf("-jar");
        List<String> out = new ArrayList<>(command.subList(0, jar));
        out.addAll(jvm);
        out.addAll(command.subList(jar, jar + 2));
        out.addAll(args);
        return out;
    }

    /** each run's seconds from start to exit, and its CPU seconds (user + sys; -1 where not known) */
    record Runs(double[] wall, double[] cpu) {
    }

    /** n runs, after one untimed run (file cache, archive) */
    Runs measure(int n) throws IOException, InterruptedException {
        // the launcher makes its archive on its first run (untimed)
        if (env.isEmpty()) ensureArchive();
        run(command);
        double[] wall = new double[n];
        double[] cpu = new double[n];
        for (int i = 0; i < n; i++) {
            double c0 = Cpu.children();
            wall[i] = run(command);
            double c1 = Cpu.children();
            cpu[i] = c0 < 0 || c1 < 0 ? -1 : c1 - c0;
        }
        return new Runs(wall, cpu);
    }

    private double run(List<String> command) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
        pb.environment().putAll(env);
        pb.environment().remove("OGICHECK_JAVA_OPTS");
        pb.redirectOutput(ProcessBuilder.Redirect.to(new File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null")))
            .redirectError(ProcessBuilder.Redirect.PIPE);
        long t0 = System.nanoTime();
        Process p = pb.start();
        byte[] err = p.getErrorStream().readAllBytes();
        int code = p.waitFor();
        double s = (System.nanoTime() - t0) / 1e9;
        if (code != 0 && code != 1) {
            throw new IOException("cold run exited with " + code + ": " + new String(err).strip());
        }
        return s;
    }
}
