package org.xianzhi.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Province → city → county in headless Chromium, on reports written for these tests (河北省's, 保定市's, and two of
 * 涞源县, a county of 保定市): the home page groups the regions so, each region page links up and lists the regions
 * below with their latest figures, and /map paints China with the chosen indicator.
 */
class HierarchyAndMapInBrowserTest extends InBrowser {
    private static final String HEBEI = "130000";
    private static final String BAODING = "130600";
    private static final String LAIYUAN = "130630";

    @BeforeAll
    static void start() throws Exception {
        List<Path> docs = new ArrayList<>(folder("hierarchy"));
        docs.addAll(folder("quality"));
        startBrowsing(docs);
    }

    private static List<Path> folder(String name) throws URISyntaxException, IOException {
        try (var files = Files.list(Path.of(HierarchyAndMapInBrowserTest.class.getResource(name).toURI()))) {
            return files.sorted().toList();
        }
    }

    @Test
    void theHomePageGroupsRegionsProvinceCityCounty() throws Exception {
        browser.open(base + "/");
        List<String> order = browser.all("table#regions tbody tr").stream()
                .map(tr -> tr.getAttribute("data-level") + " " + tr.findElement(By.cssSelector("a.region")).getAttribute("href")
                        .replaceAll(".*/regions/", "")).toList();
        assertThat(order).containsExactly("province " + HEBEI, "prefecture " + BAODING, "county " + LAIYUAN);
        assertThat(browser.all("table#regions tbody tr")).hasSize(web.store.regionSummaries().size());
    }

    @Test
    void aCityPageLinksUpToItsProvinceAndListsItsCountiesWithTheirLatestFigures() {
        browser.open(base + "/regions/" + BAODING);
        assertThat(browser.all("#breadcrumb a.up")).singleElement().satisfies(a -> {
            assertThat(a.getAttribute("href")).endsWith("/regions/" + HEBEI);
            assertThat(a.getText()).isEqualTo("河北省");
        });
        List<WebElement> rows = browser.all("table#subregions tbody tr");
        assertThat(rows).singleElement().satisfies(tr -> {
            assertThat(tr.findElement(By.cssSelector("a.region")).getAttribute("href")).endsWith("/regions/" + LAIYUAN);
            // The latest GDP the audit does not doubt: the two reports disagree, so neither is shown as the figure.
            assertThat(tr.findElements(By.cssSelector("a.figure"))).isNotEmpty();
        });

        browser.open(base + "/regions/" + HEBEI);
        assertThat(browser.all("table#subregions tbody tr a.region")).extracting(a -> a.getAttribute("href"))
                .singleElement().satisfies(h -> assertThat(h).endsWith("/regions/" + BAODING));
        assertThat(browser.all("table#subregions tbody tr a.figure")).extracting(WebElement::getText).contains("3880.5亿元");

        browser.open(base + "/regions/" + LAIYUAN);
        assertThat(browser.all("#breadcrumb .up")).extracting(WebElement::getText).containsExactly("河北省", "保定市");
        assertThat(browser.all("table#subregions")).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theMapPaintsChinaWithTheChosenIndicator() throws Exception {
        browser.open(base + "/map?indicator=GDP");
        browser.waitUntil("the map painted", () -> "true".equals(browser.script(
                "return document.getElementById('map').getAttribute('data-painted')"))
                && browser.undrawn("#map").isEmpty());
        Map<String, Object> option = (Map<String, Object>) browser.script("""
                var o = echarts.getInstanceByDom(document.getElementById('map')).getOption();
                return { provinces: o.series[0].data.filter(function (d) { return d.value !== undefined; })
                           .map(function (d) { return d.name + '=' + d.value; }),
                         cities: o.series[1].data.map(function (d) { return d.name + '=' + d.value[2]; }) };
                """);
        assertThat((List<String>) option.get("provinces")).containsExactly("河北省=42370.4");
        assertThat((List<String>) option.get("cities")).containsExactly("保定市=3880.5");
        assertThat(browser.all("table#map-values tbody tr a.region")).extracting(WebElement::getText).contains("河北省", "保定市");
        Path shot = Path.of("target", "browser", "map.png");
        Files.createDirectories(shot.getParent());
        Files.write(shot, browser.screenshot());

        // Another indicator, chosen in the form.
        browser.open(base + "/map?indicator=" + WebClient.q("城镇居民人均可支配收入"));
        browser.waitUntil("the map painted again", () -> "true".equals(browser.script(
                "return document.getElementById('map').getAttribute('data-painted')")));
        assertThat(browser.all("table#map-values tbody tr a.figure")).extracting(WebElement::getText).contains("41278元", "38250元");
    }
}
