package org.xianzhi.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xianzhi.app.web.WebClient.q;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xianzhi.app.search.Passage;
import org.xianzhi.app.search.SearchHit;
import org.xianzhi.app.search.SearchResults;
import org.xianzhi.app.store.FactQuery;
import org.xianzhi.app.store.StoredFact;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Every endpoint of a read-only server over the samples plus one hostile document (markup in its text and its file
 * name): status codes, JSON shapes, 400s for bad parameters, 404s for unknown ids, escaping, and the links from every
 * figure to its sentence.
 */
class WebApiTest {
    @TempDir
    static Path temp;

    static WebFixture web;
    static WebClient client;
    static String hostileId;
    static final String HOSTILE_FILE = "曹县<img src=x onerror=alert(1)>.txt";
    static final List<String> SEARCHED = new ArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        Path hostile = temp.resolve("docs").resolve(HOSTILE_FILE);
        Files.createDirectories(hostile.getParent());
        Files.writeString(hostile, """
                曹县2024年政府工作报告
                2023年,全县地区生产总值完成452.6亿元,增长6.2%。<script>alert('xianzhi')</script>
                一般公共预算收入完成21.3亿元,增长5.1%。
                2024年主要预期目标:地区生产总值增长6%左右。
                """, StandardCharsets.UTF_8);
        List<Path> files = new ArrayList<>(WebFixture.samples());
        files.add(hostile);
        DocumentSearch fake = request -> {
            String query = request.query();
            SEARCHED.add(query + "|" + request.limit());
            return new SearchResults(1, List.of(new SearchHit(hostileId, HOSTILE_FILE, "曹县", "2024-01-01", 1f, List.of(
                    new Passage("地区生产总值<mark>" + query + "</mark>增长 &lt;b&gt; <script>bad()</script>", 10, 30)))));
        };
        web = WebFixture.start(temp.resolve("web.duckdb"), files, fake, null, 1 << 20);
        client = web.client;
        hostileId = web.store.documentSummaries(null, 100).stream().filter(d -> d.file().endsWith(HOSTILE_FILE))
                .findFirst().orElseThrow().id();
    }

    @AfterAll
    static void stop() throws Exception {
        web.close();
    }

    private static JsonNode json(String path) throws Exception {
        WebClient.Reply r = client.get(path);
        assertThat(r.status()).as(path + ": " + r.body()).isEqualTo(200);
        assertThat(r.contentType()).startsWith("application/json");
        return r.json();
    }

    private static void assertError(String path, int status, String words) throws Exception {
        WebClient.Reply r = client.get(path);
        assertThat(r.status()).as(path).isEqualTo(status);
        assertThat(r.contentType()).startsWith("application/json");
        assertThat(r.json().path("status").asInt()).isEqualTo(status);
        assertThat(r.json().path("error").asText()).contains(words);
    }

    private static String page(String path) throws Exception {
        WebClient.Reply r = client.get(path);
        assertThat(r.status()).as(path + ": " + r.body()).isEqualTo(200);
        assertThat(r.contentType()).startsWith("text/html");
        return r.body();
    }

    // ---- API

    @Test
    void regionsListEveryRegionWithItsCountsAndLink() throws Exception {
        JsonNode regions = json("/api/regions");
        assertThat(regions.size()).isEqualTo(web.store.regionSummaries().size()).isGreaterThanOrEqualTo(10);
        long total = 0;
        for (JsonNode r : regions) {
            assertThat(r.path("name").asText()).isNotBlank();
            assertThat(r.path("documents").asInt()).isPositive();
            assertThat(r.path("link").asText()).isEqualTo("/regions/" + (r.path("code").isNull() ? r.path("name").asText() : r.path("code").asText()));
            total += r.path("facts").asLong();
        }
        assertThat(total).isEqualTo(web.store.factCount());
    }

    @Test
    void aRegionsDataHasSeriesTargetsAndDocumentsAndEveryPointIsItsFact() throws Exception {
        JsonNode p = json("/api/regions/371721");
        assertThat(p.path("name").asText()).isEqualTo("曹县");
        assertThat(p.path("series").size()).isPositive();
        assertThat(p.path("documents").size()).isGreaterThanOrEqualTo(2);
        for (JsonNode s : p.path("series")) {
            for (JsonNode point : iterate(s.path("actuals"), s.path("targets"))) {
                JsonNode fact = factAt(point.path("link").asText());
                assertThat(fact.path("indicator").asText()).isEqualTo(s.path("indicator").asText());
                assertThat(fact.path("measure").asText()).isEqualTo(s.path("measure").asText());
                assertThat(fact.path("period").asText()).isEqualTo(point.path("year").asText());
            }
        }
        JsonNode byName = json("/api/regions/" + q("曹县"));
        assertThat(byName.path("facts").size()).isEqualTo(p.path("facts").size());
    }

    @Test
    void unknownRegionsAndDocumentsAre404() throws Exception {
        assertError("/api/regions/999999", 404, "999999");
        assertError("/api/documents/" + "0".repeat(64), 404, "no document");
        assertError("/api/nothing-here", 404, "/api/nothing-here");
        assertThat(client.get("/regions/" + q("无此县")).status()).isEqualTo(404);
        assertThat(client.get("/documents/nope").body()).contains("no document &#39;nope&#39;");
    }

    @Test
    void indicatorsFollowTheTaxonomyWithFactCounts() throws Exception {
        JsonNode indicators = json("/api/indicators");
        assertThat(indicators.size()).isEqualTo(web.store.factCountsByIndicator().size() + countWithoutFacts(indicators));
        JsonNode gdp = find(indicators, "name", "地区生产总值");
        assertThat(gdp.path("unit").asText()).isEqualTo("亿元");
        assertThat(gdp.path("facts").asLong()).isEqualTo(web.store.facts(FactQuery.all().withIndicator("地区生产总值")).size());
        assertThat(gdp.path("measures").toString()).contains("value", "growth");
    }

    @Test
    void factsAreFilteredByRegionIndicatorAliasStatusAndYears() throws Exception {
        JsonNode facts = json("/api/facts?region=371721&indicator=GDP");
        assertThat(facts.size()).isPositive();
        for (JsonNode f : facts) {
            assertThat(f.path("region_code").asText()).isEqualTo("371721");
            assertThat(f.path("indicator").asText()).isEqualTo("地区生产总值");
            assertThat(f.path("link").asText()).isEqualTo("/documents/" + f.path("doc").asText() + "#f" + f.path("seq").asInt());
        }
        JsonNode targets = json("/api/facts?status=target&from=2024&to=2024");
        assertThat(targets.size()).isPositive();
        targets.forEach(f -> assertThat(f.path("status").asText()).isEqualTo("target"));
        assertThat(json("/api/facts?limit=3").size()).isEqualTo(3);
    }

    @Test
    void badFactParametersAre400WithAMessageNamingThem() throws Exception {
        assertError("/api/facts?status=maybe", 400, "unknown status 'maybe'");
        assertError("/api/facts?from=abc", 400, "from");
        assertError("/api/facts?from=2024&to=2020", 400, "fromYear 2024 is after toYear 2020");
        assertError("/api/facts?from=1800", 400, "from must be a year");
        assertError("/api/facts?limit=0", 400, "limit must be from 1");
        assertError("/api/facts?indicator=" + q("幸福指数"), 400, "unknown indicator '幸福指数'");
    }

    @Test
    void targetsCarryAStatusAndColourAndFilterByThem() throws Exception {
        JsonNode all = json("/api/targets");
        assertThat(all.size()).isPositive();
        Set<String> statuses = new HashSet<>();
        for (JsonNode t : all) {
            statuses.add(t.path("status").asText());
            assertThat(t.path("status").asText()).isIn("met", "close", "missed", "no_actual");
            assertThat(t.path("target").path("status").asText()).isEqualTo("target");
            assertThat(t.path("actual").isNull()).isEqualTo(t.path("status").asText().equals("no_actual"));
        }
        for (String s : statuses) {
            JsonNode only = json("/api/targets?status=" + s);
            assertThat(only.size()).isPositive();
            only.forEach(t -> assertThat(t.path("status").asText()).isEqualTo(s));
        }
        JsonNode caoxian = json("/api/targets?region=371721&indicator=GDP&year=2024");
        assertThat(caoxian.size()).isPositive();
        for (JsonNode t : caoxian) {
            String[] years = t.path("target").path("period").asText().split("-");
            assertThat(Integer.parseInt(years[0])).isLessThanOrEqualTo(2024);
            assertThat(Integer.parseInt(years[years.length - 1])).isGreaterThanOrEqualTo(2024);
            assertThat(t.path("target").path("indicator").asText()).isEqualTo("地区生产总值");
        }
        assertError("/api/targets?status=green", 400, "unknown status 'green'");
        assertError("/api/targets?year=twenty", 400, "year");
    }

    @Test
    void documentsListNewestFirstAndADocumentHasItsTextAndFacts() throws Exception {
        JsonNode docs = json("/api/documents");
        assertThat(docs.size()).isEqualTo(web.store.documentCount());
        assertThat(json("/api/documents?limit=2").size()).isEqualTo(2);
        assertThat(json("/api/documents?region=371721").size()).isGreaterThanOrEqualTo(2);
        assertError("/api/documents?limit=-1", 400, "limit");

        JsonNode d = json("/api/documents/" + hostileId);
        assertThat(d.path("original").asText()).contains("<script>alert('xianzhi')</script>");
        assertThat(d.path("file").asText()).endsWith(HOSTILE_FILE);
        assertThat(d.path("facts").size()).isPositive();
        for (JsonNode f : d.path("facts")) {
            String evidence = d.path("original").asText().substring(f.path("start").asInt(), f.path("end").asInt());
            assertThat(evidence).isNotBlank();
        }
    }

    @Test
    void compareGivesEachRegionsSeriesOfOneIndicator() throws Exception {
        JsonNode c = json("/api/compare?indicator=GDP&region=371721&region=" + q("临泽县"));
        assertThat(c.path("indicator").asText()).isEqualTo("地区生产总值");
        assertThat(c.path("measure").asText()).isEqualTo("value");
        assertThat(c.path("unit").asText()).isEqualTo("亿元");
        assertThat(c.path("regions").size()).isEqualTo(2);
        assertThat(c.path("regions").get(0).path("region").asText()).isEqualTo("曹县");
        assertThat(c.path("regions").get(1).path("region").asText()).isEqualTo("临泽县");
        assertThat(c.path("years").size()).isPositive();
        JsonNode growth = json("/api/compare?indicator=GDP&measure=growth&region=371721,620723");
        assertThat(growth.path("unit").asText()).isEqualTo("%");

        assertError("/api/compare?region=371721", 400, "indicator is required");
        assertError("/api/compare?indicator=GDP", 400, "at least one region");
        assertError("/api/compare?indicator=GDP&region=999999", 404, "999999");
        assertError("/api/compare?indicator=GDP&region=371721&measure=size", 400, "unknown measure 'size'");
    }

    @Test
    void searchPassesQueryAndLimitToTheIndexAndRejectsBadOnes() throws Exception {
        JsonNode hits = json("/api/search?q=" + q(" 增长 ") + "&limit=5");
        assertThat(SEARCHED).contains("增长|5");
        assertThat(hits.get(0).path("doc").asText()).isEqualTo(hostileId);
        assertThat(hits.get(0).path("passages").get(0).path("start").asInt()).isEqualTo(10);
        assertError("/api/search", 400, "q is required");
        assertError("/api/search?q=x&limit=101", 400, "limit must be from 1 to 100");
    }

    @Test
    void overviewCountsTheStore() throws Exception {
        JsonNode o = json("/api/overview");
        assertThat(o.path("documents").asInt()).isEqualTo(web.store.documentCount());
        assertThat(o.path("facts").asLong()).isEqualTo(web.store.factCount());
        assertThat(o.path("latest").size()).isEqualTo(10);
    }

    @Test
    void openApiDescribesEveryApiRoute() throws Exception {
        JsonNode spec = json("/api/openapi.json");
        assertThat(spec.path("openapi").asText()).startsWith("3.");
        List<String> paths = new ArrayList<>();
        spec.path("paths").fieldNames().forEachRemaining(paths::add);
        assertThat(paths).containsExactlyInAnyOrder("/api/overview", "/api/regions", "/api/regions/{region}",
                "/api/indicators", "/api/facts", "/api/targets", "/api/documents", "/api/documents/{id}",
                "/api/compare", "/api/search", "/api/openapi.json", "/api/projects", "/api/promises", "/api/officials");
        assertThat(spec.path("paths").path("/api/documents").path("post").path("responses").has("413")).isTrue();
    }

    // ---- the ledger of projects, promises and officials (the 平陆县 samples start, finish and forget projects)

    @Test
    void promisesAreJudgedAgainstTheRegionsLaterReports() throws Exception {
        JsonNode promises = json("/api/promises?region=" + WebClient.q("平陆县"));
        Map<String, String> verdicts = new HashMap<>();
        promises.forEach(p -> verdicts.put(p.path("what").asText() + "@" + p.path("deadline").asText(),
                p.path("verdict").asText()));
        assertThat(verdicts).containsEntry("圣人涧大道@2021-12-31", "kept")
                .containsEntry("县第二幼儿园@2021-06-30", "late")
                .containsEntry("张店光伏电站@2021-06-30", "overdue")
                .containsEntry("黄河文化公园@2023-12-31", "open");
        for (JsonNode p : promises) {
            assertThat(p.path("promised_link").asText()).startsWith("/documents/");
            if (p.path("verdict").asText().equals("kept")) {
                assertThat(p.path("reported").path("link").asText()).startsWith("/documents/");
            }
        }
        assertThat(json("/api/promises?region=" + WebClient.q("平陆县") + "&verdict=late")).allSatisfy(
                p -> assertThat(p.path("verdict").asText()).isEqualTo("late"));
        assertError("/api/promises?verdict=maybe", 400, "verdict");
    }

    @Test
    void projectsAreFollowedAcrossDocumentsWithTheirWarningColour() throws Exception {
        JsonNode projects = json("/api/projects?region=" + WebClient.q("平陆县"));
        JsonNode bridge = null;
        for (JsonNode p : projects) {
            if (p.path("name").asText().equals("黄河大桥南连接线")) {
                bridge = p;
            }
        }
        assertThat(bridge).isNotNull();
        assertThat(bridge.path("timeline").size()).isGreaterThanOrEqualTo(3);
        assertThat(bridge.path("reached").asText()).isEqualTo("operating");
        assertThat(bridge.path("colour").asText()).isEqualTo("green");
        assertThat(json("/api/projects?region=" + WebClient.q("平陆县") + "&colour=red")).isNotEmpty()
                .allSatisfy(p -> assertThat(p.path("colour").asText()).isEqualTo("red"));
        assertError("/api/projects?stage=dreaming", 400, "stage");
    }

    @Test
    void officialsSayWhoLedTheCountyWhen() throws Exception {
        JsonNode officials = json("/api/officials?region=" + WebClient.q("平陆县"));
        List<String> seen = new ArrayList<>();
        officials.forEach(o -> seen.add(o.path("date").asText() + " " + o.path("name").asText() + " " + o.path("title").asText()));
        assertThat(seen).contains("2021-01-18 韩立新 平陆县人民政府县长", "2023-01-12 赵文博 平陆县人民政府代县长");
    }

    @Test
    void uploadsToAReadOnlyServerAre403() throws Exception {
        WebClient.Reply r = client.post("/api/documents?name=a.txt", "曹县地区生产总值增长6%。".getBytes(StandardCharsets.UTF_8),
                "Authorization", "Bearer anything");
        assertThat(r.status()).isEqualTo(403);
        assertThat(r.json().path("error").asText()).contains("read-only");
    }

    // ---- pages

    @Test
    void homeShowsCountsRegionsLatestDocumentsAndASearchBox() throws Exception {
        String html = page("/");
        assertThat(html).contains("<html lang=\"zh-CN\"", "id=\"count-documents\">" + web.store.documentCount() + "<",
                "<form id=\"search\"", "table id=\"regions\"", "href=\"/regions/371721\"", "table id=\"latest\"", "覆盖区域");
        String english = page("/?lang=en");
        assertThat(english).contains("<html lang=\"en\"", "Regions covered");
    }

    @Test
    void regionPageHasAChartPerIndicatorAndEveryFigureLinksToItsFact() throws Exception {
        String html = page("/regions/371721");
        assertThat(html).contains("id=\"chart-地区生产总值\"", "data-chart=\"{&quot;measure&quot;", "data-value=\"", "table id=\"targets\"",
                "/assets/echarts.min.js");
        List<String> links = figureLinks(html);
        assertThat(links).isNotEmpty();
        for (String link : links) {
            factAt(link);
        }
    }

    @Test
    void targetsPageFiltersAndColoursItsTable() throws Exception {
        String html = page("/targets?region=371721&indicator=&year=&status=");
        assertThat(html).contains("<table id=\"targets\"", "class=\"status ");
        assertThat(html).doesNotContain("/regions/620723\">临泽县</a></td>");
        figureLinks(html).forEach(link -> assertThat(link).startsWith("/documents/"));
        assertThat(client.get("/targets?year=abc").status()).isEqualTo(400);
    }

    @Test
    void comparePageShowsAFormAndWithChoicesAChartAndTable() throws Exception {
        assertThat(page("/compare")).contains("id=\"compare-form\"").doesNotContain("chart-compare");
        String html = page("/compare?indicator=GDP&region=371721&region=620723");
        assertThat(html).contains("id=\"chart-compare\"", "<table id=\"compare\"", ">曹县</a>", ">临泽县</a>");
        for (String link : figureLinks(html)) {
            factAt(link);
        }
    }

    @Test
    void documentPageMarksEveryFactAndEscapesTheText() throws Exception {
        String html = page("/documents/" + hostileId);
        assertThat(html).contains("&lt;script&gt;alert(&#39;xianzhi&#39;)&lt;/script&gt;", "id=\"fact-panel\"",
                "<mark class=\"fact\" data-seq=\"0", "<span class=\"anchor\" id=\"f0\"></span>");
        assertThat(html).doesNotContain("<script>alert", "<img src=x");
        assertThat(html).contains("曹县&lt;img src=x onerror=alert(1)&gt;.txt");
        int facts = web.store.factsOf(hostileId).size();
        for (int seq = 0; seq < facts; seq++) {
            assertThat(html).contains("id=\"f" + seq + "\"");
        }
        // Outside the marks and anchors, the page's text is the original text.
        String pre = html.substring(html.indexOf("<pre id=\"doc-text\""), html.indexOf("</pre>"));
        String shown = pre.substring(pre.indexOf('>') + 1).replaceAll("<[^>]*>", "")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
        assertThat(shown).isEqualTo(web.store.document(hostileId).orElseThrow().original());
    }

    @Test
    void listsEscapeAHostileFileName() throws Exception {
        // The home page lists only the ten newest documents, which need not include it; these list it whatever the samples.
        for (String path : List.of("/regions/371721", "/search?q=" + q("增长"))) {
            String html = page(path);
            assertThat(html).contains("&lt;img src=x onerror=alert(1)&gt;").doesNotContain("<img src=x");
        }
    }

    @Test
    void searchPageKeepsOnlyTheMarksOfAPassage() throws Exception {
        String html = page("/search?q=" + q("<b>增长</b>"));
        assertThat(html).contains("<mark>&lt;b&gt;增长&lt;/b&gt;</mark>", "&lt;script&gt;bad()&lt;/script&gt;", "value=\"&lt;b&gt;增长&lt;/b&gt;\"");
        assertThat(html).doesNotContain("<script>bad", "<b>增长");
        assertThat(page("/search")).contains("id=\"no-results\"");
    }

    @Test
    void assetsComeFromTheJarAndNothingElseIsServed() throws Exception {
        WebClient.Reply echarts = client.get("/assets/echarts.min.js");
        assertThat(echarts.status()).isEqualTo(200);
        assertThat(echarts.contentType()).startsWith("text/javascript");
        assertThat(echarts.body().length()).isGreaterThan(500_000);
        assertThat(client.get("/assets/app.js").body()).contains("fact-panel");
        assertThat(client.get("/assets/nope.js").status()).isEqualTo(404);
        assertThat(client.get("/assets/..%2Fweb.duckdb").status()).isEqualTo(404);
        for (String path : List.of("/", "/regions/371721", "/documents/" + hostileId, "/compare?indicator=GDP&region=371721")) {
            assertThat(page(path)).doesNotContain("http://", "https://", "//cdn");
        }
    }

    // ---- helpers

    private static final Pattern FIGURE = Pattern.compile("<a href=\"(/documents/[0-9a-f]{64}#f\\d+)\" class=\"figure\"");

    private static List<String> figureLinks(String html) {
        List<String> links = new ArrayList<>();
        Matcher m = FIGURE.matcher(html);
        while (m.find()) {
            links.add(m.group(1));
        }
        return links;
    }

    /** The fact a link points at, read from the store; fails when there is none. */
    private static JsonNode factAt(String link) throws Exception {
        Matcher m = Pattern.compile("/documents/([0-9a-f]{64})#f(\\d+)").matcher(link);
        assertThat(m.matches()).as(link).isTrue();
        List<StoredFact> facts = web.store.factsOf(m.group(1));
        int seq = Integer.parseInt(m.group(2));
        assertThat(facts.stream().anyMatch(f -> f.seq() == seq)).as(link).isTrue();
        JsonNode doc = json("/api/documents/" + m.group(1));
        for (JsonNode f : doc.path("facts")) {
            if (f.path("seq").asInt() == seq) {
                return f;
            }
        }
        throw new AssertionError("no fact " + link);
    }

    private static Iterable<JsonNode> iterate(JsonNode a, JsonNode b) {
        List<JsonNode> all = new ArrayList<>();
        a.forEach(all::add);
        b.forEach(all::add);
        return all;
    }

    private static JsonNode find(JsonNode array, String field, String value) {
        for (Iterator<JsonNode> it = array.elements(); it.hasNext(); ) {
            JsonNode n = it.next();
            if (n.path(field).asText().equals(value)) {
                return n;
            }
        }
        throw new AssertionError("no " + field + " = " + value);
    }

    private static int countWithoutFacts(JsonNode indicators) {
        int n = 0;
        for (JsonNode i : indicators) {
            if (i.path("facts").asLong() == 0) {
                n++;
            }
        }
        return n;
    }
}
