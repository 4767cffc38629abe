package org.xianzhi.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.xianzhi.app.ingest.IngestProgress;
import org.xianzhi.app.ingest.Ingester;
import org.xianzhi.app.search.SearchIndex;
import org.xianzhi.app.store.FactStore;
import org.xianzhi.app.tracking.TargetTracker;
import org.xianzhi.core.indicator.IndicatorTaxonomy;
import org.xianzhi.core.ingest.DocumentReader;

/**
 * The tables as a person uses them, in headless Chromium over a real server on the samples with a real search index:
 * a table's CSV or XLSX button downloads a file whose rows are the page's rows; the charts' PNG and SVG buttons; the
 * wide table; the targets' totals, sorting and pages.
 */
class TablesInBrowserTest {
    private static final String CAOXIAN = "371721";
    private static final String LINZE = "620723";

    @TempDir
    static Path temp;

    static FactStore store;
    static SearchIndex index;
    static WebServer server;
    static HeadlessChromium browser;
    static Path downloads;
    static String base;

    @BeforeAll
    static void start() throws Exception {
        if ("true".equals(System.getenv("CI"))) {
            assertThat(HeadlessChromium.installed()).as("CI installs chromium and chromium-driver").isTrue();
        }
        assumeTrue(HeadlessChromium.installed(), "needs Debian's chromium and chromium-driver");
        store = FactStore.open(temp.resolve("downloads.duckdb").toString());
        index = SearchIndex.open(temp.resolve("downloads.search"));
        // A news item that names no county: its facts have a blank region, which no page may list as a region.
        Path nowhere = Files.writeString(temp.resolve("news-without-a-region.txt"),
                "本报讯 今年以来,全县上下聚焦高质量发展。2023年全县地区生产总值增长6.1%,一般公共预算收入完成3.2亿元,增长5.4%。\n",
                StandardCharsets.UTF_8);
        List<Path> files = new ArrayList<>(WebFixture.samples());
        files.add(nowhere);
        Ingester.standard(store, 2).indexingWith(index::index)
                .ingest(files, new DocumentReader(), false, IngestProgress.silent());
        index.commit();
        Atlas atlas = new Atlas(store, TargetTracker.standard(), IndicatorTaxonomy.standard(), index::search, null,
                new DocumentReader());
        server = WebServer.start(atlas, new WebServer.Settings("127.0.0.1", 0, null, 1 << 20));
        base = "http://127.0.0.1:" + server.port();
        downloads = Files.createDirectories(temp.resolve("downloads"));
        browser = HeadlessChromium.start(Files.createDirectories(temp.resolve("profile")), downloads);
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.close();
        }
        if (server != null) {
            server.close();
        }
        if (index != null) {
            index.close();
        }
        if (store != null) {
            store.close();
        }
    }

    @AfterEach
    void noPageWroteAnErrorToTheConsole() {
        assertThat(browser.consoleErrors()).isEmpty();
    }

    private static void open(String path) {
        browser.open(base + path);
    }


    /** Clicks the download button of {@code table} in {@code format} and returns the file once it is complete. */
    private static Path download(String table, String format) throws IOException {
        return downloadBy(() -> {
            WebElement button = browser.driver.findElement(By.cssSelector(
                    "p.downloads[data-table='" + table + "'] a.download[data-format='" + format + "']"));
            browser.script("arguments[0].scrollIntoView({block: 'center'})", button);
            button.click();
        }, "." + format);
    }

    private static Path downloadBy(Runnable click, String suffix) throws IOException {
        try (Stream<Path> old = Files.list(downloads)) {
            for (Path p : old.toList()) {
                Files.delete(p);
            }
        }
        click.run();
        Path[] found = new Path[1];
        browser.waitUntil("a " + suffix + " file was downloaded", () -> {
            try (Stream<Path> files = Files.list(downloads)) {
                List<Path> done = files.toList();
                if (done.size() == 1 && done.get(0).toString().endsWith(suffix)) {
                    found[0] = done.get(0);
                    return true;
                }
                return false;
            } catch (IOException e) {
                return false;
            }
        });
        return found[0];
    }

    /** The text of each cell of the rows of {@code table}, by column. */
    private static List<List<String>> cells(String table) {
        List<List<String>> rows = new ArrayList<>();
        for (WebElement tr : browser.all("table#" + table + " tbody tr")) {
            rows.add(tr.findElements(By.tagName("td")).stream().map(WebElement::getText).toList());
        }
        return rows;
    }

    private static List<String> column(List<Map<String, String>> rows, String name) {
        return rows.stream().map(r -> r.get(name)).toList();
    }

    @Test
    void targetsDownloadsHoldThePageRowsInCsvAndXlsx() throws Exception {
        open("/targets?region=" + CAOXIAN);
        List<WebElement> trs = browser.all("table#targets tbody tr.target");
        assertThat(trs).isNotEmpty();
        List<String> statuses = trs.stream().map(tr -> tr.getAttribute("data-status")).toList();
        List<List<String>> page = cells("targets");
        for (String format : List.of("csv", "xlsx")) {
            Path file = download("targets", format);
            List<Map<String, String>> rows = format.equals("csv") ? TableFiles.csv(file) : TableFiles.xlsx(file);
            assertThat(rows).as(format).hasSize(trs.size());
            assertThat(column(rows, "region")).as(format).isEqualTo(page.stream().map(r -> r.get(0)).toList());
            assertThat(column(rows, "indicator")).as(format).isEqualTo(page.stream().map(r -> r.get(1)).toList());
            assertThat(column(rows, "period")).as(format).isEqualTo(page.stream().map(r -> r.get(3)).toList());
            assertThat(column(rows, "status")).as(format).isEqualTo(statuses);
            assertThat(column(rows, "region_code")).as(format).containsOnly(CAOXIAN);
            assertThat(column(rows, "target_link")).allSatisfy(l -> assertThat(l).startsWith(base + "/documents/"));
            assertThat(column(rows, "target_document_date")).allSatisfy(d -> assertThat(d).startsWith("2024"));
        }
    }

    @Test
    void xlsxHasAFrozenFilteredHeaderAndKeepsRegionCodesAsText() throws Exception {
        open("/targets");
        Path file = download("targets", "xlsx");
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook book = new XSSFWorkbook(in)) {
            XSSFSheet sheet = book.getSheetAt(0);
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(sheet.getCTWorksheet().isSetAutoFilter()).isTrue();
            int code = -1;
            int target = -1;
            int sentence = -1;
            for (var cell : sheet.getRow(0)) {
                switch (cell.getStringCellValue()) {
                    case "region_code" -> code = cell.getColumnIndex();
                    case "target" -> target = cell.getColumnIndex();
                    case "target_sentence" -> sentence = cell.getColumnIndex();
                    default -> { }
                }
            }
            assertThat(sheet.getRow(1).getCell(code).getCellType()).isEqualTo(CellType.STRING);
            assertThat(sheet.getRow(1).getCell(target).getCellType()).isEqualTo(CellType.NUMERIC);
            // Widths follow the cells: a sentence column is wider than a code column, and capped.
            assertThat(sheet.getColumnWidth(sentence)).isGreaterThan(sheet.getColumnWidth(code)).isLessThanOrEqualTo(62 * 256);
        }
    }

    @Test
    void compareDownloadHoldsEveryFigureOfThePageTable() throws Exception {
        open("/compare?indicator=GDP&region=" + CAOXIAN + "&region=" + LINZE);
        List<String> years = browser.all("table#compare thead th").stream().skip(1).map(WebElement::getText).toList();
        List<String> shown = new ArrayList<>();
        for (List<String> row : cells("compare")) {
            for (int i = 1; i < row.size(); i++) {
                if (!row.get(i).isBlank()) {
                    shown.add(row.get(0) + " " + years.get(i - 1));
                }
            }
        }
        assertThat(shown).isNotEmpty();
        List<Map<String, String>> rows = TableFiles.csv(download("compare", "csv"));
        assertThat(rows.stream().map(r -> r.get("region") + " " + r.get("year")).toList()).isEqualTo(shown);
        assertThat(rows).allSatisfy(r -> assertThat(r.get("indicator")).isEqualTo("地区生产总值"));
        // Each actual is the figure the page links to its sentence.
        for (Map<String, String> r : rows) {
            if (!r.get("actual").isEmpty()) {
                String link = r.get("actual_link").substring(base.length());
                assertThat(browser.all("table#compare a.figure[href='" + link + "']")).extracting(WebElement::getText)
                        .contains(r.get("actual"));
            }
        }
    }

    @Test
    void searchDownloadHoldsEveryPassageShown() throws Exception {
        open("/search?q=" + WebClient.q("地区生产总值"));
        List<String> passages = browser.all("#hits .passage").stream().map(WebElement::getText).toList();
        assertThat(passages).isNotEmpty();
        List<Map<String, String>> rows = TableFiles.xlsx(download("search", "xlsx"));
        assertThat(column(rows, "passage")).isEqualTo(passages);
        assertThat(column(rows, "query")).containsOnly("地区生产总值");
    }

    @Test
    void projectsAndPromisesDownloadsHoldThePageRows() throws Exception {
        open("/projects?region=" + WebClient.q("平陆县"));
        List<List<String>> projects = cells("projects");
        assertThat(projects).isNotEmpty();
        List<Map<String, String>> rows = TableFiles.csv(download("projects", "csv"));
        assertThat(column(rows, "project")).isEqualTo(projects.stream().map(r -> r.get(1)).toList());

        open("/promises?region=" + WebClient.q("平陆县") + "&verdict=kept");
        List<List<String>> promises = cells("promises");
        assertThat(promises).isNotEmpty();
        rows = TableFiles.csv(download("promises", "csv"));
        assertThat(column(rows, "promised_sentence")).isEqualTo(promises.stream().map(r -> r.get(4)).toList());
        assertThat(column(rows, "verdict")).containsOnly("kept");
    }

    @Test
    void regionPageTargetsDownloadHoldsItsTargets() throws Exception {
        open("/regions/" + LINZE);
        List<List<String>> page = cells("targets");
        assertThat(page).isNotEmpty();
        List<Map<String, String>> rows = TableFiles.csv(download("region-targets", "csv"));
        assertThat(column(rows, "indicator")).isEqualTo(page.stream().map(r -> r.get(0)).toList());
        assertThat(column(rows, "region_code")).containsOnly(LINZE);
    }

    @Test
    void everyChartSavesAsPngAndSvg() throws Exception {
        open("/regions/" + CAOXIAN);
        WebElement chart = browser.driver.findElement(By.id("chart-地区生产总值"));
        browser.script("arguments[0].scrollIntoView({block: 'center'})", chart);
        browser.waitUntil("the chart drew", () -> Boolean.TRUE.equals(browser.script(
                "return !!arguments[0].querySelector('canvas')", chart)));
        // The toolbox's icons sit at the chart's top right, PNG first, SVG last; ECharts says where it drew them.
        @SuppressWarnings("unchecked")
        List<List<Number>> drawn = (List<List<Number>>) browser.script("""
                var chart = echarts.getInstanceByDom(arguments[0]);
                var view = chart._componentsViews.filter(function (v) { return v.__model && v.__model.mainType === 'toolbox'; })[0];
                var out = [];
                view.group.eachChild(function (icon) {
                  if (icon.invisible || icon.ignore || icon.type === 'text') { return; }
                  var r = icon.getBoundingRect().clone(); r.applyTransform(icon.getComputedTransform());
                  out.push([r.x + r.width / 2, r.y + r.height / 2]);
                });
                // Leftmost first: PNG, then SVG.
                return out.sort(function (a, b) { return a[0] - b[0]; });""", chart);
        assertThat(drawn).hasSizeGreaterThanOrEqualTo(2);
        List<List<Number>> icons = List.of(drawn.get(0), drawn.get(drawn.size() - 1));
        int width = chart.getRect().getWidth();
        int height = chart.getRect().getHeight();
        Path png = downloadBy(() -> new Actions(browser.driver).moveToElement(chart,
                        icons.get(0).get(0).intValue() - width / 2, icons.get(0).get(1).intValue() - height / 2)
                .click().perform(), ".png");
        byte[] bytes = Files.readAllBytes(png);
        assertThat(bytes).startsWith(0x89, 'P', 'N', 'G');
        assertThat(png.getFileName().toString()).isEqualTo("xianzhi-地区生产总值.png");

        Path svg = downloadBy(() -> new Actions(browser.driver).moveToElement(chart,
                        icons.get(1).get(0).intValue() - width / 2, icons.get(1).get(1).intValue() - height / 2)
                .click().perform(), ".svg");
        String markup = Files.readString(svg, StandardCharsets.UTF_8);
        assertThat(markup).startsWith("<svg").contains("</svg>").contains("<path");

        open("/compare?indicator=GDP&region=" + CAOXIAN + "&region=" + LINZE);
        assertThat(browser.script("var o = echarts.getInstanceByDom(document.getElementById('chart-compare')).getOption();"
                + " return o.toolbox[0].feature.saveAsImage.type + ' ' + !!o.toolbox[0].feature.mySaveSvg;"))
                .isEqualTo("png true");
    }

    @Test
    void wideTableOfOneRegionAndOfAllDownloadsItsRows() throws Exception {
        open("/regions/" + LINZE);
        browser.driver.findElement(By.id("wide-link")).click();
        browser.waitUntil("the wide table opened", () -> browser.driver.getCurrentUrl().contains("/table?region=" + LINZE));
        List<String> headers = browser.all("table#wide thead th").stream().map(th -> th.getAttribute("data-column")).toList();
        List<List<String>> page = cells("wide");
        assertThat(page).isNotEmpty();
        assertThat(headers).contains("region", "region_code", "indicator", "measure", "unit").anyMatch(h -> h.startsWith("actual_20"));
        List<Map<String, String>> rows = TableFiles.csv(download("wide", "csv"));
        assertThat(rows).hasSameSizeAs(page);
        assertThat(List.copyOf(rows.get(0).keySet())).isEqualTo(headers);
        for (int i = 0; i < page.size(); i++) {
            assertThat(List.copyOf(rows.get(i).values())).isEqualTo(page.get(i));
        }
        assertThat(column(rows, "region_code")).containsOnly(LINZE);
        // Target − actual wherever a year has both: points for growth, percent of the target for values.
        int gaps = 0;
        for (Map<String, String> r : rows) {
            for (String h : headers) {
                if (h.startsWith("gap_") && !r.get(h).isEmpty()) {
                    String year = h.substring(4);
                    java.math.BigDecimal target = new java.math.BigDecimal(r.get("target_" + year));
                    java.math.BigDecimal actual = new java.math.BigDecimal(r.get("actual_" + year));
                    java.math.BigDecimal expected = r.get("measure").equals("value")
                            ? target.subtract(actual).multiply(java.math.BigDecimal.valueOf(100)).divide(target.abs(), 2, java.math.RoundingMode.HALF_UP)
                            : target.subtract(actual);
                    assertThat(new java.math.BigDecimal(r.get(h))).as(r + " " + h).isEqualByComparingTo(expected);
                    gaps++;
                }
            }
        }
        // linze-work-report-2025 reports the year linze-work-report-2024 set targets for.
        assertThat(gaps).as("years with both a target and an actual").isGreaterThanOrEqualTo(5);

        open("/table");
        List<List<String>> everyRegion = cells("wide");
        assertThat(everyRegion.stream().map(r -> r.get(0)).distinct().count()).isGreaterThan(3);
        List<Map<String, String>> latest = TableFiles.xlsx(download("latest", "xlsx"));
        List<List<String>> latestPage = cells("latest-values");
        assertThat(latest).hasSameSizeAs(latestPage).hasSameSizeAs(everyRegion);
        assertThat(column(latest, "latest_actual")).isEqualTo(latestPage.stream().map(r -> r.get(6)).toList());
    }

    @Test
    void demoTargetsOfConsecutiveReportsAreMetCloseAndMissed() {
        open("/targets?region=" + LINZE + "&year=2024");
        List<String> statuses = browser.all("table#targets tbody tr.target").stream().map(tr -> tr.getAttribute("data-status")).toList();
        assertThat(statuses).contains("met", "close", "missed");
        // Each judged row shows its gap and the years of the report that set it and the one that reported it.
        for (WebElement tr : browser.all("table#targets tbody tr.target:not([data-status='no_actual'])")) {
            assertThat(tr.findElement(By.cssSelector("td.gap")).getText()).matches("-?[0-9.]+(个百分点|%|位)");
            assertThat(tr.findElement(By.cssSelector("td.report-year")).getText()).isEqualTo("2024 → 2025");
        }
    }

    @Test
    void targetsTotalsCountEveryRowAndThePagesShowEachRowOnce() throws Exception {
        open("/targets?size=25");
        int total = Integer.parseInt(browser.driver.findElement(By.id("targets-total")).getAttribute("data-total"));
        int counted = browser.all("#status-legend li .count").stream().mapToInt(e -> Integer.parseInt(e.getText())).sum();
        assertThat(total).isGreaterThan(25).isEqualTo(counted);
        List<String> seen = new ArrayList<>();
        while (true) {
            List<WebElement> rows = browser.all("table#targets tbody tr.target");
            assertThat(rows.size()).isLessThanOrEqualTo(25);
            rows.forEach(tr -> seen.add(tr.findElement(By.cssSelector("a.figure")).getAttribute("href")));
            List<WebElement> next = browser.all("#pager a[rel=next]");
            if (next.isEmpty()) {
                break;
            }
            next.get(0).click();
            browser.waitUntil("the next page", () -> browser.driver.getCurrentUrl().contains("page="));
        }
        assertThat(seen).hasSize(total).doesNotHaveDuplicates();
        // The download holds every row the filters select, in the pages' order, not only the page shown.
        List<Map<String, String>> rows = TableFiles.csv(download("targets", "csv"));
        assertThat(column(rows, "target_link")).isEqualTo(seen);
        // Totals count all the rows of a filter too.
        open("/targets?size=5&status=no_actual");
        assertThat(browser.driver.findElement(By.id("targets-total")).getAttribute("data-total"))
                .isEqualTo(browser.driver.findElement(By.cssSelector("#status-legend li[data-status=no_actual] .count")).getText());
        assertThat(browser.all("table#targets tbody tr.target")).hasSize(5);
    }

    @Test
    void targetsSortByGapBothWaysWithRowsWithoutAGapLast() {
        open("/targets?region=" + LINZE);
        browser.driver.findElement(By.cssSelector("th a.sort[data-sort=gap]")).click();
        browser.waitUntil("sorted", () -> browser.driver.getCurrentUrl().contains("sort=gap"));
        List<String> ascending = gaps();
        browser.driver.findElement(By.cssSelector("th a.sort[data-sort=gap]")).click();
        browser.waitUntil("sorted the other way", () -> browser.driver.getCurrentUrl().contains("order=desc"));
        List<String> descending = gaps();
        List<java.math.BigDecimal> up = numbers(ascending);
        assertThat(up).hasSizeGreaterThan(3).isSorted();
        List<java.math.BigDecimal> down = numbers(descending);
        assertThat(down).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(ascending.get(ascending.size() - 1)).isEmpty();
        assertThat(descending.get(descending.size() - 1)).isEmpty();
        assertThat(ascending.indexOf("")).isEqualTo(up.size());
    }

    private static List<String> gaps() {
        return browser.all("table#targets tbody td.gap").stream().map(WebElement::getText).toList();
    }

    /** The leading gaps as numbers (they mix units; the order is by amount). */
    private static List<java.math.BigDecimal> numbers(List<String> gaps) {
        return gaps.stream().takeWhile(g -> !g.isEmpty()).map(g -> new java.math.BigDecimal(g.replaceAll("[^0-9.\\-]", ""))).toList();
    }

    @Test
    void searchCountsEveryHitAndFiltersByRegionYearAndKind() {
        open("/search?q=" + WebClient.q("地区生产总值"));
        int all = total();
        assertThat(all).isGreaterThan(5).isEqualTo(browser.all("#hits li.hit").size());

        // The filters as a person sets them: choose a region in the form and search again.
        new org.openqa.selenium.support.ui.Select(browser.driver.findElement(By.cssSelector("form#search select[name=region]")))
                .selectByValue(LINZE);
        browser.driver.findElement(By.cssSelector("form#search button")).click();
        browser.waitUntil("the filtered search", () -> browser.driver.getCurrentUrl().contains("region=" + LINZE));
        assertThat(total()).isEqualTo(2);
        assertThat(browser.all("#hits .meta")).allSatisfy(m -> assertThat(m.getText()).startsWith("临泽县"));

        open("/search?q=" + WebClient.q("地区生产总值") + "&region=" + LINZE + "&year=2025");
        assertThat(total()).isEqualTo(1);
        assertThat(browser.all("#hits h3 a").get(0).getText()).isEqualTo("linze-work-report-2025.txt");

        open("/search?q=" + WebClient.q("地区生产总值") + "&kind=work_report");
        int reports = total();
        assertThat(reports).isLessThan(all).isGreaterThanOrEqualTo(5);
        assertThat(browser.all("#hits h3 a")).allSatisfy(a -> assertThat(a.getText()).contains("work-report"));
    }

    @Test
    void theReadmeExampleFindsTourismIncomeUnderEveryName() {
        open("/search?q=" + WebClient.q("旅游收入"));
        List<String> files = browser.all("#hits h3 a").stream().map(WebElement::getText).toList();
        // The 2024 report writes only 旅游综合收入: found through the taxonomy's aliases.
        assertThat(files).contains("linze-work-report-2025.txt", "linze-work-report-2024.txt");
        assertThat(browser.all("#hits .passage mark")).extracting(WebElement::getText).contains("旅游综合收入");
        open("/search?q=" + WebClient.q("\"旅游收入\""));
        assertThat(browser.all("#hits h3 a")).extracting(WebElement::getText).contains("linze-work-report-2025.txt")
                .doesNotContain("linze-work-report-2024.txt");
    }

    @Test
    void aPassageLinkOpensItsDocumentWithThePassageMarkedAndInView() throws Exception {
        open("/search?q=" + WebClient.q("接待游客"));
        List<WebElement> passages = browser.all("#hits a.passage");
        assertThat(passages).isNotEmpty();
        WebElement last = passages.get(passages.size() - 1);
        String href = last.getAttribute("href");
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("/documents/([0-9a-f]{64})\\?at=(\\d+)-(\\d+)$").matcher(href);
        assertThat(m.find()).as(href).isTrue();
        String expected = store.document(m.group(1)).orElseThrow().original()
                .substring(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        browser.script("arguments[0].scrollIntoView({block: 'center'})", last);
        last.click();
        browser.waitUntil("the document opened", () -> browser.driver.getCurrentUrl().contains("?at="));
        String marked = (String) browser.script("return Array.from(document.querySelectorAll('#doc-text mark.at'))"
                + ".map(function (e) { return e.textContent; }).join('');");
        assertThat(marked).isEqualTo(expected);
        assertThat(browser.script("var r = document.getElementById('at').getBoundingClientRect();"
                + " return r.top >= 0 && r.bottom <= window.innerHeight;")).isEqualTo(true);

        // The project pages link the same way, and now their sentences are marked too.
        open("/projects?region=" + WebClient.q("平陆县"));
        String step = browser.all("table#projects a.step").get(0).getAttribute("href");
        open(step.substring(base.length()));
        assertThat(browser.all("#doc-text mark.at")).isNotEmpty();
    }

    private static int total() {
        return Integer.parseInt(browser.driver.findElement(By.id("search-total")).getAttribute("data-total"));
    }

    @Test
    void noPageListsTheBlankRegionOfFactsWhoseRegionIsUnknown() throws Exception {
        assertThat(store.regionSummaries()).anySatisfy(r -> assertThat(r.name()).isBlank());
        open("/");
        assertThat(browser.all("table#regions tbody tr td:first-child")).isNotEmpty()
                .allSatisfy(td -> assertThat(td.getText()).isNotBlank());
        open("/compare");
        assertThat(browser.all("#compare-regions label")).isNotEmpty().allSatisfy(l -> assertThat(l.getText()).isNotBlank());
        open("/targets");
        assertThat(browser.all("#targets-filter select[name=region] option:not([value=''])"))
                .isNotEmpty().allSatisfy(o -> assertThat(o.getText()).isNotBlank());
    }

    @Test
    void compareKeepsEachRegionNameOnOneLine() throws Exception {
        StringBuilder path = new StringBuilder("/compare?indicator=GDP");
        store.regionSummaries().stream().filter(r -> !r.name().isBlank()).forEach(r -> path.append("&region=").append(r.key()));
        open(path.toString());
        List<WebElement> names = browser.all("table#compare tbody td:first-child a");
        assertThat(names).hasSizeGreaterThan(5);
        for (WebElement a : names) {
            assertThat(((Number) browser.script("return arguments[0].getClientRects().length;", a)).intValue())
                    .as(a.getText()).isEqualTo(1);
        }
    }

    @Test
    void theFactPanelSitsBesideTheTextItExplains() throws Exception {
        open("/regions/" + LINZE);
        String link = browser.all("table#targets a.figure").get(0).getAttribute("href");
        open(link.substring(base.length()));
        browser.waitUntil("the panel opened", () -> browser.driver.findElement(By.id("fact-panel")).isDisplayed());
        WebElement panel = browser.driver.findElement(By.id("fact-panel"));
        WebElement text = browser.driver.findElement(By.id("doc-text"));
        assertThat(panel.getRect().getX()).isGreaterThanOrEqualTo(text.getRect().getX() + text.getRect().getWidth());
        // Every marked fact of the text is the element at its own centre: nothing lies over it.
        @SuppressWarnings("unchecked")
        List<String> covered = (List<String>) browser.script("""
                return Array.from(document.querySelectorAll('#doc-text mark.fact')).filter(function (m) {
                  m.scrollIntoView({block: 'center'});
                  var r = m.getClientRects()[0];
                  var hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
                  return !(hit === m || m.contains(hit));
                }).map(function (m) { return m.textContent; });""");
        assertThat(covered).isEmpty();
    }
}
