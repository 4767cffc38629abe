package org.xianzhi.app.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xianzhi.app.bench.CountyDocumentGenerator;
import org.xianzhi.app.export.ExportFormat;
import org.xianzhi.app.export.FactExporter;
import org.xianzhi.app.facts.FactJson;
import org.xianzhi.app.ingest.BadFile;
import org.xianzhi.app.ingest.DocumentProfiler;
import org.xianzhi.app.ingest.FigureFactExtractor;
import org.xianzhi.app.ingest.IngestFiles;
import org.xianzhi.app.ingest.IngestProgress;
import org.xianzhi.app.ingest.IngestReport;
import org.xianzhi.app.ingest.Ingester;
import org.xianzhi.app.tracking.TargetStatus;
import org.xianzhi.app.tracking.TargetTracker;
import org.xianzhi.app.tracking.TrackedTarget;
import org.xianzhi.core.fact.Fact;
import org.xianzhi.core.fact.Measure;
import org.xianzhi.core.quantity.Approximation;
import org.xianzhi.core.fact.Status;
import org.xianzhi.core.ingest.DocumentFormat;
import org.xianzhi.core.ingest.DocumentReader;
import org.xianzhi.core.ingest.UnreadableDocumentException;
import org.xianzhi.core.normalize.Normalizer;
import org.xianzhi.core.pipeline.Pipeline;
import org.xianzhi.core.pipeline.TextReaders;
import org.xianzhi.core.region.RegionGazetteer;
import org.xianzhi.core.segment.DocumentDate;

/**
 * The store's contract, run once against an embedded DuckDB file and once against a real PostgreSQL server: the same
 * schema, the same queries, the same answers.
 */
abstract class StoreContractTest {
    private static final Instant NOW = Instant.parse("2025-02-03T04:05:06Z");
    private static final String LIULIN = "柳林县";
    private static final String LIULIN_CODE = "141125";

    @TempDir
    Path temp;

    private String location;
    private FactStore store;

    /** A location for a new, empty store. */
    abstract String newStoreLocation(Path temp) throws Exception;

    /** Drops what {@link #newStoreLocation} made. */
    void dropStore(String location) throws Exception {
    }

