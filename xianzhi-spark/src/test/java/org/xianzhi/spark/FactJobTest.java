package org.xianzhi.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xianzhi.app.cli.Main;
import org.xianzhi.app.facts.FactJson;
import org.xianzhi.core.fact.Fact;

import picocli.CommandLine;

/**
 * The Spark job in {@code local[2]} against {@code xianzhi extract} on the same files: the same facts, field for
 * field, offsets included; bad files in the rejects table; facts filed under the right province and year.
 */
class FactJobTest {
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
    void factsOfTheSamplesEqualThoseOfExtractAndBadFilesAreRejectedWithTheirReasons() throws IOException {
        Path docs = copyOf(LocalSpark.samples(), temp.resolve("docs"));
        // A document under a Chinese name: Spark lists it percent-encoded, extract names it as it is. (Its own bytes:
        // extract skips a file that repeats another of its run.)
        Files.writeString(docs.resolve("曹县政府工作报告 2024.txt"),
                Files.readString(docs.resolve("caoxian-work-report-2024.txt")) + "\n(转载)\n");
        Files.write(docs.resolve("empty.txt"), new byte[0]);
        Files.write(docs.resolve("junk.bin"), junk());
        Path out = temp.resolve("out");

        FactJob.Summary summary = FactJob.run(spark, FactJob.Spec.files(List.of(docs.toString()), out.toString()));

        List<String> expected = extract(docs.toString());
        assertThat(expected).hasSizeGreaterThan(30);
        assertThat(lines(LocalSpark.facts(spark, out))).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(expected).anyMatch(l -> l.contains("曹县政府工作报告 2024.txt"));
        // The samples, and the copy of one under a Chinese name.
        assertThat(summary).isEqualTo(new FactJob.Summary(LocalSpark.sampleCount() + 1, expected.size(), 2));

        Map<String, String> rejects = spark.read().parquet(out.resolve("rejects").toString()).collectAsList().stream()
                .collect(Collectors.toMap(r -> r.getString(0), r -> r.getString(1) + ": " + r.getString(2)));
        assertThat(rejects).containsOnlyKeys(docs.resolve("empty.txt").toString(), docs.resolve("junk.bin").toString());
        assertThat(rejects.get(docs.resolve("empty.txt").toString())).startsWith("EMPTY: empty file");
        assertThat(rejects.get(docs.resolve("junk.bin").toString())).startsWith("NOT_TEXT: not text");
    }

    @Test
    void factsAreFiledUnderTheProvinceOfTheirRegionAndTheLastYearOfTheirPeriod() throws IOException {
        Path docs = copyOf(LocalSpark.samples(), temp.resolve("docs"));
        Path out = temp.resolve("out");
        FactJob.run(spark, FactJob.Spec.files(List.of(docs.toString()), out.toString()));

        List<Row> rows = spark.read().parquet(out.resolve("facts").toString()).collectAsList();
        assertThat(rows).isNotEmpty();
        for (Row r : rows) {
            String code = r.getAs("region_code");
            String period = r.getAs("period");
            assertThat(r.<Object>getAs("province").toString()).isEqualTo(code == null ? "00" : code.substring(0, 2));
            assertThat(r.<Integer>getAs("year")).isEqualTo(Integer.parseInt(period.substring(period.length() - 4)));
        }
        assertThat(rows).anyMatch(r -> r.<String>getAs("period").contains("-"));
        try (Stream<Path> dirs = Files.list(out.resolve("facts"))) {
            assertThat(dirs.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("province=")))
                    .contains("province=37", "province=62");
        }
        List<Row> documents = spark.read().parquet(out.resolve("documents").toString()).collectAsList();
        assertThat(documents).hasSize(LocalSpark.sampleCount());
        assertThat(documents.stream().mapToInt(r -> r.<Integer>getAs("fact_count")).sum()).isEqualTo(rows.size());
    }

    @Test
    void factsOfTheSeedsEqualThoseOfExtract() throws IOException {
        assumeThat(LocalSpark.seeds()).as("../shared/seeds is on this machine").isPresent();
        Path seeds = LocalSpark.seeds().get();
        Path out = temp.resolve("out");

        FactJob.run(spark, FactJob.Spec.files(List.of(seeds.toString()), out.toString()));

        List<String> expected = extract(seeds.toString());
        assertThat(expected).isNotEmpty();
        assertThat(lines(LocalSpark.facts(spark, out))).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void parquetAndJsonlTablesGiveTheFactsOfTheSameFiles() throws IOException {
        Path docs = LocalSpark.samples();
        List<Row> table = new ArrayList<>();
        StringBuilder jsonl = new StringBuilder();
        try (Stream<Path> files = Files.list(docs)) {
            for (Path f : files.sorted().toList()) {
                byte[] bytes = Files.readAllBytes(f);
                table.add(RowFactory.create(f.getFileName().toString(), f.toString(), bytes));
                if (f.toString().endsWith("-2024.txt")) {
                    // UTF-8 text documents only: a table's text column is read as UTF-8.
                    jsonl.append("{\"id\":")
                            .append(quoted(f.toString())).append(",\"text\":")
                            .append(quoted(new String(bytes, StandardCharsets.UTF_8))).append("}\n");
                }
            }
        }
        StructType schema = new StructType().add("id", DataTypes.StringType).add("file", DataTypes.StringType)
                .add("bytes", DataTypes.BinaryType);
        Path parquet = temp.resolve("table.parquet");
        spark.createDataFrame(table, schema).repartition(2).write().parquet(parquet.toString());
        Path json = temp.resolve("table.jsonl");
        Files.writeString(json, jsonl, StandardCharsets.UTF_8);

        FactJob.run(spark, new FactJob.Spec(List.of(parquet.toString()), DocumentSource.PARQUET,
                temp.resolve("p").toString(), 1 << 20, 0, false));
        FactJob.run(spark, new FactJob.Spec(List.of(json.toString()), DocumentSource.JSONL,
                temp.resolve("j").toString(), 1 << 20, 0, false));

        assertThat(lines(LocalSpark.facts(spark, temp.resolve("p")))).containsExactlyInAnyOrderElementsOf(extract(docs.toString()));
        List<String> textFiles;
        try (Stream<Path> files = Files.list(docs)) {
            textFiles = files.filter(f -> f.toString().endsWith("-2024.txt")).map(Path::toString).sorted().toList();
        }
        assertThat(textFiles).hasSizeGreaterThanOrEqualTo(3);
        assertThat(lines(LocalSpark.facts(spark, temp.resolve("j"))))
                .containsExactlyInAnyOrderElementsOf(extract(textFiles.toArray(String[]::new)));
    }

    /** {@code xianzhi extract} on the paths, its JSON lines. */
    private static List<String> extract(String... paths) {
        CommandLine cmd = Main.commandLine();
        StringWriter out = new StringWriter();
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(new StringWriter()));
        List<String> args = new ArrayList<>(List.of("extract"));
        args.addAll(List.of(paths));
        cmd.execute(args.toArray(String[]::new));
        return out.toString().lines().toList();
    }

    private static List<String> lines(List<Fact> facts) {
        return facts.stream().map(FactJson::toLine).toList();
    }

    private static String quoted(String s) {
        return com.fasterxml.jackson.databind.node.TextNode.valueOf(s).toString();
    }

    private static byte[] junk() {
        byte[] bytes = new byte[4096];
        new Random(7).nextBytes(bytes);
        return bytes;
    }

    private static Path copyOf(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.toList()) {
                Files.copy(f, to.resolve(f.getFileName()));
            }
        }
        return to;
    }
}
