package org.xianzhi.core.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.xianzhi.core.TestDocuments;
import org.xianzhi.core.text.MappedText;

/** The four filters of this package run in chain order over the real damaged seeds. */
class SeedNormalizationTest {
    private final Normalizer chain = new Normalizer(List.of(new EscapedMarkupFilter(), new FullWidthFilter(),
            new TraditionalToSimplifiedFilter(), new LayoutNoiseFilter()));

    @Test
    void secondRunOverTheSeedsChangesNothing() {
        for (String seed : TestDocuments.seedTexts()) {
            String once = chain.normalize(seed).text();
            assertThat(chain.normalize(once).text()).isEqualTo(once);
        }
    }

    @Test
    void leavesNoChromeLineAndNoVerticalHeadlineInTheSeeds() {
        for (String seed : TestDocuments.seedTexts()) {
            String[] lines = chain.normalize(seed).text().split("\n", -1);
            int singleHanRun = 0;
            for (String line : lines) {
                assertThat(PageChrome.isChrome(line)).as(line).isFalse();
                String trimmed = line.strip();
                if (trimmed.length() == 1 && LayoutNoiseFilter.isHan(trimmed.charAt(0))) {
                    singleHanRun++;
                } else if (!trimmed.isEmpty()) {
                    singleHanRun = 0;
                }
                assertThat(singleHanRun).as("single-character lines in a row").isLessThan(3);
            }
        }
    }

    @Test
    void everyKeptHanCharacterMapsBackToItselfOrToTheTraditionalCharacterItWasConvertedFrom() {
        TraditionalToSimplifiedFilter t2s = new TraditionalToSimplifiedFilter();
        for (String seed : TestDocuments.seedTexts()) {
            MappedText out = chain.normalize(seed);
            for (int i = 0; i < out.length(); i++) {
                char c = out.text().charAt(i);
                if (!LayoutNoiseFilter.isHan(c)) {
                    continue;
                }
                int at = out.originalStart(i);
                assertThat(out.originalEnd(i)).isEqualTo(at + 1);
                if (seed.charAt(at) != c) {
                    // Conversion keeps lengths here, so the character sits at the same place in its converted context.
                    int from = Math.max(0, at - 4);
                    String context = seed.substring(from, Math.min(seed.length(), at + 5));
                    assertThat(t2s.apply(context).text().charAt(at - from)).isEqualTo(c);
                }
            }
        }
    }
}
