package org.ogicheck.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.openqa.selenium.PageLoadStrategy;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.ogicheck.read.TextReader;

/**
 * The forms in which a person pastes a report, made from the corpus files, for tests that must give
 * the same findings on them as on the original:
 * <ul>
 * <li>{@link #tabRows(String)}: a corpus text report with its {@code cell | cell |} rows as TAB-separated
 * rows, as a table copied out of Excel or WPS arrives;</li>
 * <li>{@link #labelThenNumbers(String)}: a corpus text report with each table row as labels on lines of
 * their own and the numbers after them, no TAB (what some pages and PDF viewers copy);</li>
 * <li>{@link #innerText(Path)}: an HTML page as a browser copies it when the whole page is selected —
 * headless Chromium's {@code document.body.innerText}, site navigation and footer included. One
 * Chromium serves the whole test JVM; the text is also kept in {@code target/paste-cache/} by the
 * page's SHA-256, so later runs do not start Chromium for a page they have seen.</li>
 * <li>{@link #printed(Path)}: an HTML page as the browser saves it as PDF (Print, Save as PDF), with the
 * browser's running head (date, the page's title) and foot (its address, "3/9") on every page; kept in
 * {@code target/print-cache/} by the page's SHA-256.</li>
 * </ul>
 * Chromium and chromedriver are Debian's (chromium, chromium-driver), installed by {@code .ci/run}.
 */
public final class Variants {
    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path CACHE = Path.of("target", "paste-cache");
    private static final Path PRINT_CACHE = Path.of("target", "print-cache");
    private static final Map<String, String> TEXTS = new ConcurrentHashMap<>();
    private static ChromeDriver browser;
    private static Path profile;

    private Variants() {
    }

    /**
     * The report with every {@code cell | cell | … |} row turned into its cells joined by TABs (the
     * trailing {@code ||} runs of merged headers dropped, as the text reader does); other lines unchanged.
     */
    public static String tabRows(String corpusText) {
        StringBuilder out = new StringBuilder();
        for (String line : corpusText.split("\r\n|\r|\n", -1)) {
            if (line.indexOf('|') >= 0) out.append(String.join("\t", TextReader.splitRow(line.strip())));
            else out.append(line);
            out.append('\n');
        }
        return out.toString();
    }

    /**
     * The report as Markdown, as an AI tool, a Markdown editor or a wiki writes it: the section headings
     * {@code 一、…} in turn as {@code ## 一、…} and {@code **一、…**}, a short {@code （一）…} heading as
     * {@code ### （一）…}, a long one as a bold run-in ({@code **（一）基本情况今年**，…}: the bold ends at the first
     * comma, full stop, semicolon or colon, or after 8 characters), every run of {@code cell | cell |} rows a Markdown
     * table ({@code | cell | cell |}, its first row the header and a {@code |---|} delimiter row after it, a bar
     * inside a cell escaped {@code \|}); other lines unchanged.
     */
    public static String markdown(String corpusText) {
        StringBuilder out = new StringBuilder();
        boolean inTable = false;
        int sections = 0;
        for (String line : corpusText.split("\r\n|\r|\n", -1)) {
            String t = line.strip();
            if (t.indexOf('|') >= 0) {
                List<String> cells = TextReader.splitRow(t);
                out.append(markdownRow(cells)).append('\n');
                if (!inTable) out.append(markdownRow(java.util.Collections.nCopies(Math.max(1, cells.size()), "---"))).append('\n');
                inTable = true;
                continue;
            }
            inTable = false;
            if (t.matches("[一二三四五六七八九十]+、.{1,40}")) {
                out.append(sections++ % 2 == 0 ? "## " + t : "**" + t + "**");
            } else if (t.matches("（[一二三四五六七八九十]+）.*")) {
                out.append(t.length() <= 20 ? "### " + t : runIn(t));
            } else {
                out.append(line);
            }
            out.append('\n');
        }
        return out.toString();
    }

    private static String markdownRow(List<String> cells) {
        StringBuilder row = new StringBuilder("|");
        for (String c : cells) row.append(' ').append(c.replace("|", "\\|")).append(" |");
        return row.toString();
    }

