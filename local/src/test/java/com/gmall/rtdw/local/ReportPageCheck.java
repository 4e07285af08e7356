package com.gmall.rtdw.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.gmall.rtdw.report.ReportServer;
import com.gmall.rtdw.runtime.ClickHouseHttp;
import com.gmall.rtdw.stack.DeadLetterCounts;
import com.gmall.rtdw.stack.StackSettings;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The report page of one shop day in Debian's headless chromium, driven through its chromedriver:
 * it loads with no console error, every panel has data, and the numbers it shows equal SQL over the
 * DWS tables (written here, not taken from the report's own queries). Leaves a screenshot in {@code
 * target/report-page.png}.
 */
final class ReportPageCheck {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private final StackSettings settings;
    private final ClickHouseHttp clickHouse;
    private final ZoneId zone;

    ReportPageCheck(StackSettings settings) {
        this.settings = settings;
        this.clickHouse = new ClickHouseHttp(settings.config().clickHouse());
        this.zone = settings.config().timeZone();
    }

    void check(LocalDate day) throws Exception {
        try (ReportServer server =
                ReportServer.start(
                        0,
                        clickHouse,
                        zone,
                        Clock.systemUTC(),
                        () -> DeadLetterCounts.of(settings))) {
            ChromeDriver browser = browser();
            try {
                browser.get("http://127.0.0.1:" + server.port() + "/?day=" + day);
                new WebDriverWait(browser, Duration.ofSeconds(60))
                        .until(b -> "true".equals(body(browser).getAttribute("data-loaded")));
                assertThat(severe(browser.manage().logs().get(LogType.BROWSER).getAll()))
                        .as("console errors")
                        .isEmpty();
                assertEveryPanelHasData(browser);
                assertNumbersEqualTheTables(browser, day);
                Files.copy(
                        browser.getScreenshotAs(OutputType.FILE).toPath(),
                        Path.of("target", "report-page.png"),
                        StandardCopyOption.REPLACE_EXISTING);
            } finally {
                browser.quit();
            }
        }
    }

    private static ChromeDriver browser() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-dev-shm-usage",
                "--disable-gpu",
                "--window-size=1600,1800");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        // the Debian driver that matches the Debian browser: Selenium Manager downloads nothing
        ChromeDriverService service =
                new ChromeDriverService.Builder()
                        .usingDriverExecutable(CHROMEDRIVER.toFile())
                        .build();
        return new ChromeDriver(service, options);
    }

    private static WebElement body(ChromeDriver browser) {
        return browser.findElement(By.tagName("body"));
    }

    private static List<String> severe(List<LogEntry> entries) {
        return entries.stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .toList();
    }

    private static void assertEveryPanelHasData(ChromeDriver browser) {
        for (String chart :
                List.of("trade-chart", "province-chart", "funnel-chart", "keyword-chart")) {
            assertThat(browser.findElements(By.cssSelector("#" + chart + " canvas")))
                    .as("chart %s drawn", chart)
                    .isNotEmpty();
            assertThat(
                            (Long)
                                    browser.executeScript(
                                            "return echarts.getInstanceByDom(document.getElementById("
                                                    + "arguments[0])).getOption().series[0].data.length",
                                            chart))
                    .as("points of chart %s", chart)
                    .isPositive();
        }
        for (String table : List.of("spus", "channels", "versions", "freshness", "dead-letters")) {
            assertThat(browser.findElements(By.cssSelector("#" + table + " tbody tr")))
                    .as("rows of table %s", table)
                    .isNotEmpty();
        }
    }

    private void assertNumbersEqualTheTables(ChromeDriver browser, LocalDate day) throws Exception {
        String window =
                " FINAL WHERE stt >= toDateTime("
                        + day.atStartOfDay(zone).toEpochSecond()
                        + ") AND stt < toDateTime("
                        + day.plusDays(1).atStartOfDay(zone).toEpochSecond()
                        + ")";
        assertThat(new BigDecimal(tile(browser, "gmv")))
                .isEqualByComparingTo(
                        sql("sum(order_original_total_amount)", "dws_trade_order_window", window));
        assertThat(tile(browser, "orders"))
                .isEqualTo(sql("sum(order_count)", "dws_trade_province_order_window", window));
        assertThat(tile(browser, "order-users"))
                .isEqualTo(sql("sum(order_unique_user_count)", "dws_trade_order_window", window));
        assertThat(tile(browser, "new-order-users"))
                .isEqualTo(sql("sum(order_new_user_count)", "dws_trade_order_window", window));
        assertThat(tile(browser, "logins"))
                .isEqualTo(sql("sum(uu_ct)", "dws_user_user_login_window", window));
        assertThat(tile(browser, "back-flow"))
                .isEqualTo(sql("sum(back_ct)", "dws_user_user_login_window", window));
        assertThat(tile(browser, "registrations"))
                .isEqualTo(sql("sum(register_ct)", "dws_user_user_register_window", window));
        assertThat(tile(browser, "cart-users"))
                .isEqualTo(sql("sum(cart_add_uu_ct)", "dws_trade_cart_add_uu_window", window));
        assertThat(tile(browser, "gmv")).isNotEqualTo("0");
        @SuppressWarnings("unchecked")
        List<Object> funnel =
                (List<Object>)
                        browser.executeScript(
                                "return echarts.getInstanceByDom(document.getElementById("
                                        + "'funnel-chart')).getOption().series[0].data"
                                        + ".map(function (d) { return String(d.value); })");
        assertThat(funnel)
                .containsExactly(
                        sql("sum(home_uv_ct)", "dws_traffic_page_view_window", window),
                        sql("sum(good_detail_uv_ct)", "dws_traffic_page_view_window", window),
                        sql("sum(cart_add_uu_ct)", "dws_trade_cart_add_uu_window", window),
                        sql("sum(order_unique_user_count)", "dws_trade_order_window", window),
                        sql(
                                "sum(payment_suc_unique_user_count)",
                                "dws_trade_payment_suc_window",
                                window));
    }

    private static String tile(ChromeDriver browser, String id) {
        return browser.findElement(By.id(id)).getAttribute("data-value");
    }

    private String sql(String sum, String table, String window) throws Exception {
        return clickHouse.execute("SELECT " + sum + " FROM " + table + window).strip();
    }
}
