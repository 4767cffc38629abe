package org.xianzhi.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import java.util.List;

import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/** {@code spark run} refuses, before Spark starts, what would fail after a minute: one line and the README's exit code. */
class RunChecksTest {
    @TempDir
    Path temp;

    private record Run(int exit, String err) {
    }

    private static Run run(String... args) {
        CommandLine cmd = FactJob.commandLine();
        StringWriter err = new StringWriter();
        cmd.setErr(new PrintWriter(err));
        cmd.setOut(new PrintWriter(new StringWriter()));
        return new Run(cmd.execute(args), err.toString());
    }

    @Test
    void aMissingInputIsAnUnreadablePath() {
        Path missing = temp.resolve("no-such-docs");
        Run r = run(missing.toString(), "-o", temp.resolve("out").toString());
        assertThat(r.exit()).isEqualTo(3);
        assertThat(r.err().strip()).isEqualTo("xianzhi spark: " + missing + ": no such file or folder");
        assertThat(temp.resolve("out")).doesNotExist();
    }

    @Test
    void anEarlierRunsTablesAreKeptUnlessOverwriteIsGiven() throws Exception {
        Path docs = Files.createDirectories(temp.resolve("docs"));
        Files.writeString(docs.resolve("a.txt"), "全县地区生产总值完成85.6亿元，增长6.2%。", StandardCharsets.UTF_8);
        Path out = temp.resolve("out");
        Files.createDirectories(out.resolve("facts/province=14/year=2023"));
        Run r = run(docs.toString(), "-o", out.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo("xianzhi spark: " + out
                + " already holds the tables of a run (facts/): choose another folder, or --overwrite to replace them");
        FactJob.Spec overwrite = new FactJob.Spec(List.of(docs.toString()), DocumentSource.BINARY,
                out.toString(), 1024, 0, true);
        assertThat(RunChecks.refusal(overwrite, new Configuration())).isEmpty();
        assertThat(RunChecks.refusal(FactJob.Spec.files(List.of(docs.toString()), temp.resolve("fresh").toString()),
                new Configuration())).isEmpty();
    }

    @Test
    void anUnknownFormatIsBadUsageOnOneLine() throws Exception {
        Path docs = Files.createDirectories(temp.resolve("docs"));
        Run r = run(docs.toString(), "-o", temp.resolve("out").toString(), "--format", "xml");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err().lines().count()).isEqualTo(1);
    }
}
