package org.xianzhi.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every entry of a folder that is not read gets a line with the reason; none stops the run. */
class FolderWalkTest {
    private static final String REPORT = "石楼县2023年政府工作报告\n全县地区生产总值完成61.2亿元,增长5.1%。\n";

    @TempDir
    Path dir;

    private Path folder() throws IOException {
        Path docs = Files.createDirectories(dir.resolve("docs/a"));
        Files.createDirectories(dir.resolve("docs/real"));
        Files.writeString(docs.resolve("1.txt"), REPORT);
        Files.writeString(dir.resolve("docs/real/copy.txt"), REPORT);
        Files.createSymbolicLink(docs.resolve("dangling"), dir.resolve("nowhere"));
        Files.createSymbolicLink(docs.resolve("loop"), dir.resolve("docs"));
        Files.createSymbolicLink(docs.resolve("linked"), dir.resolve("docs/real"));
        Files.createSymbolicLink(dir.resolve("linkroot"), dir.resolve("docs"));
        try {
            Process mkfifo = new ProcessBuilder("mkfifo", docs.resolve("pipe").toString()).start();
            mkfifo.waitFor();
        } catch (IOException | InterruptedException e) {
            // No mkfifo here: the other entries still make the case.
        }
        return dir.resolve("linkroot");
    }

    @Test
    void aLinkedFolderIsWalkedAndEverySkippedEntryNamedWithItsReason() throws IOException {
        Path root = folder();

        CommandRun run = CommandRun.of("extract", root.toString());

        assertThat(run.out().lines()).isNotEmpty().allMatch(l -> l.contains(root.resolve("a/1.txt").toString()));
        assertThat(run.err()).contains(root.resolve("a/dangling") + ": skipped: a link to nothing")
                .contains(root.resolve("a/loop") + ": skipped: a link back to a folder above it (a loop)")
                .contains(root.resolve("a/linked/copy.txt") + ": skipped: duplicate of " + root.resolve("a/1.txt"))
                .contains(root.resolve("real/copy.txt") + ": skipped: duplicate of " + root.resolve("a/1.txt"));
        if (Files.exists(root.resolve("a/pipe"))) {
            assertThat(run.err()).contains(root.resolve("a/pipe") + ": skipped: not a regular file");
        }
        assertThat(run.exit()).isEqualTo(3);
    }

    @Test
    void withEachFileEveryEntryGetsOneLineAndANameNotInUtf8IsShownEscaped() throws IOException {
        assumeTrue("UTF-8".equals(System.getProperty("sun.jnu.encoding")), "file names are decoded as UTF-8 here");
        Path root = folder();
        // 报告 in GBK: Java shows the name as U+FFFD; the line must name the bytes so the file can be found.
        Path gbk = Path.of(java.net.URI.create(root.resolve("a").toUri() + "%B1%A8%B8%E6.txt"));
        Files.writeString(gbk, REPORT.replace("61.2", "63.4"));

        CommandRun run = CommandRun.of("extract", "--each-file", root.toString());

        String shown = root.resolve("a") + "/\\xB1\\xA8\\xB8\\xE6.txt";
        assertThat(run.err()).contains(root.resolve("a/1.txt") + ": read").contains(shown + ": read")
                .contains(root.resolve("a/dangling") + ": skipped: a link to nothing")
                .contains(root.resolve("real/copy.txt") + ": skipped: duplicate of " + root.resolve("a/1.txt"));
        assertThat(Files.readString(org.xianzhi.core.ingest.FileNames.located(shown))).contains("63.4");
        assertThat(run.out()).contains("63.4");
        long lines = run.err().lines().filter(l -> l.contains(": read") || l.contains(": skipped")).count();
        assertThat(run.err().lines().filter(l -> l.contains(": read")).count()).isEqualTo(2);
        assertThat(lines).isEqualTo(run.err().lines().count());
    }

    @Test
    void ingestNamesTheFileEachDuplicateRepeatsAndWithEachFileEveryFileItStored() throws IOException {
        Path root = folder();

        CommandRun run = CommandRun.of("ingest", "--each-file", "--db", dir.resolve("s.duckdb").toString(), "--threads", "1",
                root.toString());

        assertThat(run.out()).startsWith("1 documents stored");
        assertThat(run.err()).contains(root.resolve("a/1.txt") + ": stored");
        assertThat(run.err()).contains("duplicates skipped (2):")
                .contains("duplicate of " + root.resolve("a/1.txt"))
                .contains(root.resolve("a/loop") + ": skipped: a link back to a folder above it (a loop)");
        assertThat(run.exit()).isEqualTo(3);
    }

    @Test
    void anUnreadableSubfolderIsSkippedAndTheRestRead() throws IOException {
        assumeTrue(!"root".equals(System.getProperty("user.name")), "root reads every folder");
        Path root = folder();
        Path locked = Files.createDirectories(dir.resolve("docs/locked"));
        Files.writeString(locked.resolve("x.txt"), REPORT.replace("61.2", "62.3"));
        assumeTrue(locked.toFile().setReadable(false, false) && !Files.isReadable(locked));

        CommandRun run = CommandRun.of("extract", root.toString());

        assertThat(run.err()).contains(root.resolve("locked") + ": skipped: permission denied");
        assertThat(run.out()).contains("61.2");
        locked.toFile().setReadable(true, false);
    }
}
