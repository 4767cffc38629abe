package org.xianzhi.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xianzhi.app.bench.HostileCorpus;
import org.xianzhi.app.bench.HostileCorpus.Written;
import org.xianzhi.core.region.RegionGazetteer;

/**
 * Every kind of file that once stopped a run, mixed with good documents, through {@code extract} and {@code ingest}:
 * the run finishes, every good file is stored, every refused file is listed with its reason, the exit code is that of
 * the first bad file, and no file holds the run up (bombs inflating to 300 MB are refused after 128 MB).
 */
class HostileCorpusTest {
    private static final int GOOD = 12;
    /** The whole run, bombs and child JVMs included, on a loaded two-core machine. */
    private static final long MAX_SECONDS = 240;

    @TempDir
    static Path dir;

    static List<Written> files;

    @BeforeAll
    static void write() throws Exception {
        files = new HostileCorpus(RegionGazetteer.standard(), 13, 300L << 20).writeTo(dir.resolve("docs"), GOOD, 1, 2_000_000);
    }

    @Test
    void ingestStoresEveryGoodFileAndListsEveryRefusedOneWithItsReason() {
        long start = System.nanoTime();
        CommandRun run = CommandRun.of("ingest", "--db", dir.resolve("store.duckdb").toString(), "--threads", "2",
                dir.resolve("docs").toString());
        long seconds = (System.nanoTime() - start) / 1_000_000_000L;

        long refused = files.stream().filter(f -> f.kind() != null && f.kind().refused()).count();
        long stored = files.size() - refused;
        assertThat(run.out()).as(run.err()).startsWith(stored + " documents stored, 0 re-extracted, 0 skipped (already stored), "
                + refused + " bad");
        for (Written f : files) {
            if (f.kind() != null && f.kind().refused()) {
                assertThat(run.err()).contains("  " + f.path() + ": not text: ");
            }
        }
        assertThat(run.err()).contains("a zip bomb").contains("a flate bomb").contains("binary data")
                .contains("facts dropped, their documents stored (2)");
        // Files are read in name order: bad-cmap_range_pdf-0.pdf is the first bad one, refused as not text.
        assertThat(run.exit()).isEqualTo(6);
        assertThat(seconds).isLessThan(MAX_SECONDS);
    }

    @Test
    void extractReportsEachRefusedFileOnOneLineAndGoesOn() {
        CommandRun run = CommandRun.of("extract", dir.resolve("docs").toString());

        List<String> refusals = run.err().lines().filter(l -> l.contains(": not text: ")).toList();
        assertThat(refusals).hasSize((int) files.stream().filter(f -> f.kind() != null && f.kind().refused()).count());
        assertThat(run.out().lines().filter(l -> l.contains("good-0")).map(l -> l.replaceAll(".*\"file\":\"([^\"]+)\".*", "$1"))
                .distinct().count()).isEqualTo(GOOD);
        assertThat(run.exit()).isEqualTo(6);
    }
}