    private static String runIn(String line) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("[，。；：,]").matcher(line);
        int end = m.find(4) && m.start() <= 20 ? m.start() : 8;
        String head = line.substring(0, end);
        return head.strip().equals(head) ? "**" + head + "**" + line.substring(end) : line;
    }

    /** {@link #markdown(String)} of a corpus file (UTF-8) */
    public static String markdown(Path corpusTextFile) {
        try {
            return markdown(Files.readString(corpusTextFile, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@link #tabRows(String)} of a corpus file (UTF-8) */
    public static String tabRows(Path corpusTextFile) {
        try {
            return tabRows(Files.readString(corpusTextFile, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The report with each {@code cell | cell | … |} row given as a page or PDF viewer copies it without
     * TABs: every non-blank cell that is not a number on a line of its own, the row's numbers after its
     * labels — on one line apart by spaces in one row, one number a line in the next (both forms occur).
     * Blank cells vanish, as they do in such a copy.
     */
    public static String labelThenNumbers(String corpusText) {
        StringBuilder out = new StringBuilder();
        int row = 0;
        for (String line : corpusText.split("\r\n|\r|\n", -1)) {
            if (line.indexOf('|') < 0) {
                out.append(line).append('\n');
                continue;
            }
            boolean oneLine = row++ % 2 == 0;
            List<String> numbers = new ArrayList<>();
            for (String cell : TextReader.splitRow(line.strip())) {
                if (cell.isBlank()) continue;
                if (cell.strip().matches("[-+]?[0-9][0-9,]*(\\.[0-9]+)?")) {
                    numbers.add(cell.strip());
                    continue;
                }
                flush(out, numbers, oneLine);
                out.append(cell.strip()).append('\n');
            }
            flush(out, numbers, oneLine);
        }
        return out.toString();
    }

    private static void flush(StringBuilder out, List<String> numbers, boolean oneLine) {
        if (numbers.isEmpty()) return;
        out.append(String.join(oneLine ? " " : "\n", numbers)).append('\n');
        numbers.clear();
    }

    /** {@link #labelThenNumbers(String)} of a corpus file (UTF-8) */
    public static String labelThenNumbers(Path corpusTextFile) {
        try {
            return labelThenNumbers(Files.readString(corpusTextFile, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** whether this machine has the Chromium that {@link #innerText(Path)} needs */
    public static boolean chromiumInstalled() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    /** the page as headless Chromium's {@code document.body.innerText} gives it (what select-all and copy gives) */
    public static String innerText(Path html) {
        try {
            byte[] bytes = Files.readAllBytes(html);
            String key = sha256(bytes);
            return TEXTS.computeIfAbsent(key, k -> fromCacheOrBrowser(k, html));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String fromCacheOrBrowser(String key, Path html) {
        Path cached = CACHE.resolve(key + ".txt");
        try {
            if (Files.isRegularFile(cached)) return Files.readString(cached, StandardCharsets.UTF_8);
            String text = browse(html);
            Files.createDirectories(CACHE);
            Path tmp = Files.createTempFile(CACHE, key, ".tmp");
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            Files.move(tmp, cached, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            return text;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * the page as headless Chromium prints it to PDF with the print dialog's defaults (A4 here; headers and
     * footers on: date and title at the top, address and page number at the bottom of every page)
     */
    public static byte[] printed(Path html) {
        try {
            byte[] bytes = Files.readAllBytes(html);
            Path cached = PRINT_CACHE.resolve(sha256(bytes) + ".pdf");
            if (Files.isRegularFile(cached)) return Files.readAllBytes(cached);
            byte[] pdf = print(html);
            Files.createDirectories(PRINT_CACHE);
            Path tmp = Files.createTempFile(PRINT_CACHE, "print", ".tmp");
            Files.write(tmp, pdf);
            Files.move(tmp, cached, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            return pdf;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static synchronized byte[] print(Path html) throws IOException {
        ChromeDriver b = browser();
        b.get(html.toAbsolutePath().normalize().toUri().toString());
        Map<String, Object> a4 = Map.of("displayHeaderFooter", true, "paperWidth", 8.27, "paperHeight", 11.69);
        Object data = b.executeCdpCommand("Page.printToPDF", a4).get("data");
        return java.util.Base64.getDecoder().decode(data.toString());
    }

    private static synchronized String browse(Path html) throws IOException {
        ChromeDriver b = browser();
        b.get(html.toAbsolutePath().normalize().toUri().toString());
        Object text = b.executeScript("return document.body.innerText;");
        return text == null ? "" : text.toString();
    }

    private static synchronized ChromeDriver browser() throws IOException {
        if (!chromiumInstalled()) {
            throw new AssertionError("this test needs Debian's chromium and chromium-driver (" + CHROMIUM + ", " + CHROMEDRIVER
                + "): apt-get install -y chromium chromium-driver (.ci/run does this)");
        }
        if (browser == null) {
            profile = Files.createTempDirectory("ogicheck-chromium");
            ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toString()).addArguments("--headless=new", "--no-sandbox",
                "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run",
                "--user-data-dir=" + profile, "--window-size=1280,4000", "--lang=zh-CN", "--blink-settings=imagesEnabled=false");
            // the corpus pages link scripts and styles of their sites: do not wait for them
            options.setPageLoadStrategy(PageLoadStrategy.EAGER);
            ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
            browser = new ChromeDriver(service, options);
            browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
            Runtime.getRuntime().addShutdownHook(new Thread(Variants::quit));
        }
        return browser;
    }

    private static synchronized void quit() {
        if (browser != null) {
            browser.quit();
            browser = null;
        }
    }

    /** the lines of a text, for assertions */
    public static List<String> lines(String text) {
        return new ArrayList<>(List.of(text.split("\n", -1)));
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