    @BeforeEach
    void openStore() throws Exception {
        location = newStoreLocation(temp);
        store = FactStore.open(location, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @AfterEach
    void closeStore() throws Exception {
        if (store == null) {
            return; // the test was skipped before a store was opened
        }
        store.close();
        dropStore(location);
    }

    @Test
    void opensAtTheNewestSchemaVersionAndReopensWithoutMigratingAgain() throws Exception {
        assertThat(store.schemaVersion()).isEqualTo(SchemaMigrations.latest());
        store.close();
        store = FactStore.open(location);
        assertThat(store.schemaVersion()).isEqualTo(SchemaMigrations.latest());
        assertThat(store.documentCount()).isZero();
    }

    @Test
    void readsBackEveryFieldOfADocumentAndItsFacts() throws Exception {
        Fact growth = fact("d1", "地区生产总值", Measure.GROWTH, Status.ACTUAL, "2023", "5.5", "%", null);
        Fact rank = new Fact(id("d1"), "d1.txt", LIULIN, LIULIN_CODE, "地区生产总值", Measure.RANK, Status.ACTUAL, "2021-2023",
                new BigDecimal("1"), "", "全市第一", Approximation.EXACT, "全市", "增速全市第一", 40, 46);
        ExtractedDocument doc = document("d1", "柳林县2024年政府工作报告\n地区生产总值增长5.5%，增速全市第一。", List.of(growth, rank));
        try (StoreWriter w = store.writer()) {
            assertThat(w.add(List.of(doc))).isEqualTo(new StoreWriter.Written(1, 2));
        }
        StoredDocument back = store.document(id("d1")).orElseThrow();
        assertThat(back).isEqualTo(doc.document());
        List<StoredFact> facts = store.factsOf(id("d1"));
        assertThat(facts).extracting(StoredFact::seq).containsExactly(0, 1);
        assertThat(facts.get(0).fact()).isEqualTo(growth);
        assertThat(facts.get(1).fact()).isEqualTo(rank);
        assertThat(facts.get(0).documentDate()).isEqualTo(new DocumentDate(2024, 1, 15));
    }

    @Test
    void keepsLargeAndSmallValuesExactly() throws Exception {
        List<Fact> facts = List.of(
                fact("v", "城镇居民人均可支配收入", Measure.VALUE, Status.ACTUAL, "2023", "31800", "元", null),
                fact("v", "一般公共预算收入", Measure.VALUE, Status.ACTUAL, "2023", "123456789012.3456", "元", null),
                fact("v", "地区生产总值", Measure.GROWTH, Status.ACTUAL, "2023", "-14.7", "%", null),
                fact("v", "森林覆盖率", Measure.SHARE, Status.ACTUAL, "2023", "0.0001", "%", null));
        write(document("v", "柳林县 数值", facts));
        assertThat(store.factsOf(id("v"))).extracting(f -> f.fact().value().toPlainString())
                .containsExactly("31800", "123456789012.3456", "-14.7", "0.0001");
    }

    @Test
    void aBatchThatCannotStoreAFactStoresNoneOfItsDocuments() throws Exception {
        ExtractedDocument fine = document("fine", "柳林县 地区生产总值58.26亿元", List.of(
                fact("fine", "地区生产总值", Measure.VALUE, Status.ACTUAL, "2023", "58.26", "亿元", null)));
        // 10^30 has more digits before the point than DECIMAL(38, 10) holds: the database refuses the fact.
        ExtractedDocument huge = document("huge", "柳林县 天文数字", List.of(
                fact("huge", "地区生产总值", Measure.VALUE, Status.ACTUAL, "2023", "1e30", "元", null)));
        try (StoreWriter w = store.writer()) {
            assertThatThrownBy(() -> w.add(List.of(fine, huge))).isInstanceOf(SQLException.class);
            assertThat(w.add(List.of(fine))).isEqualTo(new StoreWriter.Written(1, 1));
        }
        assertThat(store.documentIds()).containsExactly(id("fine"));
        assertThat(store.factCount()).isEqualTo(1);
    }

    @Test
    void storingADocumentAgainChangesNothing() throws Exception {
        ExtractedDocument first = document("same", "柳林县", List.of(fact("same", "地区生产总值", Measure.VALUE, Status.ACTUAL, "2023", "58.26", "亿元", null)));
        ExtractedDocument second = document("same", "柳林县 改过", List.of());
        write(first);
        try (StoreWriter w = store.writer()) {
            assertThat(w.add(List.of(second))).isEqualTo(new StoreWriter.Written(0, 0));
        }
        assertThat(store.documentCount()).isEqualTo(1);
        assertThat(store.document(id("same")).orElseThrow().normalized()).isEqualTo("柳林县");
        assertThat(store.factCount()).isEqualTo(1);
    }

    @Test
    void replacingAnExtractionSwapsTheFactsAndKeepsWhenTheDocumentCameIn() throws Exception {
        write(document("r", "柳林县", List.of(
                fact("r", "地区生产总值", Measure.VALUE, Status.ACTUAL, "2023", "58.26", "亿元", null),
                fact("r", "地区生产总值", Measure.GROWTH, Status.ACTUAL, "2023", "5.5", "%", null))));
        StoredDocument old = store.document(id("r")).orElseThrow();
        Instant later = NOW.plusSeconds(3600);
        StoredDocument redone = new StoredDocument(old.id(), old.file(), old.format(), old.charset(), old.original(),
                "柳林县(新)", LIULIN_CODE, LIULIN, null, DocumentKind.OTHER, 1, later, later);
        try (StoreWriter w = store.writer()) {
            assertThat(w.replace(List.of(new ExtractedDocument(redone, List.of(
                    fact("r", "一般公共预算收入", Measure.VALUE, Status.ACTUAL, "2023", "3.1", "亿元", null))))))
                    .isEqualTo(new StoreWriter.Written(0, 1));
        }
        StoredDocument back = store.document(id("r")).orElseThrow();
        assertThat(back.normalized()).isEqualTo("柳林县(新)");
        assertThat(back.date()).isNull();
        assertThat(back.factCount()).isEqualTo(1);
        assertThat(back.ingestedAt()).isEqualTo(NOW);
        assertThat(back.extractedAt()).isEqualTo(later);
        assertThat(store.factsOf(id("r"))).extracting(f -> f.fact().indicator()).containsExactly("一般公共预算收入");
    }

    @Test
    void selectsFactsByRegionNameOrCodeIndicatorOrAliasStatusAndOverlappingYears() throws Exception {
        write(document("q", "柳林县", List.of(
                fact("q", "地区生产总值", Measure.VALUE, Status.ACTUAL, "2022", "50", "亿元", null),
                fact("q", "地区生产总值", Measure.GROWTH, Status.TARGET, "2024", "6", "%", null),
                fact("q", "一般公共预算收入", Measure.VALUE, Status.ACTUAL, "2021-2025", "20", "亿元", null),
                new Fact(id("q"), "x", "岚县", "141127", "地区生产总值", Measure.VALUE, Status.ACTUAL, "2023",
                        new BigDecimal("40"), "亿元", "40亿元", Approximation.EXACT, null, "岚县40亿元", 0, 3))));
        assertThat(store.facts(FactQuery.all())).hasSize(4);
        assertThat(store.facts(FactQuery.all().withRegion(LIULIN))).hasSize(3);
        assertThat(store.facts(FactQuery.all().withRegion("141127"))).hasSize(1);
        assertThat(store.facts(FactQuery.all().withIndicator("GDP"))).hasSize(3);
        assertThat(store.facts(FactQuery.all().withIndicator("地区生产总值").withStatus(Status.TARGET)))
                .extracting(f -> f.fact().period()).containsExactly("2024");
        assertThat(store.facts(FactQuery.all().withYears(2023, 2023)))
                .extracting(f -> f.fact().period()).containsExactlyInAnyOrder("2021-2025", "2023");
        assertThat(store.facts(FactQuery.all().withYears(2024, null))).hasSize(2);
        assertThat(store.facts(FactQuery.all().withYears(null, 2021))).extracting(f -> f.fact().period())
                .containsExactly("2021-2025");
    }

    @Test
    void storesTextWithNulAndLoneSurrogatesKeepingEveryOffset() throws Exception {
        String damaged = "柳林县\u0000生产总值\uD800增长5.5%\uDC00";
        write(document("bad", damaged, List.of()));
        String back = store.document(id("bad")).orElseThrow().original();
        assertThat(back).hasSameSizeAs(damaged).isEqualTo("柳林县\uFFFD生产总值\uFFFD增长5.5%\uFFFD");
    }

    @Test
    void ingestsAFolderOnceSkipsOnTheSecondRunAndListsBadFiles() throws Exception {
        Path corpus = temp.resolve("corpus");
        new CountyDocumentGenerator(RegionGazetteer.standard(), 7).writeTo(corpus, 40);
        Files.write(corpus.resolve("empty.txt"), new byte[0]);
        Pipeline pipeline = new Pipeline(Normalizer.standard(), new FigureFactExtractor());
        Ingester ingester = new Ingester(store, pipeline, DocumentProfiler.standard(), 2, Clock.systemUTC());
        List<Path> files = IngestFiles.under(corpus);

        IngestReport first = ingester.ingest(files, new DocumentReader(), false, IngestProgress.silent());
        assertThat(first.tally().stored()).isEqualTo(40);
        assertThat(first.badFiles()).extracting(BadFile::kind).containsExactly(UnreadableDocumentException.Reason.EMPTY);
        assertThat(store.documentCount()).isEqualTo(40);
        long facts = store.factCount();
        assertThat(facts).isEqualTo(first.tally().facts()).isGreaterThan(40);

        IngestReport second = ingester.ingest(files, new DocumentReader(), false, IngestProgress.silent());
        assertThat(second.tally().stored()).isZero();
        assertThat(second.tally().skipped()).isEqualTo(40);
        assertThat(store.factCount()).isEqualTo(facts);

        // Every fact's evidence is where it says in the stored original text.
        for (StoredFact f : store.facts(FactQuery.all())) {
            String original = store.document(f.docId()).orElseThrow().original();
            assertThat(original.substring(f.fact().start(), f.fact().end())).isEqualTo(f.fact().text());
        }
    }

    @Test
    void reextractionReplacesTheFactsOfEveryStoredDocument() throws Exception {
        Path corpus = temp.resolve("corpus");
        new CountyDocumentGenerator(RegionGazetteer.standard(), 11).writeTo(corpus, 12);
        List<Path> files = IngestFiles.under(corpus);
        Pipeline none = new Pipeline(Normalizer.standard(), reading -> List.of());
        new Ingester(store, none, DocumentProfiler.standard(), 2, Clock.systemUTC())
                .ingest(files, new DocumentReader(), false, IngestProgress.silent());
        assertThat(store.factCount()).isZero();

        Pipeline better = new Pipeline(Normalizer.standard(), new FigureFactExtractor());
        IngestReport report = new Ingester(store, better, DocumentProfiler.standard(), 2, Clock.systemUTC())
                .reextractStored(IngestProgress.silent());
        assertThat(report.tally().reextracted()).isEqualTo(12);
        assertThat(store.documentCount()).isEqualTo(12);
        assertThat(store.factCount()).isEqualTo(report.tally().facts()).isPositive();
        Map<String, Long> perDoc = store.facts(FactQuery.all()).stream()
                .collect(Collectors.groupingBy(StoredFact::docId, Collectors.counting()));
        store.forEachDocument(d -> assertThat(perDoc.getOrDefault(d.id(), 0L)).isEqualTo(d.factCount()));
    }

    @Test
    void projectRecordsAreStoredWithTheirDocumentAndReplacedByReextraction() throws Exception {
        Path corpus = Files.createDirectories(temp.resolve("projects"));
        Files.writeString(corpus.resolve("a.txt"), """
                平陆县2021年政府工作报告
                ——2021年1月18日在平陆县第十七届人民代表大会第二次会议上
                平陆县人民政府县长 韩立新
                二、2021年工作安排
                圣人涧大道年内竣工通车,总投资1.2亿元的县第二幼儿园6月底前投入使用。年底前完成12个老旧小区改造。
                """, StandardCharsets.UTF_8);
        List<Path> files = IngestFiles.under(corpus);
        Pipeline facts = new Pipeline(Normalizer.standard(), reading -> List.of());
        new Ingester(store, facts, DocumentProfiler.standard(), 1, Clock.systemUTC())
                .ingest(files, new DocumentReader(), false, IngestProgress.silent());
        assertThat(new ProjectStore(store).read(null).events()).isEmpty();

        Pipeline full = new Pipeline(Normalizer.standard(), TextReaders.standard(), reading -> List.of(),
                org.xianzhi.core.project.ProjectExtractor.standard());
        for (int run = 0; run < 2; run++) {
            new Ingester(store, full, DocumentProfiler.standard(), 1, Clock.systemUTC())
                    .reextractStored(IngestProgress.silent());
            StoredProjects stored = new ProjectStore(store).read("平陆县");
            assertThat(stored.events()).extracting(m -> m.event().name(), m -> m.event().deadline().toString())
                    .containsExactly(tuple("圣人涧大道", "2021-12-31"), tuple("县第二幼儿园", "2021-06-30"));
            assertThat(stored.events().get(1).event().investment().unit()).isEqualTo("亿元");
            assertThat(stored.commitments()).extracting(m -> m.commitment().action()).containsExactly("完成12个老旧小区改造");
            assertThat(stored.officials()).extracting(m -> m.official().name()).containsExactly("韩立新");
            String original = store.document(stored.events().get(0).event().source().doc()).orElseThrow().original();
            var source = stored.events().get(0).event().source();
            assertThat(original.substring(source.start(), source.end())).contains("圣人涧大道").contains("竣工通车");
        }
    }

    @Test
    void exportsTheSameFactsInEveryFormat() throws Exception {
        write(document("e", "柳林县", List.of(
                fact("e", "地区生产总值", Measure.VALUE, Status.ACTUAL, "2023", "58.26", "亿元", null),
                new Fact(id("e"), "x", LIULIN, LIULIN_CODE, "地区生产总值", Measure.RANK, Status.ACTUAL, "2023",
                        BigDecimal.ONE, "", "全市第一", Approximation.EXACT, "全市", "增速\"全市\"第一,领先", 5, 9))));
        FactQuery all = FactQuery.all();
        Map<ExportFormat, Path> files = Map.of(ExportFormat.CSV, temp.resolve("f.csv"), ExportFormat.JSONL,
                temp.resolve("f.jsonl"), ExportFormat.PARQUET, temp.resolve("f.parquet"), ExportFormat.XLSX,
                temp.resolve("out/f.xlsx"));
        for (var e : files.entrySet()) {
            assertThat(FactExporter.export(store, all, e.getKey(), e.getValue())).isEqualTo(2);
        }
        List<String> jsonl = Files.readAllLines(files.get(ExportFormat.JSONL));
        assertThat(jsonl).hasSize(2);
        assertThat(FactJson.fromLine(jsonl.get(1))).isEqualTo(store.factsOf(id("e")).get(1).fact());
        String csv = Files.readString(files.get(ExportFormat.CSV));
        assertThat(csv).startsWith("\uFEFFdoc,file,").contains("\"增速\"\"全市\"\"第一,领先\"");
        assertThat(ExportReader.parquet(files.get(ExportFormat.PARQUET)))
                .containsExactly(List.of("地区生产总值", "58.26", "亿元", ""), List.of("地区生产总值", "1.0", "", "全市"));
        assertThat(ExportReader.xlsx(files.get(ExportFormat.XLSX)))
                .containsExactly(List.of("地区生产总值", "58.26", "亿元", ""), List.of("地区生产总值", "1.0", "", "全市"));
        assertThat(temp).isDirectoryNotContaining(p -> p.toString().endsWith(".partial"));
    }

    @Test
    void tracksTargetsAgainstTheActualsStoredLater() throws Exception {
        write(document("report2024", "柳林县", List.of(
                fact("report2024", "地区生产总值", Measure.GROWTH, Status.TARGET, "2024", "6", "%", null),
                fact("report2024", "一般公共预算收入", Measure.VALUE, Status.TARGET, "2024", "10", "亿元", null),
                fact("report2024", "固定资产投资", Measure.GROWTH, Status.TARGET, "2024", "8", "%", null))));
        write(document("report2025", "柳林县", List.of(
                fact("report2025", "地区生产总值", Measure.GROWTH, Status.ACTUAL, "2024", "5.6", "%", null),
                fact("report2025", "一般公共预算收入", Measure.VALUE, Status.ACTUAL, "2024", "102000", "万元", null))));
        List<TrackedTarget> tracked = TargetTracker.standard().track(store.facts(FactQuery.all().withRegion(LIULIN)));
        Map<String, TrackedTarget> byIndicator = tracked.stream()
                .collect(Collectors.toMap(t -> t.target().fact().indicator(), Function.identity()));
        assertThat(byIndicator.get("地区生产总值").status()).isEqualTo(TargetStatus.CLOSE);
        assertThat(byIndicator.get("地区生产总值").actual().docId()).isEqualTo(id("report2025"));
        assertThat(byIndicator.get("一般公共预算收入").status()).isEqualTo(TargetStatus.MET);
        assertThat(byIndicator.get("固定资产投资").status()).isEqualTo(TargetStatus.NO_ACTUAL);
    }

    private void write(ExtractedDocument doc) throws SQLException {
        try (StoreWriter w = store.writer()) {
            w.add(List.of(doc));
        }
    }

    /** A stable SHA-256-shaped id for a short name. */
    static String id(String name) {
        return IngestFiles.sha256(name);
    }

    private static ExtractedDocument document(String name, String text, List<Fact> facts) {
        StoredDocument d = new StoredDocument(id(name), name + ".txt", DocumentFormat.TEXT, "UTF-8", text, text,
                LIULIN_CODE, LIULIN, new DocumentDate(2024, 1, 15), DocumentKind.WORK_REPORT, facts.size(), NOW, NOW);
        return new ExtractedDocument(d, facts);
    }

    private static Fact fact(String doc, String indicator, Measure measure, Status status, String period, String value,
                             String unit, String scope) {
        return new Fact(id(doc), doc + ".txt", LIULIN, LIULIN_CODE, indicator, measure, status, period,
                new BigDecimal(value), unit, value + unit, Approximation.EXACT, scope, indicator + value + unit, 0, 4);
    }
}
