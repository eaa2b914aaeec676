package org.minzheng.examples.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.minzheng.core.report.DistrictReport;
import org.minzheng.core.report.ReportRenderer;
import org.minzheng.examples.demo.DantuDistrict;
import org.minzheng.examples.demo.DistrictDemo;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;

/**
 * The district report's HTML page in a real browser: headless Chromium from Debian's packages, driven by Selenium.
 * A small synthetic district (scale 0.01) is run through the demo; its report is rendered in Chinese and English,
 * loaded, and measured on screen and as printed on A4: the header says the data are synthetic, both charts are drawn, and no chart text (tick,
 * axis title, legend, value) leaves its chart or overlaps another, no legend entry overlaps another, no table
 * cell's content overflows it. A screenshot and an A4 PDF of each page are kept under
 * {@code target/report-browser/} as build artifacts.
 */
@ExtendWith(HeadlessChromium.class)
class ReportBrowserTest {

    /** Where the pages, screenshots and PDFs are kept (surefire runs in the module's directory). */
    static final Path ARTIFACTS = Path.of("target", "report-browser");

    /** A small district: about 3,500 residents, every program present, the demo's ten months. */
    static final double SCALE = 0.01;

    /** The text width of an A4 page with 15 mm margins, in CSS pixels (180 mm at 96 dpi). */
    static final int A4_TEXT_WIDTH = 680;

    private static DistrictReport report;
    private static ChromeDriver driver;

