package org.xianzhi.core;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
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

    /** The plain UTF-8 texts the encoded samples were made from. */
    public static Path sampleSourcesFolder() {
        return root().resolve("tools").resolve("sample-sources");
    }

    /** Every sample document, sorted. */
    public static List<Path> samples() {
        return list(samplesFolder(), "");
    }

    /** The shared seed folder, if it is beside the checkout. */
    public static Optional<Path> seedFolder() {
        return shared("seeds", Files::isDirectory);
    }

    /** A file of the shared material ({@code shared/docs/FACTS.md} is {@code "docs/FACTS.md"}), if it is there. */
    public static Optional<Path> sharedFile(String relative) {
        return shared(relative, Files::isRegularFile);
    }

    /** The seed documents, sorted; skips the calling test when they are absent. */
    public static List<Path> seeds() {
        Optional<Path> folder = seedFolder();
        assumeTrue(folder.isPresent(), "shared/seeds is not beside this checkout");
        List<Path> files = list(folder.get(), ".txt");
        assumeTrue(!files.isEmpty(), "no seed documents");
        return files;
    }

    /** The texts of the seed documents, in file name order; skips the calling test when they are absent. */
    public static List<String> seedTexts() {
        return seeds().stream().map(TestDocuments::read).toList();
    }

    /** The shared corpus of real work reports ({@code shared/corpus/docs}); skips the calling test when absent. */
    public static List<Path> corpus() {
        Optional<Path> folder = shared("corpus/docs", Files::isDirectory);
        assumeTrue(folder.isPresent(), "shared/corpus is not beside this checkout");
        List<Path> files = list(folder.get(), ".txt");
        assumeTrue(!files.isEmpty(), "no corpus documents");
        return files;
    }

    /** The text of the named seed document; skips the calling test when the seeds are absent. */
    public static String seedText(String fileName) {
        Optional<Path> folder = seedFolder();
        assumeTrue(folder.isPresent(), "shared/seeds is not beside this checkout");
        return read(folder.get().resolve(fileName));
    }

    /** A document's text, read as UTF-8. */
    public static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static Optional<Path> shared(String relative, Predicate<Path> kind) {
        for (Path dir = root(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve(relative);
            if (kind.test(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private static List<Path> list(Path folder, String suffix) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).filter(f -> f.toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
    }
}
