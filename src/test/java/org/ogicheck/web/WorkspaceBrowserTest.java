package org.ogicheck.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.ogicheck.TestSupport;
import org.ogicheck.cli.CliRun;
import org.ogicheck.engine.RuleService;
import org.ogicheck.workspace.Rosters;
import org.ogicheck.workspace.Workspace;

/**
 * The workspace as a person uses it, in a real headless Chromium (Debian's chromium and
 * chromium-driver, installed by .ci/run): the corpus imported as a region with a roster
 * ({@code ogicheck import}), the region page, two findings reviewed, the served rule folder changed and
 * everything re-checked, the review kept and the change listed, the XLSX and DOCX downloaded by the
 * browser and read back. Screenshot: target/workspace-e2e.png.
 */
class WorkspaceBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    @TempDir
    Path dir;

    @Test
    void importReviewRecheckAndDownload() throws Exception {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            fail("this test needs Debian's chromium and chromium-driver (" + CHROMIUM + ", " + CHROMEDRIVER
                + "): apt-get install -y chromium chromium-driver (.ci/run does this)");
        }
        Path rules = TestSupport.copyRules(dir.resolve("rules"));
        Path wsDir = dir.resolve("ws");
        CliRun imported = CliRun.of("import", TestSupport.CORPUS.toString(), "--workspace", wsDir.toString(), "--rules", rules.toString(),
            "--roster", Rosters.corpus(dir.resolve("roster.xlsx")).toString(), "--region", "语料地区");
        assertThat(imported.code()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("新增 15");

        Path downloads = Files.createDirectories(dir.resolve("downloads"));
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toString()).addArguments("--headless=new", "--no-sandbox",
            "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run",
            "--user-data-dir=" + dir.resolve("profile"), "--window-size=1400,3000", "--lang=zh-CN");
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(), "download.prompt_for_download", false,
            "download.directory_upgrade", true, "safebrowsing.enabled", false));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        try (RuleService served = new RuleService(List.of(rules)); Workspace ws = Workspace.open(wsDir, null);
             WebServer server = new WebServer(served, new WebServer.Settings("127.0.0.1", 0, 20L * 1024 * 1024, Duration.ofSeconds(120)),
                 l -> { }, ws, false)) {
            String base = "http://127.0.0.1:" + server.port();
            ChromeDriver browser = new ChromeDriver(service, options);
            try {
                WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(180));
                browser.get(base + "/region");
                assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("语料地区 地区概览");
                WebElement coverage = browser.findElement(By.id("coverage-table"));
                assertThat(coverage.findElement(By.xpath(".//tr[td[1]='" + Rosters.MISSING + "']")).getText()).contains("未发布");
                assertThat(browser.findElements(By.cssSelector("#ranking-table tr"))).hasSizeGreaterThan(8);
                assertThat(browser.findElements(By.cssSelector("#heatmap svg rect.cell"))).isNotEmpty();
                assertThat(browser.findElements(By.cssSelector("#trends svg g.trend"))).isNotEmpty();
                assertThat(browser.findElement(By.id("duplicates")).findElement(By.xpath("following-sibling::ul[1]")).getText())
                    .contains("同一报告的不同格式");
                shot(browser, "workspace-region.png");

                // review two findings of 2023 洪泽区 (the text file)
                browser.get(base + "/reports");
                browser.findElement(By.xpath("//table[@id='reports']//tr[td[4]='2023_hongzequ_county.txt']//a")).click();
                wait.until(ExpectedConditions.presenceOfElementLocated(By.id("findings")));
                String reportUrl = browser.getCurrentUrl();
                WebElement lit = browser.findElement(By.xpath("//table[@id='findings']//tr[@data-rule='LIT-001'][1]"));
                String litKey = lit.getAttribute("data-key");
                new Select(lit.findElement(By.name("decision"))).selectByValue("dismiss");
                lit.findElement(By.name("reason")).sendKeys("总计栏按原件核对无误");
                lit.findElement(By.cssSelector("button[type=submit]")).click();
                wait.until(ExpectedConditions.textToBePresentInElementLocated(By.xpath("//tr[@data-key='" + litKey + "']/td[@class='decision']"),
                    "不予采纳：总计栏按原件核对无误"));
                WebElement fmt = browser.findElement(By.xpath("//table[@id='findings']//tr[@data-rule='FMT-003'][1]"));
                String fmtKey = fmt.getAttribute("data-key");
                new Select(fmt.findElement(By.name("decision"))).selectByValue("confirm");
                fmt.findElement(By.name("note")).sendKeys("请整改行标签");
                fmt.findElement(By.cssSelector("button[type=submit]")).click();
                wait.until(ExpectedConditions.textToBePresentInElementLocated(By.xpath("//tr[@data-key='" + fmtKey + "']/td[@class='decision']"), "确认"));
                double checked = Double.parseDouble(browser.findElement(By.cssSelector("#score-checked b")).getText());
                double reviewed = Double.parseDouble(browser.findElement(By.cssSelector("#score-reviewed b")).getText());
                assertThat(reviewed).isGreaterThan(checked);

                // change the served rule folder (GOV-001 goes), wait for the reload, re-check everything
                long generation = served.generation();
                Files.delete(rules.resolve("government.drl"));
                long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
                while (served.generation() == generation && System.nanoTime() < until) Thread.sleep(200);
                assertThat(served.generation()).as("the served rules reloaded").isGreaterThan(generation);
                browser.get(base + "/reports");
                browser.findElement(By.id("recheck")).click();
                wait.until(ExpectedConditions.presenceOfElementLocated(By.id("changes")));
                String changes = browser.findElement(By.xpath("//ul[@id='changes']/li[a[contains(.,'2023_hongzequ_county.txt')]]")).getText();
                assertThat(changes).contains("消失 3 项").contains("− GOV-001");

                browser.get(reportUrl);
                assertThat(browser.findElement(By.xpath("//tr[@data-key='" + litKey + "']/td[@class='decision']")).getText())
                    .startsWith("不予采纳：总计栏按原件核对无误");
                assertThat(browser.findElement(By.id("check-diff")).getText()).contains("− GOV-001");
                assertThat(browser.findElements(By.cssSelector("#checks tr"))).hasSize(3);
                shot(browser, "workspace-e2e.png");

                // the downloads, saved by the browser and read back
                browser.get(base + "/region");
                browser.findElement(By.id("download-xlsx")).click();
                Path xlsx = waitForFile(downloads, ".xlsx");
                browser.findElement(By.id("download-docx")).click();
                Path docx = waitForFile(downloads, ".docx");
                try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(Files.readAllBytes(xlsx)))) {
                    Sheet dis = wb.getSheet("不予采纳");
                    assertThat(dis.getLastRowNum()).isEqualTo(1);
                    assertThat(dis.getRow(1).getCell(2).getStringCellValue()).isEqualTo("LIT-001");
                    assertThat(dis.getRow(1).getCell(5).getStringCellValue()).isEqualTo("总计栏按原件核对无误");
                    assertThat(wb.getSheet("发布情况")).isNotNull();
                }
                try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(Files.readAllBytes(docx)));
                     XWPFWordExtractor x = new XWPFWordExtractor(doc)) {
                    assertThat(x.getText()).startsWith("语料地区政府信息公开工作年度报告检查情况简报").contains(Rosters.MISSING);
                }
            } finally {
                browser.quit();
            }
        }
    }

    private static Path waitForFile(Path folder, String suffix) throws Exception {
        long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < until) {
            try (var s = Files.list(folder)) {
                var f = s.filter(p -> p.getFileName().toString().endsWith(suffix)).findFirst();
                if (f.isPresent() && Files.size(f.get()) > 0) return f.get();
            }
            Thread.sleep(200);
        }
        fail("the browser saved no " + suffix + " file in " + folder);
        return null;
    }

    private static void shot(ChromeDriver browser, String name) throws Exception {
        Files.createDirectories(Path.of("target"));
        Files.copy(((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath(), Path.of("target", name), StandardCopyOption.REPLACE_EXISTING);
    }
}
