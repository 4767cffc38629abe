package org.xianzhi.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/** {@code serve} and {@code demo} refuse bad settings before touching any store. */
class ServeCommandTest {
    @TempDir
    Path temp;

    private int run(StringWriter err, String... args) {
        CommandLine cmd = Main.commandLine();
        cmd.setOut(new PrintWriter(new StringWriter()));
        cmd.setErr(new PrintWriter(err));
        return cmd.execute(args);
    }

    @Test
    void aBadPortOrUploadLimitIsBadUsageAndNoStoreIsMade() {
        Path db = temp.resolve("x.duckdb");
        StringWriter err = new StringWriter();
        assertThat(run(err, "serve", "--db", db.toString(), "--port", "70000")).isEqualTo(2);
        assertThat(err.toString()).contains("port must be from 0 to 65535, was 70000");
        assertThat(run(err, "serve", "--db", db.toString(), "--max-upload-mb", "0")).isEqualTo(2);
        assertThat(err.toString()).contains("--max-upload-mb cannot be less than 1");
        assertThat(run(err, "demo", "--db", db.toString(), "--port", "-1")).isEqualTo(2);
        assertThat(Files.exists(db)).isFalse();
    }
}
