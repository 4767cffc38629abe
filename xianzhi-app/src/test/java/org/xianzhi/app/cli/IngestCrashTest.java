package org.xianzhi.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.xianzhi.app.bench.CountyDocumentGenerator;
import org.xianzhi.app.ingest.FigureFactExtractor;
import org.xianzhi.app.ingest.IngestFiles;
import org.xianzhi.app.store.FactQuery;
import org.xianzhi.app.store.FactStore;
import org.xianzhi.app.store.StoredFact;
import org.xianzhi.core.fact.Fact;
import org.xianzhi.core.ingest.DocumentReader;
import org.xianzhi.core.ingest.SourceDocument;
import org.xianzhi.core.normalize.Normalizer;
import org.xianzhi.core.pipeline.Pipeline;
import org.xianzhi.core.region.RegionGazetteer;

import picocli.CommandLine;

/** An ingest killed half-way with kill -9, then run again, leaves every document stored once with all its facts. */
class IngestCrashTest {
    private static final int DOCUMENTS = 300;
    private static final Pattern PROGRESS = Pattern.compile("ingest: (\\d+)/(\\d+) documents");

    @TempDir
    Path temp;

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void killedIngestResumesToEveryDocumentOnceWithAllItsFacts() throws Exception {
        Path corpus = temp.resolve("corpus");
        new CountyDocumentGenerator(RegionGazetteer.standard(), 99).writeTo(corpus, DOCUMENTS);
        String db = temp.resolve("store/xianzhi.duckdb").toString();

        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path"), KillableIngest.class.getName(), "15",
                "--db", db, "--threads", "2", corpus.toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        int doneWhenKilled = -1;
        try (BufferedReader err = new BufferedReader(new InputStreamReader(child.getErrorStream(), StandardCharsets.UTF_8))) {
            for (String line = err.readLine(); line != null; line = err.readLine()) {
                Matcher m = PROGRESS.matcher(line);
                if (m.find() && Integer.parseInt(m.group(1)) >= DOCUMENTS / 4) {
                    child.destroyForcibly();
                    doneWhenKilled = Integer.parseInt(m.group(1));
                    break;
                }
            }
        }
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(doneWhenKilled).as("the child was killed while ingesting").isBetween(DOCUMENTS / 4, DOCUMENTS - 1);

        Pipeline pipeline = new Pipeline(Normalizer.standard(), new FigureFactExtractor());
        Map<String, List<Fact>> expected = new HashMap<>();
        DocumentReader reader = new DocumentReader();
        for (Path file : IngestFiles.under(corpus)) {
            SourceDocument doc = reader.read(file);
            expected.put(doc.id(), pipeline.process(doc).facts());
        }
        assertThat(expected).hasSize(DOCUMENTS);

        try (FactStore store = FactStore.open(db)) {
            int partial = store.documentCount();
            assertThat(partial).as("documents stored before the kill").isBetween(1, DOCUMENTS - 1);
            assertStoredWhole(store, expected);
        }

        int exit = new CommandLine(new IngestCommand(pipeline)).execute("--db", db, corpus.toString());
        assertThat(exit).isZero();
        try (FactStore store = FactStore.open(db)) {
            assertThat(store.documentCount()).isEqualTo(DOCUMENTS);
            assertThat(store.documentIds()).isEqualTo(expected.keySet());
            assertStoredWhole(store, expected);
            assertThat(store.factCount()).isEqualTo(expected.values().stream().mapToLong(List::size).sum());
        }
    }

    /** Every stored document has exactly the facts the extractor gives it, in order. */
    private static void assertStoredWhole(FactStore store, Map<String, List<Fact>> expected) throws Exception {
        Map<String, List<Fact>> stored = new HashMap<>();
        for (StoredFact f : store.facts(FactQuery.all())) {
            stored.computeIfAbsent(f.docId(), k -> new ArrayList<>()).add(f.fact());
        }
        for (String id : store.documentIds()) {
            List<Fact> want = expected.get(id);
            assertThat(stored.getOrDefault(id, List.of())).as("facts of %s", id).hasSameSizeAs(want);
            List<Fact> got = stored.getOrDefault(id, List.of());
            for (int i = 0; i < want.size(); i++) {
                assertThat(got.get(i).value()).isEqualByComparingTo(want.get(i).value());
                assertThat(got.get(i)).usingRecursiveComparison().ignoringFields("value", "file").isEqualTo(want.get(i));
            }
        }
    }
}
