package org.xianzhi.core.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.xianzhi.core.TestDocuments;

/**
 * The real damaged documents in {@code shared/seeds} (beside the repository; skipped when absent). They are not
 * normalized here, so this checks safety and the figures that survive the damage, not completeness.
 */
class SeedDocumentsTest {
    private final ChineseQuantityParser parser = new ChineseQuantityParser();

    @Test
    void everySeedDocumentScansSafelyAndYieldsFigures() {
        for (Path seed : TestDocuments.seeds()) {
            String text = TestDocuments.read(seed);
            List<Quantity> found = parser.parse(text);
            ParserRobustnessProperties.assertWellFormed(text, found);
            assertThat(found).as("quantities in %s", seed.getFileName()).hasSizeGreaterThan(10);
        }
    }

    @Test
    void amountsInSeedsAreWrittenWithNumeralsAndNeverInsideCodes() {
        for (Path seed : TestDocuments.seeds()) {
            String text = TestDocuments.read(seed);
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

}
