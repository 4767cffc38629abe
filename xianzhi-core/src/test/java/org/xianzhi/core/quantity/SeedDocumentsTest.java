package org.xianzhi.core.quantity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The real damaged documents in {@code shared/seeds} (beside the repository; skipped when absent). They are not
 * normalized here, so this checks safety and the figures that survive the damage, not completeness.
 */
class SeedDocumentsTest {
    private final ChineseQuantityParser parser = new ChineseQuantityParser();

    @Test
    void everySeedDocumentScansSafelyAndYieldsFigures() throws IOException {
        List<Path> seeds = seeds();
        for (Path seed : seeds) {
            String text = Files.readString(seed, StandardCharsets.UTF_8);
            List<Quantity> found = parser.parse(text);
            ParserRobustnessProperties.assertWellFormed(text, found);
            assertThat(found).as("quantities in %s", seed.getFileName()).hasSizeGreaterThan(10);
        }
    }

    @Test
    void amountsInSeedsAreWrittenWithNumeralsAndNeverInsideCodes() throws IOException {
        for (Path seed : seeds()) {
            String text = Files.readString(seed, StandardCharsets.UTF_8);
            for (Quantity q : parser.parse(text)) {
                String written = q.text(text);
                if (q.kind() == QuantityKind.NUMBER && !q.unit().isEmpty()) {
                    assertThat(q.value()).as("%s in %s", written, seed.getFileName()).isNotNull();
                }
                if (q.start() > 0) {
                    char before = text.charAt(q.start() - 1);
                    assertThat(Character.isLetter(before) && before < 128)
                            .as("%s glued to a Latin letter in %s", written, seed.getFileName()).isFalse();
                }
            }
        }
    }

    private static List<Path> seeds() throws IOException {
        Path dir = Path.of("").toAbsolutePath();
        Path seeds = null;
        while (dir != null && seeds == null) {
            Path candidate = dir.resolve("shared").resolve("seeds");
            seeds = Files.isDirectory(candidate) ? candidate : null;
            dir = dir.getParent();
        }
        assumeTrue(seeds != null, "shared/seeds is not beside this checkout");
        List<Path> files = new ArrayList<>();
        try (Stream<Path> list = Files.list(seeds)) {
            list.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(files::add);
        }
        assumeTrue(!files.isEmpty(), "no seed documents");
        return files;
    }
}
