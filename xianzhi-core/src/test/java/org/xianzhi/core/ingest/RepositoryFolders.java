package org.xianzhi.core.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Folders tests read from, found by walking up from the working directory (Maven runs tests in the module folder). */
final class RepositoryFolders {
    private RepositoryFolders() {
    }

    /** The repository root: the first ancestor holding both {@code samples/} and {@code pom.xml}. */
    static Path root() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("samples")) && Files.isRegularFile(dir.resolve("pom.xml"))) {
                return dir;
            }
        }
        throw new IllegalStateException("no repository root with samples/ above " + Path.of("").toAbsolutePath());
    }

    static Path samples() {
        return root().resolve("samples");
    }

    static Path sampleSources() {
        return root().resolve("tools/sample-sources");
    }

    /** The shared seed documents ({@code shared/seeds} next to some ancestor), absent in a fresh clone. */
    static Optional<Path> seeds() {
        for (Path dir = root(); dir != null; dir = dir.getParent()) {
            Path seeds = dir.resolve("shared/seeds");
            if (Files.isDirectory(seeds)) {
                return Optional.of(seeds);
            }
        }
        return Optional.empty();
    }
}