    @BeforeAll
    static void runDemoAndStartBrowser(@TempDir Path dir) throws IOException {
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        DistrictDemo.Options o = new DistrictDemo.Options(7, SCALE, Optional.empty(), Optional.empty(), Optional.empty(),
                YearMonth.of(2022, 1), YearMonth.of(2022, 10), dir, false, false, 1, Locale.CHINA);
        DistrictDemo.Result result = DistrictDemo.run(o, new PrintStream(console, true, StandardCharsets.UTF_8));
        report = result.report();
        System.out.printf(Locale.ROOT, "ReportBrowserTest: the demo at scale %s took %.1f s%n", SCALE,
                result.wallTime().toMillis() / 1000.0);
        Files.createDirectories(ARTIFACTS);
        Files.write(ARTIFACTS.resolve("demo-console.txt"), console.toByteArray());
        Files.writeString(ARTIFACTS.resolve("dantu-report.txt"), ReportRenderer.text(report, Locale.CHINA,
                Optional.of(DantuDistrict.published(SCALE))));

        HeadlessChromium chromium = new HeadlessChromium();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.browser().toFile());
        // no sandbox: CI runs as root; small /dev/shm in containers.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--hide-scrollbars", "--force-device-scale-factor=1", "--window-size=1024,900");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromium.driver().toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    /** Collects every layout problem of the page as a line of text; none is expected. */
    private static final String PROBLEMS = """
            const out = [];
            const eps = 0.5;
            const inside = (r, box) => r.left >= box.left - eps && r.right <= box.right + eps
                && r.top >= box.top - eps && r.bottom <= box.bottom + eps;
            const overlap = (a, b) => a.left < b.right - eps && b.left < a.right - eps
                && a.top < b.bottom - eps && b.top < a.bottom - eps;
            const name = e => (e.getAttribute('class') || e.tagName) + ' "' + e.textContent.trim() + '"';
            for (const svg of document.querySelectorAll('svg.chart')) {
              const box = svg.getBoundingClientRect();
              const texts = [...svg.querySelectorAll('text')];
              for (const t of texts) {
                const r = t.getBoundingClientRect();
                if (r.width === 0) out.push(svg.id + ': ' + name(t) + ' has no width');
                if (!inside(r, box)) out.push(svg.id + ': ' + name(t) + ' leaves the chart ' + JSON.stringify(r));
              }
              for (let i = 0; i < texts.length; i++)
                for (let j = i + 1; j < texts.length; j++)
                  if (overlap(texts[i].getBoundingClientRect(), texts[j].getBoundingClientRect()))
                    out.push(svg.id + ': ' + name(texts[i]) + ' overlaps ' + name(texts[j]));
              const items = [...svg.querySelectorAll('g.legend-item')];
              for (let i = 0; i < items.length; i++)
                for (let j = i + 1; j < items.length; j++)
                  if (overlap(items[i].getBoundingClientRect(), items[j].getBoundingClientRect()))
                    out.push(svg.id + ': legend ' + name(items[i]) + ' overlaps legend ' + name(items[j]));
            }
            for (const dt of document.querySelectorAll('dt')) {
              const dd = dt.nextElementSibling;
              if (dd && overlap(dt.getBoundingClientRect(), dd.getBoundingClientRect()))
                out.push('header label "' + dt.textContent + '" overlaps its value');
            }
            for (const c of document.querySelectorAll('th, td, dt, dd, h1, h2, p'))
              if (c.scrollWidth > c.clientWidth + 1) out.push(c.tagName + ' "' + c.textContent.trim() + '" overflows its box');
            for (const t of document.querySelectorAll('table, svg.chart, dl, h1, h2, p')) {
              const r = t.getBoundingClientRect();
              if (r.right > window.innerWidth + 1) {
                let h = t.previousElementSibling;
                while (h && h.tagName !== 'H2') h = h.previousElementSibling;
                out.push(t.tagName + (h ? ' under "' + h.textContent + '"' : '') + ' reaches ' + Math.round(r.right)
                    + ' px, past the page (' + window.innerWidth + ' px)');
              }
            }
            if (document.documentElement.scrollWidth > window.innerWidth + 1)
              out.push('the page is wider than the window: ' + document.documentElement.scrollWidth);
            return out;
            """;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"zh", "en"})
    void reportPage_rendersWithHeaderAndChartsAndNothingOverflows(String lang) throws IOException {
        Locale locale = "zh".equals(lang) ? Locale.CHINA : Locale.ENGLISH;
        Path page = ARTIFACTS.resolve("dantu-report-" + lang + ".html").toAbsolutePath();
        Files.writeString(page, ReportRenderer.html(report, locale, Optional.of(DantuDistrict.published(SCALE))));
        driver.manage().window().setSize(new Dimension(1024, 900));
        driver.get(page.toUri().toString());
        JavascriptExecutor js = driver;

        assertThat(driver.getTitle()).contains("丹徒区");
        assertThat((String) js.executeScript("return document.getElementById('synthetic').textContent"))
                .contains("zh".equals(lang) ? "模拟数据" : "SYNTHETIC DATA");
        assertThat((String) js.executeScript("return document.getElementById('report-header').textContent"))
                .contains("zh".equals(lang) ? "制表单位" : "Issuing office")
                .contains("zh".equals(lang) ? "2022年1月至2022年10月" : "January 2022 to October 2022");
        @SuppressWarnings("unchecked")
        Map<String, Object> charts = (Map<String, Object>) js.executeScript("""
                const r = {};
                for (const svg of document.querySelectorAll('svg.chart')) {
                  const b = svg.getBoundingClientRect();
                  r[svg.id] = {bars: svg.querySelectorAll('rect:not(.legend-item rect)').length,
                               legend: svg.querySelectorAll('g.legend-item').length, width: b.width, height: b.height};
                }
                return r;""");
        assertThat(charts).containsOnlyKeys("chart-amounts", "chart-townships");
        charts.values().forEach(c -> {
            @SuppressWarnings("unchecked")
            Map<String, Number> m = (Map<String, Number>) c;
            assertThat(m.get("bars").intValue()).as("bars of %s", m).isGreaterThan(3);
            assertThat(m.get("legend").intValue()).as("legend of %s", m).isGreaterThan(1);
            assertThat(m.get("width").doubleValue()).isGreaterThan(300);
            assertThat(m.get("height").doubleValue()).isGreaterThan(150);
        });

        @SuppressWarnings("unchecked")
        List<String> problems = (List<String>) js.executeScript(PROBLEMS);
        assertThat(problems).as("layout problems in the %s page", lang).isEmpty();

        // As printed: the print style sheet on a viewport as wide as A4's text (210 mm less 2 × 15 mm at 96 dpi).
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", A4_TEXT_WIDTH, "height", 1000, "deviceScaleFactor", 1, "mobile", false));
        @SuppressWarnings("unchecked")
        List<String> printProblems = (List<String>) js.executeScript(PROBLEMS);
        driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        assertThat(printProblems).as("layout problems in the %s page as printed on A4", lang).isEmpty();

        // Artifacts: each chart, the whole page as a screenshot, and the page as printed on A4 by the print style sheet.
        for (String chart : charts.keySet()) {
            Files.write(ARTIFACTS.resolve(chart + "-" + lang + ".png"),
                    driver.findElement(By.id(chart)).getScreenshotAs(OutputType.BYTES));
        }
        js.executeScript("window.scrollTo(0, 0)");
        long height = ((Number) js.executeScript("return document.documentElement.scrollHeight")).longValue();
        driver.manage().window().setSize(new Dimension(1024, (int) Math.min(height + 40, 16_000)));
        Files.write(ARTIFACTS.resolve("dantu-report-" + lang + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        PrintOptions print = new PrintOptions();
        print.setPageSize(new PageSize(29.7, 21.0));
        print.setBackground(true);
        byte[] pdf = Base64.getDecoder().decode(driver.print(print).getContent());
        assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        Files.write(ARTIFACTS.resolve("dantu-report-" + lang + ".pdf"), pdf);
    }
}
