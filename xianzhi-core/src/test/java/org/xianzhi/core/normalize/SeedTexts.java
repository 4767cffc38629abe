package org.xianzhi.core.normalize;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The shared seed documents next to the repository, when they are there (a fresh clone has none). */
final class SeedTexts {
    private SeedTexts() {
    }

    /** The seed texts; skips the calling test when the folder is absent. */
    static List<String> all() {
        Path folder = null;
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("shared").resolve("seeds"))) {
                folder = dir.resolve("shared").resolve("seeds");
                break;
            }
        }
        assumeTrue(folder != null, "no shared/seeds folder above the working directory");
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".txt")).sorted().map(SeedTexts::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
