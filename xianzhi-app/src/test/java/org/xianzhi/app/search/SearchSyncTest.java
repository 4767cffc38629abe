package org.xianzhi.app.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xianzhi.app.search.CountyTexts.document;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xianzhi.app.store.ExtractedDocument;
import org.xianzhi.app.store.FactStore;
import org.xianzhi.app.store.StoreWriter;
import org.xianzhi.app.store.StoredDocument;

class SearchSyncTest {
    private static final StoredDocument SOLAR = document("solar.txt", "光伏发电装机容量新增12万千瓦。");
    private static final StoredDocument TOURISM = document("tourism.txt", "实现旅游收入68.3亿元,增长15.2%。");
    private static final StoredDocument GDP = document("gdp.txt", "地区生产总值完成236.5亿元,增长6.8%。");

    @TempDir
    Path dir;

    @Test
    void indexesWhatTheStoreHoldsAndDeletesWhatItDoesNot() throws Exception {
        try (FactStore store = FactStore.open(dir.resolve("x.duckdb").toString());
             SearchIndex index = SearchIndex.open(dir.resolve("x.search"))) {
            store(store, List.of(SOLAR, TOURISM));
            // As if killed after the store committed TOURISM, and GDP was deleted from the store meanwhile.
            index.index(List.of(SOLAR, GDP));
            index.commit();

            SearchSync.Report report = SearchSync.sync(store, index);

            assertThat(report).isEqualTo(new SearchSync.Report(1, 1));
            assertThat(index.documentIds()).containsExactlyInAnyOrder(SOLAR.id(), TOURISM.id());
            assertThat(index.search("旅游收入", 10)).extracting(SearchHit::docId).containsExactly(TOURISM.id());
            assertThat(index.search("地区生产总值", 10)).isEmpty();
            assertThat(SearchSync.sync(store, index).changedAnything()).isFalse();
        }
    }

    @Test
    void reindexesADocumentReextractedAfterItWasIndexed() throws Exception {
        try (FactStore store = FactStore.open(dir.resolve("x.duckdb").toString());
             SearchIndex index = SearchIndex.open(dir.resolve("x.search"))) {
            store(store, List.of(SOLAR, TOURISM));
            index.index(List.of(SOLAR, TOURISM));
            index.commit();
            // As if killed after the store committed a re-extraction that resolved the region differently.
            StoredDocument reextracted = new StoredDocument(SOLAR.id(), SOLAR.file(), SOLAR.format(), SOLAR.charset(),
                    SOLAR.original(), SOLAR.normalized(), "511902", "巴州区", SOLAR.date(), SOLAR.kind(), 0,
                    SOLAR.ingestedAt(), SOLAR.extractedAt().plusSeconds(3600));
            try (StoreWriter writer = store.writer()) {
                writer.replace(List.of(new ExtractedDocument(reextracted, List.of())));
            }

            assertThat(SearchSync.sync(store, index)).isEqualTo(new SearchSync.Report(1, 0));
            assertThat(index.search("光伏", 10)).extracting(SearchHit::region).containsExactly("巴州区");
            assertThat(SearchSync.sync(store, index).changedAnything()).isFalse();
        }
    }

    @Test
    void buildsAMissingIndexFromALargeStoreInOnePass() throws Exception {
        List<StoredDocument> many = IntStream.range(0, 300)
                .mapToObj(i -> document("report-" + i + ".txt", "第" + i + "号公告。光伏发电装机容量新增" + i + "万千瓦。"))
                .toList();
        try (FactStore store = FactStore.open(dir.resolve("x.duckdb").toString())) {
            store(store, many);
            try (SearchIndex index = SearchIndex.open(dir.resolve("x.search"))) {
                assertThat(SearchSync.sync(store, index)).isEqualTo(new SearchSync.Report(300, 0));
                assertThat(index.search("光伏", 500)).hasSize(300);
            }
        }
    }

    private static void store(FactStore store, List<StoredDocument> docs) throws Exception {
        try (StoreWriter writer = store.writer()) {
            writer.add(docs.stream().map(d -> new ExtractedDocument(d, List.of())).toList());
        }
    }
}
