package org.xianzhi.core;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The documents tests read: the bundled {@code samples/} and the shared seeds ({@code shared/seeds} beside the
 * checkout, absent in a fresh clone — tests that need them are skipped there). Found by walking up from the working
 * directory, since Maven runs tests in the module folder.
 */
public final class TestDocuments {
    private TestDocuments() {
    }

    /** The repository root: the first ancestor holding both {@code samples/} and {@code pom.xml}. */
    public static Path root() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("samples")) && Files.isRegularFile(dir.resolve("pom.xml"))) {
                return dir;
            }
        }
        throw new IllegalStateException("no repository root with samples/ above " + Path.of("").toAbsolutePath());
    }

    public static Path samplesFolder() {
        return root().resolve("samples");
    }

    /** Every sample document, sorted. */
    public static List<Path> samples() {
        return list(samplesFolder(), "");
    }

    /** The shared seed folder, if it is beside the checkout. */
    public static Optional<Path> seedFolder() {
        for (Path dir = root(); dir != null; dir = dir.getParent()) {
            Path seeds = dir.resolve("shared").resolve("seeds");
            if (Files.isDirectory(seeds)) {
                return Optional.of(seeds);
            }
        }
        return Optional.empty();
    }

    /** The seed documents, sorted; skips the calling test when they are absent. */
    public static List<Path> seeds() {
        Optional<Path> folder = seedFolder();
        assumeTrue(folder.isPresent(), "shared/seeds is not beside this checkout");
        List<Path> files = list(folder.get(), ".txt");
        assumeTrue(!files.isEmpty(), "no seed documents");
        return files;
    }

    private static List<Path> list(Path folder, String suffix) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).filter(f -> f.toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
    }
}
