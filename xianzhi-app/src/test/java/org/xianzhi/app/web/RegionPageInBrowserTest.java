package org.xianzhi.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.xianzhi.core.indicator.IndicatorTaxonomy;

/**
 * A region page with many indicators, as a reader uses it in headless Chromium over the samples: the picker shows the
 * core indicators first and narrows as one types, and every chart has a true time axis, whole-number rank axes,
 * growth axes that hold the targets, and targets in a colour of their own.
 */
class RegionPageInBrowserTest extends InBrowser {
    private static final String CAOXIAN = "371721";

    @BeforeAll
    static void start() throws Exception {
        startBrowsing(WebFixture.samples());
    }

    private static List<String> shownIndicators() {
        return browser.all(".indicator[data-indicator]").stream().filter(WebElement::isDisplayed)
                .map(e -> e.getAttribute("data-indicator")).distinct().toList();
    }

    @Test
    void thePickerShowsTheCoreIndicatorsFirstAndNarrowsAsOneTypes() {
        browser.open(base + "/regions/" + CAOXIAN);
        IndicatorTaxonomy taxonomy = IndicatorTaxonomy.standard();
        List<String> core = browser.all("[data-group=core] input.pick").stream().map(e -> e.getAttribute("value")).toList();
        List<String> other = browser.all("[data-group=other] input.pick").stream().map(e -> e.getAttribute("value")).toList();
        assertThat(core).isNotEmpty().allSatisfy(n -> assertThat(taxonomy.isCore(n)).as(n).isTrue());
        assertThat(other).isNotEmpty().allSatisfy(n -> assertThat(taxonomy.isCore(n)).as(n).isFalse());
        // At first the core indicators alone are drawn; the others wait to be picked.
        assertThat(shownIndicators()).containsExactlyInAnyOrderElementsOf(core);
        browser.waitUntil("the shown charts drew", () -> browser.undrawn(".indicator:not([hidden]) .chart[data-chart]").isEmpty());

        browser.driver.findElement(By.id("picker-filter")).sendKeys("收入");
        List<String> listed = browser.all("label.pick-label").stream().filter(WebElement::isDisplayed)
                .map(e -> e.findElement(By.cssSelector("input")).getAttribute("value")).toList();
        assertThat(listed).isNotEmpty().allSatisfy(n -> assertThat(n).contains("收入"));
        assertThat(shownIndicators()).containsExactlyInAnyOrderElementsOf(listed);

        browser.driver.findElement(By.id("picker-filter")).clear();
        browser.script("var f = document.getElementById('picker-filter'); f.dispatchEvent(new Event('input'));");
        browser.driver.findElement(By.id("picker-all")).click();
        assertThat(shownIndicators()).hasSize(core.size() + other.size());
        browser.waitUntil("every chart drew once shown", () -> browser.undrawn(".chart[data-chart]").isEmpty());

        WebElement first = browser.all("[data-group=other] input.pick").get(0);
        first.click();
        assertThat(browser.driver.findElements(By.cssSelector(".indicator[data-indicator='" + first.getAttribute("value") + "']")))
                .allSatisfy(e -> assertThat(e.isDisplayed()).isFalse());
    }

    @Test
    @SuppressWarnings("unchecked")
    void chartsHaveATimeAxisWholeRanksGrowthAxesWithTheTargetAndTargetsInTheirOwnColour() {
        browser.open(base + "/regions/" + CAOXIAN);
        browser.driver.findElement(By.id("picker-all")).click();
        browser.waitUntil("every chart drew", () -> browser.undrawn(".chart[data-chart]").isEmpty());
        List<Map<String, Object>> charts = (List<Map<String, Object>>) browser.script("""
                return Array.from(document.querySelectorAll('.chart[data-chart]')).map(function (el) {
                  var o = echarts.getInstanceByDom(el).getOption();
                  var axis = echarts.getInstanceByDom(el).getModel().getComponent('yAxis').axis.scale.getExtent();
                  return { id: el.id, measure: JSON.parse(el.getAttribute('data-chart')).measure,
                    years: o.xAxis[0].data.map(Number), colours: o.series.map(function (s) { return s.color; }),
                    types: o.series.map(function (s) { return s.name; }), minInterval: o.yAxis[0].minInterval || 0,
                    low: axis[0], high: axis[1],
                    targets: Array.from(el.parentNode.querySelectorAll('td.target a.figure')).map(function (a) {
                      return Number(a.getAttribute('data-value')); }),
                    gaps: o.series.map(function (s) { return s.connectNulls; }) };
                });
                """);
        assertThat(charts).hasSizeGreaterThanOrEqualTo(5);
        boolean sawTarget = false;
        for (Map<String, Object> c : charts) {
            String id = (String) c.get("id");
            List<Number> years = (List<Number>) c.get("years");
            for (int i = 1; i < years.size(); i++) {
                assertThat(years.get(i).intValue()).as(id + " years " + years).isEqualTo(years.get(i - 1).intValue() + 1);
            }
            assertThat((List<Object>) c.get("gaps")).as(id).allSatisfy(g -> assertThat(g).isEqualTo(false));
            List<Object> colours = (List<Object>) c.get("colours");
            assertThat(colours).as(id).doesNotHaveDuplicates();
            if (c.get("measure").equals("rank")) {
                assertThat(((Number) c.get("minInterval")).intValue()).as(id).isEqualTo(1);
            }
            if (c.get("measure").equals("growth")) {
                for (Number t : (List<Number>) c.get("targets")) {
                    sawTarget = true;
                    assertThat(t.doubleValue()).as(id + " target within the axis")
                            .isBetween(((Number) c.get("low")).doubleValue(), ((Number) c.get("high")).doubleValue());
                }
            }
        }
        assertThat(sawTarget).as("the samples have growth targets").isTrue();
    }

    @Test
    void theEnglishPageNamesIndicatorsAndUnitsInEnglish() {
        try {
            browser.open(base + "/regions/" + CAOXIAN + "?lang=en");
            WebElement gdp = browser.driver.findElement(By.cssSelector(".indicator[data-indicator='地区生产总值'][data-measure=value] h3"));
            assertThat(gdp.getText()).isEqualTo("GDP（100 million yuan）");
            assertThat(browser.all("[data-group=core] label.pick-label")).isNotEmpty()
                    .allSatisfy(label -> assertThat(label.getText()).doesNotContainPattern("\\p{IsHan}"));
            assertThat(browser.all(".indicator[data-core=true] h3")).isNotEmpty()
                    .allSatisfy(h -> assertThat(h.getText()).doesNotContainPattern("\\p{IsHan}"));
            assertThat(browser.all("table#targets tbody td:first-child")).isNotEmpty()
                    .allSatisfy(td -> assertThat(td.getText()).doesNotContainPattern("\\p{IsHan}"));
        } finally {
            browser.open(base + "/?lang=zh");
        }
    }
}
