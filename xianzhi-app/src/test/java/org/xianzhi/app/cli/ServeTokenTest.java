package org.xianzhi.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/** The upload token comes from --token, else --token-file, else XIANZHI_TOKEN: a command line every local user sees. */
class ServeTokenTest {
    @TempDir
    Path dir;

    private static ServeOptions parse(String... args) {
        ServeOptions options = new ServeOptions();
        new CommandLine(options).parseArgs(args);
        return options;
    }

    @Test
    void theTokenComesFromAFileOrTheEnvironment() throws IOException {
        Path file = Files.writeString(dir.resolve("token"), "  from-file  \nignored\n");

        assertThat(parse("--token-file", file.toString()).token(Map.of("XIANZHI_TOKEN", "from-env"))).isEqualTo("from-file");
        assertThat(parse().token(Map.of("XIANZHI_TOKEN", "from-env"))).isEqualTo("from-env");
        assertThat(parse("--token", "given").token(Map.of("XIANZHI_TOKEN", "from-env"))).isEqualTo("given");
        assertThat(parse().token(Map.of())).isNull();
    }

    @Test
    void anEmptyOrMissingTokenFileIsAUsageError() throws IOException {
        Path empty = Files.writeString(dir.resolve("empty"), "\n");

        assertThatThrownBy(() -> parse("--token-file", empty.toString()).token(Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("holds no token");
        assertThatThrownBy(() -> parse("--token-file", dir.resolve("none").toString()).token(Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cannot read it");
    }
}
