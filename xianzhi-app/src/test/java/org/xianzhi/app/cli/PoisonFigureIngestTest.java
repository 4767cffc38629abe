package org.xianzhi.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A figure no store column holds (DECIMAL(38,10)) once rolled back its whole batch on every run. Now extraction drops
 * the fact with a reason and the batch, its document included, is stored.
 */
class PoisonFigureIngestTest {
    @TempDir
    Path dir;

    private void write(String name, String county, String gdp) throws IOException {
        Files.writeString(dir.resolve("docs").resolve(name), county + "2023年政府工作报告\n2023年，全县地区生产总值完成" + gdp
                + "，增长5.1%；一般公共预算收入完成4.6亿元。\n");
    }

    @Test
    void aPoisonFigureIsDroppedWithAReasonAndEveryDocumentStored() throws IOException {
        Files.createDirectories(dir.resolve("docs"));
        write("1.txt", "石楼县", "61.2亿元");
        write("2.txt", "临县", "99999999999999999999999999999999999999亿元");
        write("3.txt", "兴县", "九千九百九十九亿亿亿亿亿亿元");
        write("4.txt", "岚县", "43.9亿元");
        String db = dir.resolve("store.duckdb").toString();

        CommandRun ingest = CommandRun.of("ingest", "--db", db, "--threads", "2", dir.resolve("docs").toString());

        assertThat(ingest.exit()).as(ingest.err()).isZero();
        assertThat(ingest.out()).startsWith("4 documents stored");
        assertThat(ingest.err()).contains("facts dropped, their documents stored (2):")
                .contains("2.txt: 地区生产总值 99999999999999999999999999999999999999亿元 at [")
                .contains("3.txt: 地区生产总值 九千九百九十九亿亿亿亿亿亿元 at [")
                .doesNotContain("SQL");

        CommandRun extract = CommandRun.of("extract", dir.resolve("docs").toString());
        assertThat(extract.exit()).isZero();
        assertThat(extract.out()).doesNotContain("\"value\":99999").doesNotContain("\"as_written\":\"九千");
        assertThat(extract.err().lines()).hasSize(2).allMatch(l -> l.contains("dropped: figure of"));
    }
}
