package org.xianzhi.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;

import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xianzhi.app.cli.Main;
import org.xianzhi.app.facts.FactJson;
import org.xianzhi.app.store.FactQuery;
import org.xianzhi.app.store.FactStore;
import org.xianzhi.app.store.StoredDocument;
import org.xianzhi.app.store.StoredFact;

import picocli.CommandLine;

/** A national run ends in the same store: {@code xianzhi ingest --facts-parquet} over what the Spark job wrote. */
class SparkRunIngestTest {
    private static SparkSession spark;

    @TempDir
    Path temp;

    @BeforeAll
    static void start() {
        spark = LocalSpark.start(2);
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    @Test
    void theStoreHoldsTheJobsFactsAndDocumentsWithoutTheirTextAndARerunSkipsThem() throws Exception {
        Path samples = LocalSpark.samples();
        Path run = temp.resolve("run");
        FactJob.run(spark, FactJob.Spec.files(List.of(samples.toString()), run.toString()));
        List<String> expected = LocalSpark.facts(spark, run).stream().map(FactJson::toLine).toList();
        String db = temp.resolve("store.duckdb").toString();

        String first = ingest("ingest", "--db", db, "--facts-parquet", run.toString());
        String second = ingest("ingest", "--db", db, "--facts-parquet", run.toString());

        int documents = LocalSpark.sampleCount();
        assertThat(first).contains(documents + " documents stored, 0 skipped (already stored); " + expected.size() + " facts");
        assertThat(second).contains("0 documents stored, " + documents + " skipped (already stored); 0 facts");
        try (FactStore store = FactStore.open(db)) {
            List<String> stored = store.facts(FactQuery.all()).stream().map(StoredFact::fact).map(FactJson::toLine).toList();
            assertThat(stored).containsExactlyInAnyOrderElementsOf(expected);
            StoredDocument caoxian = store.document(store.facts(FactQuery.all()).stream()
                    .filter(f -> f.fact().file().endsWith("caoxian-work-report-2024.txt")).findFirst().orElseThrow().docId())
                    .orElseThrow();
            assertThat(caoxian.original()).isEmpty();
            assertThat(caoxian.region()).isEqualTo("曹县");
            assertThat(caoxian.date()).isNotNull();
            assertThat(caoxian.factCount()).isPositive();
        }
    }

    private static String ingest(String... args) {
        CommandLine cmd = Main.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(err));
        int exit = cmd.execute(args);
        assertThat(exit).as(err.toString()).isZero();
        return out.toString();
    }
}
