package org.xianzhi.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.xianzhi.core.ingest.DocumentReader;
import org.xianzhi.core.pipeline.Pipeline;
import org.junit.jupiter.api.io.TempDir;
import org.xianzhi.app.bench.CountyDocumentGenerator;
import org.xianzhi.app.store.FactStore;
import org.xianzhi.core.region.RegionGazetteer;


/** {@code xianzhi ingest} and {@code xianzhi export} as a person runs them: output, errors and exit codes. */
class StoreCommandsTest {
    @TempDir
    Path temp;

    @Test
    void ingestStoresAFolderListsBadFilesAndARerunSkipsEverything() throws Exception {
        Path corpus = temp.resolve("docs");
        new CountyDocumentGenerator(RegionGazetteer.standard(), 3).writeTo(corpus, 25);
        Files.write(corpus.resolve("empty.txt"), new byte[0]);
        String db = temp.resolve("data/x.duckdb").toString();

        long expectedFacts = 0;
        Pipeline pipeline = Pipeline.standard();
        for (Path file : DocumentInputs.expand(corpus.toString())) {
            if (Files.size(file) > 0) {
                expectedFacts += pipeline.process(new DocumentReader().read(file)).facts().size();
            }
        }
        assertThat(expectedFacts).isPositive();

        CommandRun first = CommandRun.of("ingest", "--db", db, corpus.toString());
        assertThat(first.exit()).isEqualTo(4);
        assertThat(first.out()).contains("25 documents stored").contains("(25 documents, " + expectedFacts + " facts)");
        assertThat(first.err()).contains("ingest: 26/26 documents").contains("bad files (1):").contains("empty.txt: empty file");

        Files.delete(corpus.resolve("empty.txt"));
        CommandRun second = CommandRun.of("ingest", "--db", db, corpus.toString());
        assertThat(second.exit()).isZero();
        assertThat(second.out()).contains("0 documents stored").contains("25 skipped");

        CommandRun again = CommandRun.of("ingest", "--db", db, "--reextract");
        assertThat(again.exit()).isZero();
        assertThat(again.out()).contains("25 re-extracted");
    }

    @Test
    void exportWritesTheChosenFormatAndRejectsUnknownOnes() throws Exception {
        String db = temp.resolve("x.duckdb").toString();
        FactStore.open(db).close();
        Path csv = temp.resolve("out/facts.csv");
        CommandRun ok = CommandRun.of("export", "--db", db, "--format", "csv", "-o", csv.toString(), "--region", "柳林县", "--from", "2020", "--to", "2024");
        assertThat(ok.exit()).isZero();
        assertThat(ok.out()).contains("0 facts written").contains("the store holds none that match");
        assertThat(Files.readAllLines(csv, StandardCharsets.UTF_8)).hasSize(1);

        Path unknown = temp.resolve("out/unknown.csv");
        CommandRun region = CommandRun.of("export", "--db", db, "--format", "csv", "-o", unknown.toString(), "--region", "不存在县");
        assertThat(region.exit()).isEqualTo(2);
        assertThat(region.err()).contains("--region 不存在县: no such region");
        CommandRun indicator = CommandRun.of("export", "--db", db, "--format", "csv", "-o", unknown.toString(), "--indicator", "幸福指数");
        assertThat(indicator.exit()).isEqualTo(2);
        assertThat(indicator.err()).contains("--indicator 幸福指数: no such indicator");
        assertThat(CommandRun.of("export", "--db", db, "--format", "csv", "-o", unknown.toString(), "--indicator", "GDP",
                "--region", "141125").exit()).isZero();
        assertThat(CommandRun.of("export", "--db", db, "--kind", "projects", "--format", "csv", "-o", unknown.toString(),
                "--region", "不存在县").exit()).isEqualTo(2);

        assertThat(CommandRun.of("export", "--db", db, "--format", "pdf", "-o", csv.toString()).exit()).isEqualTo(2);
        assertThat(CommandRun.of("export", "--db", db, "--format", "csv", "-o", csv.toString(), "--from", "2025", "--to", "2020").exit())
                .isEqualTo(2);
        assertThat(CommandRun.of("ingest", "--db", db).exit()).isEqualTo(2);
        assertThat(CommandRun.of("ingest", "--db", "jdbc:mysql://localhost/x", temp.toString()).exit()).isEqualTo(2);
    }

    @Test
    void commandsAreListedInTheHelp() {
        assertThat(CommandRun.of("--help").out()).contains("ingest").contains("export").contains("  spark ")
                .contains("  spark-submit-args ");
        CommandRun spark = CommandRun.of("spark", "run", "samples", "-o", "/tmp/run");
        assertThat(spark.exit()).isEqualTo(2);
        assertThat(spark.err().strip()).isEqualTo("xianzhi: spark runs through ./xianzhi spark …, with the Spark module's classpath");
        assertThat(CommandRun.of("bench", "--help").out()).contains("ingest");
        assertThat(List.of(CommandRun.of("bench", "ingest", "--docs", "0").exit())).containsExactly(2);
    }
}
