package org.xianzhi.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xianzhi.app.ingest.IngestProgress;
import org.xianzhi.app.ingest.Ingester;
import org.xianzhi.app.store.FactStore;
import org.xianzhi.core.ingest.DocumentReader;


/** {@code xianzhi search} and the index that {@code xianzhi ingest} keeps beside the store. */
class SearchCommandTest {
    private static final String TOURISM = "平昌县2023年国民经济和社会发展统计公报\n"
            + "全年接待游客812.6万人次,实现旅游收入68.3亿元,增长15.2%。地区生产总值完成236.5亿元。\n";
    private static final String SOLAR = "巴州區人民政府工作報告\n"
            + "光伏發(fā)電裝機容量新增12萬千瓦，建成分布式光伏電站38座。一般公共預算收入9.8億元。\n";

    @TempDir
    Path temp;

    private Path corpus;
    private String db;

    @BeforeEach
    void writeCorpus() throws Exception {
        corpus = Files.createDirectories(temp.resolve("docs"));
        Files.writeString(corpus.resolve("tourism.txt"), TOURISM, StandardCharsets.UTF_8);
        Files.writeString(corpus.resolve("solar.txt"), SOLAR, StandardCharsets.UTF_8);
        db = temp.resolve("data/county.duckdb").toString();
    }

    @Test
    void ingestKeepsAnIndexBesideTheStoreThatSearchReads() {
        CommandRun ingest = CommandRun.of("ingest", "--db", db, corpus.toString());
        assertThat(ingest.exit()).isZero();
        assertThat(temp.resolve("data/county.search")).isDirectory();

        CommandRun search = CommandRun.of("search", "--db", db, "光伏");

        assertThat(search.exit()).isZero();
        assertThat(search.err()).isEmpty();
        assertThat(search.out()).contains("solar.txt").contains("«光伏»发电装机容量新增12万千瓦")
                .doesNotContain("tourism.txt").endsWith("1 documents\n");
        String passage = search.out().lines().filter(l -> l.contains("«光伏»发电")).findFirst().orElseThrow();
        int start = Integer.parseInt(passage.substring(passage.indexOf('[') + 1, passage.indexOf(',')));
        int end = Integer.parseInt(passage.substring(passage.indexOf(", ") + 2, passage.indexOf(')')));
        assertThat(SOLAR.substring(start, end)).isEqualTo("光伏發(fā)電裝機容量新增12萬千瓦，建成分布式光伏電站38座。");
    }

    @Test
    void searchLimitsTheHitsAndRejectsBadQueries() {
        CommandRun.of("ingest", "--db", db, corpus.toString());

        assertThat(CommandRun.of("search", "--db", db, "收入").out()).endsWith("2 documents\n");
        assertThat(CommandRun.of("search", "--db", db, "--limit", "1", "收入").out()).endsWith("1 of 2 documents\n");
        CommandRun bad = CommandRun.of("search", "--db", db, "收入 AND (");
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("cannot parse the query");
    }

    @Test
    void searchKeepsToARegionYearAndKindAsThePageDoes() {
        CommandRun.of("ingest", "--db", db, corpus.toString());

        CommandRun inRegion = CommandRun.of("search", "--db", db, "--region", "平昌县", "收入");
        assertThat(inRegion.out()).contains("tourism.txt").doesNotContain("solar.txt").endsWith("1 documents\n");
        CommandRun ofKind = CommandRun.of("search", "--db", db, "--kind", "work_report", "收入");
        assertThat(ofKind.out()).contains("solar.txt").doesNotContain("tourism.txt").endsWith("1 documents\n");
        assertThat(CommandRun.of("search", "--db", db, "--year", "1999", "收入").out()).endsWith("0 documents\n");

        CommandRun badKind = CommandRun.of("search", "--db", db, "--kind", "speech", "收入");
        assertThat(badKind.exit()).isEqualTo(2);
        assertThat(badKind.err()).contains("unknown kind 'speech'; the kinds are work_report, press_conference");
    }

    @Test
    void documentsStoredWithoutTheIndexAreIndexedOnTheNextRun() throws Exception {
        // What a kill -9 between the store's commit and the index's leaves: documents only the store knows.
        try (FactStore store = FactStore.open(db)) {
            Ingester.standard(store, 1)
                    .ingest(List.of(corpus.resolve("tourism.txt")), new DocumentReader(), false,
                            IngestProgress.silent());
        }

        CommandRun search = CommandRun.of("search", "--db", db, "旅游收入");

        assertThat(search.err()).contains("1 documents indexed, 0 removed");
        assertThat(search.out()).contains("tourism.txt").endsWith("1 documents\n");
        assertThat(CommandRun.of("search", "--db", db, "旅游收入").err()).isEmpty();
    }

    @Test
    void reextractingKeepsEveryStoredDocumentFound() throws Exception {
        CommandRun.of("ingest", "--db", db, corpus.toString());
        CommandRun again = CommandRun.of("ingest", "--db", db, "--reextract");

        assertThat(again.exit()).isZero();
        assertThat(again.out()).contains("2 re-extracted");
        assertThat(CommandRun.of("search", "--db", db, "光伏 OR 旅游收入").out()).endsWith("2 documents\n");
    }

    @Test
    void aPostgresStoreKeepsItsIndexInTheFolderNamed() {
        assertThat(CommandRun.of("search", "--help").out()).contains("--search-index").contains("--limit");
        assertThat(org.xianzhi.app.search.SearchFolder.of("jdbc:postgresql://localhost/xianzhi?user=x", null))
                .isEqualTo(Path.of("xianzhi-data/search"));
        assertThat(org.xianzhi.app.search.SearchFolder.of("jdbc:duckdb:/data/a.duckdb?access_mode=READ_ONLY", null))
                .isEqualTo(Path.of("/data/a.search"));
        assertThat(org.xianzhi.app.search.SearchFolder.of("x.duckdb", Path.of("elsewhere")))
                .isEqualTo(Path.of("elsewhere"));
    }
}
