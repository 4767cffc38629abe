package org.xianzhi.app.cli;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the bundled {@code samples/}: the first folder above the working directory, or above the running jar, that
 * holds both {@code samples/} and {@code pom.xml} (the repository root).
 */
public final class SampleFolder {
    private SampleFolder() {
    }

    public static Path locate() {
        Path found = above(Path.of("").toAbsolutePath());
        if (found == null) {
            found = above(jarFolder());
        }
        if (found == null) {
            throw new IllegalArgumentException("no samples/ folder found above " + Path.of("").toAbsolutePath()
                    + "; name one with --samples");
        }
        return found;
    }

    private static Path above(Path start) {
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("samples")) && Files.isRegularFile(dir.resolve("pom.xml"))) {
                return dir.resolve("samples");
            }
        }
        return null;
    }

    private static Path jarFolder() {
        try {
            return Path.of(SampleFolder.class.getProtectionDomain().getCodeSource().getLocation().toURI()).getParent();
        } catch (URISyntaxException | RuntimeException e) {
            return null;
        }
    }
}
