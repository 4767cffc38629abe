package org.xianzhi.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.xianzhi.app.search.SearchResults;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.xianzhi.app.export.ExportFormat;
import org.xianzhi.app.export.FactExporter;
import org.xianzhi.app.quality.FlagFilter;
import org.xianzhi.app.quality.QualityAudit;
import org.xianzhi.app.store.FactQuery;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Quality flags as a reader meets them, on two documents of one county that disagree (written for this test: a work
 * report and a statistics press conference about 2022, the second giving another GDP and a growth of 74%): the API
 * gives each fact its flags and hides them on request, the exports carry the reasons, and the region page marks the
 * figures, lists the reasons and hides flagged facts at the tick of a box.
 */
class QualityFlagsWebTest {
    private static final String LAIYUAN = "130630";

    @TempDir
    static Path temp;

    static WebFixture web;

    @BeforeAll
    static void start() throws Exception {
        web = WebFixture.start(temp.resolve("quality.duckdb"), documents(), request -> new SearchResults(0, List.of()), null, 1 << 20);
    }

    static List<Path> documents() throws URISyntaxException, IOException {
        Path folder = Path.of(QualityFlagsWebTest.class.getResource("quality").toURI());
        try (var files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }

    @AfterAll
    static void stop() throws Exception {
        if (web != null) {
            web.close();
        }
    }

    private static JsonNode json(String path) throws Exception {
        WebClient.Reply r = web.client.get(path);
        assertThat(r.status()).as(path + ": " + r.body()).isEqualTo(200);
        return r.json();
    }

    private static List<JsonNode> gdp(JsonNode facts, String measure) {
        List<JsonNode> found = new ArrayList<>();
        facts.forEach(f -> {
            if (f.path("indicator").asText().equals("地区生产总值") && f.path("measure").asText().equals(measure)
                    && f.path("status").asText().equals("actual")) {
                found.add(f);
            }
        });
        return found;
    }

    @Test
    void everyFactCarriesItsFlagsWithTheirReasons() throws Exception {
        JsonNode facts = json("/api/facts?region=" + LAIYUAN);
        List<JsonNode> levels = gdp(facts, "value");
        assertThat(levels).extracting(f -> f.path("value").decimalValue().stripTrailingZeros().toPlainString())
                .containsExactlyInAnyOrder("85.6", "91.2");
        for (JsonNode f : levels) {
            assertThat(f.path("flags")).anySatisfy(flag -> {
                assertThat(flag.path("check").asText()).isEqualTo("conflict");
                assertThat(flag.path("reason").asText()).startsWith("another report gives a different actual: ")
                        .contains("≠");
            });
        }
        List<JsonNode> growth = gdp(facts, "growth");
        assertThat(growth).filteredOn(f -> f.path("value").asInt() == 74).singleElement().satisfies(f ->
                assertThat(f.path("flags")).extracting(flag -> flag.path("check").asText()).contains("implausible", "conflict"));
        // What nobody contradicts carries no flag: the same revenue in both documents.
        facts.forEach(f -> {
            if (f.path("indicator").asText().equals("一般公共预算收入") && f.path("measure").asText().equals("value")) {
                assertThat(f.path("flags")).isEmpty();
            }
        });
    }

    @Test
    void flaggedFactsCanBeHiddenOrPickedOut() throws Exception {
        int all = json("/api/facts?region=" + LAIYUAN).size();
        JsonNode hidden = json("/api/facts?region=" + LAIYUAN + "&flagged=hide");
        JsonNode only = json("/api/facts?region=" + LAIYUAN + "&flagged=only");
        assertThat(only.size()).isGreaterThanOrEqualTo(3);
        assertThat(hidden.size() + only.size()).isEqualTo(all);
        hidden.forEach(f -> assertThat(f.path("flags")).isEmpty());
        only.forEach(f -> assertThat(f.path("flags")).isNotEmpty());
        assertThat(gdp(hidden, "value")).isEmpty();

        JsonNode region = json("/api/regions/" + LAIYUAN + "?flagged=hide");
        assertThat(region.path("flags").size()).isEqualTo(only.size() == 0 ? 0 : region.path("flags").size()).isPositive();
        region.path("facts").forEach(f -> assertThat(f.path("flags")).isEmpty());
        assertThat(web.client.get("/api/facts?flagged=maybe").status()).isEqualTo(400);
    }

    @Test
    void exportsCarryTheReasonsInTheirLastColumn() throws Exception {
        FactQuery query = FactQuery.all().withRegion(LAIYUAN);
        Path csv = temp.resolve("laiyuan.csv");
        long n = FactExporter.export(web.store, query, ExportFormat.CSV, csv, QualityAudit.standard().audit(web.store, query),
                FlagFilter.SHOW);
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).endsWith(",end,quality");
        assertThat(lines).hasSize((int) n + 1);
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("91.2").contains("another report gives a different actual"));
        Path hidden = temp.resolve("laiyuan-clean.csv");
        long kept = FactExporter.export(web.store, query, ExportFormat.CSV, hidden, QualityAudit.standard().audit(web.store, query),
                FlagFilter.HIDE);
        assertThat(kept).isLessThan(n);
        assertThat(Files.readString(hidden, StandardCharsets.UTF_8)).doesNotContain("91.2");
    }

    @Test
    void theRegionPageMarksFlaggedFiguresAndHidesThemAtTheTickOfABox() throws Exception {
        if ("true".equals(System.getenv("CI"))) {
            assertThat(HeadlessChromium.installed()).as("CI installs chromium and chromium-driver").isTrue();
        }
        assumeTrue(HeadlessChromium.installed(), "needs Debian's chromium and chromium-driver");
        try (HeadlessChromium browser = HeadlessChromium.start(Files.createDirectories(temp.resolve("profile")))) {
            String base = "http://127.0.0.1:" + web.server.port();
            browser.open(base + "/regions/" + LAIYUAN);
            List<WebElement> rows = browser.driver.findElements(By.cssSelector("table#quality-flags tbody tr"));
            assertThat(rows).isNotEmpty();
            assertThat(rows).anySatisfy(r -> assertThat(r.findElement(By.cssSelector("td.reason")).getText())
                    .startsWith("另一报告给出不同的实际值").contains("≠"));
            assertThat(rows).anySatisfy(r -> assertThat(r.findElement(By.cssSelector("td.reason")).getText())
                    .startsWith("超出该指标的合理范围").contains("74% ∉"));
            List<WebElement> marks = browser.driver.findElements(By.cssSelector(".indicator .flag[data-check]"));
            assertThat(marks).isNotEmpty().allSatisfy(m -> assertThat(m.getAttribute("title")).contains(": "));

            browser.driver.findElement(By.id("hide-flagged")).click();
            browser.waitUntil("the page reloaded without flagged facts", () ->
                    browser.driver.getCurrentUrl().contains("flagged=hide")
                            && "complete".equals(browser.script("return document.readyState")));
            assertThat(browser.driver.findElements(By.cssSelector(".indicator .flag"))).isEmpty();
            assertThat(browser.driver.findElement(By.id("hide-flagged")).isSelected()).isTrue();
            assertThat(browser.driver.findElement(By.id("indicators")).getText()).doesNotContain("91.2");
            assertThat(browser.consoleErrors()).isEmpty();
            Path shot = Path.of("target", "browser", "region-quality-flags.png");
            Files.createDirectories(shot.getParent());
            browser.driver.get(base + "/regions/" + LAIYUAN + "#quality");
            Files.write(shot, browser.screenshot());
        }
    }
}
