package org.xianzhi.app.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.xianzhi.app.search.CountyTexts.document;
import static org.xianzhi.app.search.CountyTexts.normalize;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xianzhi.app.store.StoredDocument;
import org.xianzhi.core.segment.DocumentDate;

class SearchIndexTest {
    private static final String TOURISM = "2023年,全县接待游客812.6万人次,实现旅游收入68.3亿元,同比增长15.2%。"
            + "文化旅游融合发展取得新成效,新创建国家3A级旅游景区2个。";
    private static final String SEPARATE = "全县旅游人数稳步回升。一般公共预算收入完成9.8亿元,增长6.1%。"
            + "城乡居民人均可支配收入分别达到41230元和18650元。";
    private static final String SOLAR = "地区生产总值完成236.5亿元,增长6.8%。光伏发电装机容量新增12万千瓦,"
            + "建成分布式光伏电站38座,光伏产业产值突破20亿元。";

    @TempDir
    Path dir;

    private SearchIndex index;

    @BeforeEach
    void open() throws IOException {
        index = SearchIndex.open(dir.resolve("x.search"));
    }

    @AfterEach
    void close() throws IOException {
        index.close();
    }

    @Test
    void findsAWordOnlyInDocumentsThatContainIt() throws IOException {
        StoredDocument tourism = document("tourism.txt", TOURISM);
        index.index(List.of(tourism, document("separate.txt", SEPARATE), document("solar.txt", SOLAR)));
        index.commit();

        assertThat(index.search("旅游收入", 10)).extracting(SearchHit::docId).containsExactly(tourism.id());
        assertThat(index.search("光伏", 10)).extracting(SearchHit::file).containsExactly("solar.txt");
        assertThat(index.search("收入", 10)).extracting(SearchHit::file)
                .containsExactlyInAnyOrder("tourism.txt", "separate.txt");
    }

    @Test
    void hitCarriesRegionAndDateOfTheDocument() throws IOException {
        index.index(document("a.txt", "平昌县", new DocumentDate(2024, 2, 6), SOLAR));
        index.index(document("b.txt", null, new DocumentDate(2023, 0, 0), TOURISM));
        index.commit();

        SearchHit solar = index.search("光伏", 5).get(0);
        assertThat(solar.region()).isEqualTo("平昌县");
        assertThat(solar.date()).isEqualTo("2024-02-06");
        SearchHit tourism = index.search("旅游收入", 5).get(0);
        assertThat(tourism.region()).isNull();
        assertThat(tourism.date()).isEqualTo("2023");
    }

    @Test
    void ranksTheDocumentAboutAWordAboveOneThatMentionsItInPassing() throws IOException {
        String passing = SEPARATE + "工业经济平稳运行,规模以上工业增加值增长7.2%,其中光伏组件产量有所下降。"
                + "农业农村工作扎实推进,粮食总产量稳定在32万吨以上。交通基础设施建设加快推进,新改建农村公路210公里。";
        index.index(List.of(document("passing.txt", passing), document("solar.txt", SOLAR)));
        index.commit();

        List<SearchHit> hits = index.search("光伏", 10);

        assertThat(hits).extracting(SearchHit::file).containsExactly("solar.txt", "passing.txt");
        assertThat(hits.get(0).score()).isGreaterThan(hits.get(1).score());
    }

    @Test
    void spaceSeparatedWordsMustAllOccur() throws IOException {
        index.index(List.of(document("tourism.txt", TOURISM), document("solar.txt", SOLAR)));
        index.commit();

        assertThat(index.search("光伏 地区生产总值", 10)).extracting(SearchHit::file).containsExactly("solar.txt");
        assertThat(index.search("光伏 旅游收入", 10)).isEmpty();
        assertThat(index.search("光伏 OR 旅游收入", 10)).hasSize(2);
    }

