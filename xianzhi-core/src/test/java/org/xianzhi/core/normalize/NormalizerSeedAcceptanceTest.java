package org.xianzhi.core.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.xianzhi.core.TestDocuments;

/**
 * The foundation's acceptance on the real seeds, through the whole standard chain: no pinyin gloss, no {@code ??}
 * run and no Traditional-only character are left, and seed 003's three damaged runs come out as what was meant.
 */
class NormalizerSeedAcceptanceTest {
    private static final Normalizer CHAIN = Normalizer.standard();
    /** A parenthesised run of pinyin syllables with tone marks, as the glosses are written. */
    private static final Pattern GLOSS = Pattern.compile(
            "\\((?:[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]* ?)+\\)");

    @Test
    void leavesNoGlossNoQuestionMarkRunAndNoTraditionalCharacterInAnySeed() {
        TraditionalToSimplifiedFilter t2s = new TraditionalToSimplifiedFilter();
        for (String seed : TestDocuments.seedTexts()) {
            String clean = CHAIN.normalize(seed).text();
            assertThat(GLOSS.matcher(clean).find()).as("a gloss is left: %s", firstGloss(clean)).isFalse();
            assertThat(clean).doesNotContain("??");
            assertThat(t2s.apply(clean).isUnchanged()).as("Traditional characters are left").isTrue();
        }
    }

    @Test
    void repairsTheThreeDamagedRunsOfSeed003() {
        String clean = CHAIN.normalize(TestDocuments.seedText("003_0761b37575dd39c7.txt")).text();
        assertThat(clean).contains("空气污染物浓度指标", "县中医院", "科学布局");
    }

    private static String firstGloss(String text) {
        var m = GLOSS.matcher(text);
        return m.find() ? text.substring(Math.max(0, m.start() - 5), m.end()) : "";
    }
}
