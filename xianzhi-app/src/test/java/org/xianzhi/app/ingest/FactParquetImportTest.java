package org.xianzhi.app.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xianzhi.app.store.FactQuery;
import org.xianzhi.app.store.FactStore;
import org.xianzhi.app.store.StoredDocument;
import org.xianzhi.app.store.StoredFact;

/**
 * The Spark job's output into the store, on a run written here in the job's layout (the Spark module's tests load a
 * real run): documents without facts, the same bytes under two names, facts in evidence order.
 */
class FactParquetImportTest {
    private static final String A = "a".repeat(64);
    private static final String B = "b".repeat(64);

    @TempDir
    Path temp;

    @Test
    void storesEveryDocumentOnceWithItsFactsInEvidenceOrderAndWithoutText() throws Exception {
        Path run = temp.resolve("run");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE documents AS SELECT * FROM (VALUES"
                    + " ('" + A + "', 'docs/caoxian.txt', 'TEXT', 'UTF-8', '371721', '曹县', 2024, 1, 20, 'work_report', 2),"
                    + " ('" + A + "', 'docs/copy-of-caoxian.txt', 'TEXT', 'UTF-8', '371721', '曹县', 2024, 1, 20, 'work_report', 2),"
                    + " ('" + B + "', 'docs/notice.txt', 'HTML', 'GBK', NULL, NULL, NULL, NULL, NULL, 'other', 0))"
                    + " t(id, file, format, charset, region_code, region, doc_year, doc_month, doc_day, kind, fact_count)");
            s.execute("CREATE TABLE facts AS SELECT * FROM (VALUES"
                    + fact("docs/caoxian.txt", "地区生产总值", "growth", "2023", "5.60", "%", 40, 52, "37", 2023) + ","
                    + fact("docs/caoxian.txt", "地区生产总值", "value", "2023", "458.1", "亿元", 10, 30, "37", 2023) + ","
                    + fact("docs/copy-of-caoxian.txt", "地区生产总值", "value", "2023", "458.1", "亿元", 10, 30, "37", 2023)
                    + ") t(doc, file, region, region_code, indicator, measure, status, period, value, unit, as_written,"
                    + " qualifier, scope, text, start, \"end\", province, year)");
            Files.createDirectories(run.resolve("documents"));
            s.execute("COPY documents TO '" + run.resolve("documents/part-0.parquet") + "' (FORMAT parquet)");
            s.execute("COPY facts TO '" + run.resolve("facts") + "' (FORMAT parquet, PARTITION_BY (province, year))");
        }
        String db = temp.resolve("store.duckdb").toString();
        try (FactStore store = FactStore.open(db)) {
            FactParquetImport.Imported first = new FactParquetImport(store, Clock.systemUTC()).load(run);
            FactParquetImport.Imported again = new FactParquetImport(store, Clock.systemUTC()).load(run);

            assertThat(first).isEqualTo(new FactParquetImport.Imported(2, 0, 2));
            assertThat(again).isEqualTo(new FactParquetImport.Imported(0, 2, 0));
            List<StoredFact> facts = store.facts(FactQuery.all());
            assertThat(facts).extracting(f -> f.fact().measure().label()).containsExactly("value", "growth");
            assertThat(facts).allMatch(f -> f.fact().file().equals("docs/caoxian.txt"));
            assertThat(facts.get(1).fact().value()).isEqualByComparingTo("5.6");
            StoredDocument caoxian = store.document(A).orElseThrow();
            assertThat(caoxian.original()).isEmpty();
            assertThat(caoxian.factCount()).isEqualTo(2);
            assertThat(caoxian.date().year()).isEqualTo(2024);
            StoredDocument notice = store.document(B).orElseThrow();
            assertThat(notice.factCount()).isZero();
            assertThat(notice.date()).isNull();
            assertThat(notice.charset()).isEqualTo("GBK");
        }
    }

    @Test
    void refusesAFolderThatIsNotARunOfTheJob() throws Exception {
        Files.createDirectories(temp.resolve("run/facts"));
        try (FactStore store = FactStore.open(temp.resolve("store.duckdb").toString())) {
            assertThatThrownBy(() -> new FactParquetImport(store, Clock.systemUTC()).load(temp.resolve("run")))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("is not the output of the Spark job (it needs facts/ and documents/)");
        }
    }

    private static String fact(String file, String indicator, String measure, String period, String value, String unit,
                               int start, int end, String province, int year) {
        return "('" + A + "', '" + file + "', '曹县', '371721', '" + indicator + "', '" + measure + "', 'actual', '"
                + period + "', CAST(" + value + " AS DECIMAL(38, 10)), '" + unit + "', '" + value + unit + "', 'exact',"
                + " NULL, '全县生产总值…', " + start + ", " + end + ", '" + province + "', " + year + ")";
    }
}