    @Test
    void passagesAreEscapedHtmlWithMatchesMarked() throws IOException {
        String hostile = "网站公告<script>alert('光伏')</script>。光伏&储能项目\"一期\"并网发电,年发电量1.2亿千瓦时。";
        index.index(document("hostile.html", hostile));
        index.commit();

        List<Passage> passages = index.search("光伏", 1).get(0).passages();

        assertThat(passages).isNotEmpty();
        String html = String.join("", passages.stream().map(Passage::html).toList());
        assertThat(html).contains("&lt;script&gt;", "<mark>光伏</mark>", "&amp;", "&quot;一期&quot;")
                .doesNotContain("<script", "</script");
        assertThat(html.replace("<mark>", "").replace("</mark>", "")).doesNotContain("<", ">");
    }

    @Test
    void passageSpansPointAtTheOriginalTextOfTraditionalDocumentsWithGlosses() throws IOException {
        String original = "一、經濟發(fā)展穩中有進\n全縣地區生產總值完成236.5億元，同比增長(zēng zhǎng)6.8%。"
                + "全年接待遊客812萬人次，實現旅遊(lǚ yóu)收入68.3億元。光伏發(fā)電裝機容量新增12萬千瓦。";
        index.index(document("traditional.txt", original));
        index.commit();

        List<Passage> passages = index.search("旅游收入", 1).get(0).passages();

        assertThat(passages).hasSize(1);
        Passage p = passages.get(0);
        assertThat(p.html()).isEqualTo("全年接待游客812万人次,实现<mark>旅游收入</mark>68.3亿元。");
        assertThat(original.substring(p.originalStart(), p.originalEnd()))
                .isEqualTo("全年接待遊客812萬人次，實現旅遊(lǚ yóu)收入68.3億元。");
    }

    @Test
    void everyPassageNormalizesBackFromItsOriginalSpan() throws IOException {
        String original = "二、主要指標\n地區生產總值增長6.8%，光伏產業產值突破20億元。&lt;光伏&gt;示範(fàn)項目建成並網。"
                + "旅遊收入68.3億元，光伏扶貧電站收益2100萬元。";
        index.index(document("glossed.txt", original));
        index.commit();

        List<Passage> passages = index.search("光伏", 1).get(0).passages();

        assertThat(passages).hasSizeGreaterThan(1);
        for (Passage p : passages) {
            assertThat(normalize(original.substring(p.originalStart(), p.originalEnd()))).isEqualTo(p.text());
        }
    }

    @Test
    void aLongPassageWithoutPunctuationIsCutAroundItsMatch() throws IOException {
        String filler = "县域经济高质量发展综合评价指标体系建设推进情况汇总表";
        String original = filler.repeat(40) + "光伏发电装机容量" + filler.repeat(40);
        index.index(document("table.txt", original));
        index.commit();

        Passage p = index.search("光伏", 1).get(0).passages().get(0);

        assertThat(p.text().length()).isLessThanOrEqualTo(MarkedPassages.MAX_CHARS);
        assertThat(p.html()).contains("<mark>光伏</mark>");
        assertThat(original.substring(p.originalStart(), p.originalEnd())).isEqualTo(p.text());
    }

    @Test
    void indexingADocumentAgainReplacesIt() throws IOException {
        StoredDocument solar = document("solar.txt", SOLAR);
        index.index(solar);
        index.index(solar);
        index.commit();
        index.index(List.of(solar, solar));
        index.commit();

        assertThat(index.documentIds()).containsExactly(solar.id());
        assertThat(index.search("光伏", 10)).hasSize(1);

        StoredDocument reextracted = new StoredDocument(solar.id(), solar.file(), solar.format(), solar.charset(),
                TOURISM, normalize(TOURISM), null, null, null, solar.kind(), 0, solar.ingestedAt(), solar.extractedAt());
        index.index(reextracted);
        index.commit();

        assertThat(index.search("光伏", 10)).isEmpty();
        assertThat(index.search("旅游收入", 10)).extracting(SearchHit::docId).containsExactly(solar.id());
    }

