package org.xianzhi.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.xianzhi.app.store.DocumentSummary;
import org.xianzhi.app.store.StoredDocument;
import org.xianzhi.app.store.StoredFact;
import org.xianzhi.core.fact.Fact;

/**
 * The pages as a person sees them: headless Chromium over a real server on the samples. Every page loads without a
 * console error (checked after each test), charts really draw, every figure opens its fact in the document view, and a
 * click on a highlighted fact shows where it came from. Skipped where Debian's chromium and chromium-driver are not
 * installed, except under CI, which installs them.
 */
class PagesInBrowserTest extends InBrowser {
    private static final String CAOXIAN = "371721";
    private static final String LINZE = "620723";
    private static final Pattern FACT_LINK = Pattern.compile("/documents/([0-9a-f]{64})#f(\\d+)");

    @BeforeAll
    static void start() throws Exception {
        startBrowsing(WebFixture.samples());
    }

    @Test
    void consoleErrorsAreCaughtByTheCheckAfterEachTest() {
        open("/");
        browser.script("console.error('xianzhi console check')");
        // Reading the log empties it, so the check after this test sees a clean console.
        assertThat(browser.consoleErrors()).anySatisfy(e -> assertThat(e).contains("xianzhi console check"));
    }

    @Test
    void homePageCountsTheStoreAndListsEveryRegion() throws Exception {
        open("/");
        assertThat(browser.driver.findElement(By.id("count-documents")).getText())
                .isEqualTo(Integer.toString(web.store.documentCount()));
        assertThat(browser.all("table#regions tbody tr")).hasSize(web.store.regionSummaries().size());
        assertThat(browser.all("table#regions a.region[href='/regions/" + CAOXIAN + "']")).hasSize(1);
        assertThat(browser.all("table#latest a.document")).isNotEmpty();
    }

    @Test
    void regionPageDrawsEveryIndicatorChart() throws Exception {
        open("/regions/" + CAOXIAN);
        int charts = browser.all(".chart[data-chart]").size();
        assertThat(charts).isGreaterThanOrEqualTo(3);
        assertThat(browser.driver.findElement(By.id("chart-地区生产总值")).isDisplayed()).isTrue();
        browser.waitUntil("every chart the region page shows drew", () -> undrawn(".indicator:not([hidden]) .chart[data-chart]").isEmpty());
        screenshot("region-" + CAOXIAN);
    }

    @Test
    void everyFigureOnTheRegionPageOpensItsFactInTheDocumentView() throws Exception {
        open("/regions/" + CAOXIAN);
        @SuppressWarnings("unchecked")
        List<String> links = (List<String>) browser.script(
                "return Array.from(document.querySelectorAll('a.figure')).map(function (a) { return a.getAttribute('href'); });");
        assertThat(links).isNotEmpty();

        // A real click first: the page follows the link and the panel shows the fact.
        WebElement first = browser.all("a.figure").get(0);
        browser.script("arguments[0].scrollIntoView({block: 'center'})", first);
        first.click();
        assertShowsFact(links.get(0));

        for (String link : new HashSet<>(links)) {
            browser.driver.get(base + link);
            assertShowsFact(link);
        }
    }

    /** The browser is at {@code link}'s document, its anchor exists, and the panel shows that fact. */
    private static void assertShowsFact(String link) {
        Matcher m = FACT_LINK.matcher(link);
        assertThat(m.matches()).as(link).isTrue();
        String seq = m.group(2);
        browser.waitUntil("the document view of " + link + " shows its fact", () ->
                browser.driver.getCurrentUrl().endsWith(link)
                        && Boolean.TRUE.equals(browser.script("var p = document.getElementById('fact-panel');"
                        + " return !!p && !p.hidden && !!p.querySelector('.fact-fields[data-seq=\"' + arguments[0] + '\"]');", seq)));
        assertThat(browser.all("#f" + seq + ".anchor")).as(link).hasSize(1);
        assertThat(browser.all("mark.fact.current")).as(link).isNotEmpty();
    }

