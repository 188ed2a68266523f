package org.ogicheck.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * End to end in a real headless Chromium (Debian's chromium and chromium-driver, which .ci/run
 * installs): upload 2023 洪泽区, see the two LIT-001 findings and the highlighted 总计 cells of
 * section 四, follow the link to LIT-001's page. Screenshot: target/web-e2e.png.
 */
class BrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    @TempDir
    Path profile;

    @Test
    void uploadSeeTheLitigationTotalsAndFollowTheRuleLink() throws Exception {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            fail("this test needs Debian's chromium and chromium-driver (" + CHROMIUM + ", " + CHROMEDRIVER
                + "): apt-get install -y chromium chromium-driver (.ci/run does this)");
        }
        Path report = Path.of("..", "shared", "corpus", "text", "2023_hongzequ_county.txt").toAbsolutePath().normalize();
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toString()).addArguments("--headless=new", "--no-sandbox",
            "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run",
            "--user-data-dir=" + profile, "--window-size=1280,4000", "--lang=zh-CN");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
            .usingAnyFreePort().build();
        try (Served served = Served.start()) {
            ChromeDriver browser = new ChromeDriver(service, options);
            try {
                WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
                browser.get(served.url("/"));
                browser.findElement(By.cssSelector("input[type=file][name=file]")).sendKeys(report.toString());
                browser.findElement(By.cssSelector("button[type=submit]")).click();
                wait.until(ExpectedConditions.urlContains("/result/"));

                List<WebElement> lit = browser.findElements(By.xpath("//article[contains(@class,'finding')][.//code[.='LIT-001']]"));
                assertThat(lit).hasSize(2);
                assertThat(lit.get(0).getText() + lit.get(1).getText()).contains("行政复议", "行政诉讼·复议后起诉");

                WebElement table = browser.findElement(By.xpath("//h3[@id='r1-t-LIT']/following-sibling::table[1]"));
                List<String> headers = new ArrayList<>();
                for (WebElement th : table.findElements(By.cssSelector("thead th"))) headers.add(th.getText());
                List<String> markedColumns = new ArrayList<>();
                for (WebElement row : table.findElements(By.cssSelector("tbody tr"))) {
                    List<WebElement> cells = row.findElements(By.xpath("./*"));
                    for (int i = 0; i < cells.size(); i++) {
                        if (!cells.get(i).getAttribute("class").contains("hl-error")) continue;
                        markedColumns.add(headers.get(i));
                        assertThat(cells.get(i).getCssValue("background-color")).isNotIn("rgba(0, 0, 0, 0)", "transparent");
                    }
                }
                assertThat(markedColumns).containsExactly("总计", "总计");
                Files.createDirectories(Path.of("target"));
                Files.copy(((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath(), Path.of("target", "web-e2e.png"),
                    StandardCopyOption.REPLACE_EXISTING);

                lit.get(0).findElement(By.cssSelector("a.rule")).click();
                wait.until(ExpectedConditions.urlContains("/rules/LIT-001"));
                assertThat(browser.findElement(By.tagName("h2")).getText()).startsWith("LIT-001");
                assertThat(browser.getPageSource()).contains("依据：");
            } finally {
                browser.quit();
            }
        }
    }
}