    @Test
    void deletedDocumentsAreNoLongerFound() throws IOException {
        StoredDocument solar = document("solar.txt", SOLAR);
        index.index(List.of(solar, document("tourism.txt", TOURISM)));
        index.commit();
        index.delete(solar.id());
        index.delete("no-such-document");
        index.commit();

        assertThat(index.search("光伏", 10)).isEmpty();
        assertThat(index.documentIds()).hasSize(1);
    }

    @Test
    void changesBecomeVisibleOnCommitAndSurviveReopening() throws IOException {
        index.index(document("solar.txt", SOLAR));
        assertThat(index.search("光伏", 10)).isEmpty();
        index.commit();
        index.close();
        index = SearchIndex.open(dir.resolve("x.search"));

        assertThat(index.search("光伏", 10)).hasSize(1);
    }

    @Test
    void anIndexAnalysedAnotherWayIsEmptiedOnOpeningSoThatTheStoreRebuildsIt() throws IOException {
        index.close();
        Path old = dir.resolve("old.search");
        try (FSDirectory directory = FSDirectory.open(old);
             IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new SmartChineseAnalyzer()))) {
            Document d = new Document();
            d.add(new StringField(SearchIndex.ID, "from-before", Field.Store.YES));
            writer.addDocument(d);
            writer.commit();
        }
        index = SearchIndex.open(old);
        assertThat(index.documentIds()).isEmpty();

        index.index(document("solar.txt", SOLAR));
        index.commit();
        index.close();
        index = SearchIndex.open(old);
        assertThat(index.search("光伏", 10)).hasSize(1);
    }

    @Test
    void aQueryFindsItsCharactersOnlyWhereTheyStandInARow() throws IOException {
        index.index(List.of(document("tourism.txt", TOURISM), document("separate.txt", SEPARATE)));
        index.commit();

        assertThat(index.search("旅游收入", 10)).extracting(SearchHit::file).containsExactly("tourism.txt");
        assertThat(index.search("游收", 10)).extracting(SearchHit::file).containsExactly("tourism.txt");
        assertThat(index.search("人均可支配收入", 10)).extracting(SearchHit::file).containsExactly("separate.txt");
    }

    @Test
    void badQueriesAreRejectedWithTheReason() {
        assertThatThrownBy(() -> index.search("旅游 AND (收入", 10)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cannot parse the query «旅游 AND (收入»");
        assertThatThrownBy(() -> index.search("\"光伏", 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> index.search("*光伏", 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> index.search("  ", 10)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("empty");
        assertThatThrownBy(() -> index.search("光伏", 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("limit");
    }

    @Test
    void aSecondProcessCannotOpenTheSameIndex() {
        assertThatThrownBy(() -> SearchIndex.open(dir.resolve("x.search"))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("open in another process");
    }

    @Test
    void searchesRunWhileAnotherThreadIndexes() throws Exception {
        int documents = 200;
        AtomicBoolean done = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            Future<?> writer = pool.submit(() -> {
                for (int i = 0; i < documents; i++) {
                    index.index(document("report-" + i + ".txt", "第" + i + "号报告。" + SOLAR));
                    if (i % 20 == 19) {
                        index.commit();
                    }
                }
                index.commit();
                done.set(true);
                return null;
            });
            List<Future<Integer>> readers = new ArrayList<>();
            for (int r = 0; r < 2; r++) {
                readers.add(pool.submit(() -> {
                    int previous = 0;
                    int searches = 0;
                    while (!done.get()) {
                        int found = index.search("光伏", documents).size();
                        assertThat(found).isGreaterThanOrEqualTo(previous);
                        previous = found;
                        searches++;
                    }
                    return searches;
                }));
            }
            writer.get(60, TimeUnit.SECONDS);
            for (Future<Integer> reader : readers) {
                assertThat(reader.get(60, TimeUnit.SECONDS)).isPositive();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(index.search("光伏", documents + 10)).hasSize(documents)
                .allSatisfy(hit -> assertThat(hit.passages()).isNotEmpty());
    }
}