    @Test
    void comparePageDrawsOneChartForTheChosenRegions() {
        open("/compare");
        assertThat(browser.all("#compare-form input[name=region]")).hasSizeGreaterThanOrEqualTo(2);
        assertThat(browser.all("#chart-compare")).isEmpty();

        open("/compare?indicator=GDP&region=" + CAOXIAN + "&region=" + LINZE);
        browser.waitUntil("the comparison chart drew", () -> undrawn("#chart-compare").isEmpty());
        List<WebElement> rows = browser.all("table#compare tbody tr");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).getText()).startsWith("曹县");
        assertThat(rows.get(1).getText()).startsWith("临泽县");
    }

    @Test
    void targetsTableShowsEachStatusInItsOwnColour() {
        open("/targets");
        List<WebElement> rows = browser.all("table#targets tbody tr.target");
        assertThat(rows).isNotEmpty();
        Map<String, String> colourOf = new HashMap<>();
        for (WebElement row : rows) {
            WebElement status = row.findElement(By.cssSelector("span.status"));
            String background = status.getCssValue("background-color");
            assertThat(background).as(row.getText()).isNotIn("rgba(0, 0, 0, 0)", "transparent");
            String previous = colourOf.putIfAbsent(row.getAttribute("data-status"), background);
            assertThat(previous == null || previous.equals(background)).as(row.getText()).isTrue();
        }
        assertThat(new HashSet<>(colourOf.values())).hasSameSizeAs(colourOf.keySet());
    }

    @Test
    void documentViewHighlightsEveryFactAndAClickShowsItsSource() throws Exception {
        DocumentSummary summary = web.store.documentSummaries(CAOXIAN, 100).stream()
                .max(Comparator.comparingInt(DocumentSummary::factCount)).orElseThrow();
        StoredDocument doc = web.store.document(summary.id()).orElseThrow();
        List<StoredFact> facts = web.store.factsOf(summary.id());
        assertThat(facts).isNotEmpty();
        open("/documents/" + summary.id());

        Set<String> marked = new HashSet<>();
        List<WebElement> marks = browser.all("#doc-text mark.fact[data-seq]");
        for (WebElement mark : marks) {
            marked.addAll(List.of(mark.getAttribute("data-seq").split(" ")));
        }
        Set<String> withEvidence = new HashSet<>();
        facts.stream().filter(f -> f.fact().end() > f.fact().start()).forEach(f -> withEvidence.add(Integer.toString(f.seq())));
        assertThat(marked).isEqualTo(withEvidence);
        assertThat(browser.driver.findElement(By.id("fact-panel")).isDisplayed()).isFalse();

        WebElement mark = marks.get(marks.size() / 2);
        String seq = mark.getAttribute("data-seq").split(" ")[0];
        Fact fact = facts.stream().filter(f -> Integer.toString(f.seq()).equals(seq)).findFirst().orElseThrow().fact();
        mark.click();

        WebElement panel = browser.driver.findElement(By.id("fact-panel"));
        browser.waitUntil("the panel opened", panel::isDisplayed);
        WebElement fields = panel.findElement(By.cssSelector(".fact-fields[data-seq='" + seq + "']"));
        assertThat(fields.findElement(By.tagName("h3")).getText()).contains(fact.indicator());
        List<String> values = new ArrayList<>();
        fields.findElements(By.tagName("dd")).forEach(dd -> values.add(dd.getText()));
        assertThat(values).contains(fact.value().toPlainString(), fact.text(), fact.period(),
                "[" + fact.start() + ", " + fact.end() + ")");
        assertThat(doc.original().substring(fact.start(), fact.end())).contains(mark.getText());
        assertThat(mark.getAttribute("class")).contains("current");
        screenshot("document-with-fact-panel");
    }

    /** Keeps a picture of the window in target/browser, for a person to look at after a run. */
    @Test
    void promisesPageShowsEveryVerdictWithTheSentencesThatPromisedAndReported() throws Exception {
        open("/promises?region=" + WebClient.q("平陆县"));
        assertThat(browser.all("table#promises tr[data-verdict='kept']")).isNotEmpty();
        assertThat(browser.all("table#promises tr[data-verdict='late']")).isNotEmpty();
        assertThat(browser.all("table#promises tr[data-verdict='overdue']")).isNotEmpty();
        assertThat(browser.all("table#promises a.sentence")).isNotEmpty().allSatisfy(
                a -> assertThat(a.getAttribute("href")).contains("/documents/"));
        screenshot("promises");
    }

    @Test
    void projectsPageAndRegionPageShowTimelinesAndOfficials() throws Exception {
        open("/projects?region=" + WebClient.q("平陆县"));
        assertThat(browser.all("table#projects tbody tr")).isNotEmpty();
        assertThat(browser.all("table#projects a.step")).isNotEmpty();
        open("/regions/" + WebClient.q("平陆县"));
        assertThat(browser.all("table#region-projects tbody tr")).isNotEmpty();
        assertThat(browser.all("table#region-promises tbody tr")).isNotEmpty();
        assertThat(browser.all("table#region-officials tbody tr")).hasSizeGreaterThanOrEqualTo(2);
        screenshot("region-projects");
    }

    private static void screenshot(String name) throws IOException {
        Path shot = Path.of("target", "browser", name + ".png");
        Files.createDirectories(shot.getParent());
        Files.write(shot, browser.screenshot());
    }

    static List<String> undrawn(String css) {
        return browser.undrawn(css);
    }
}
