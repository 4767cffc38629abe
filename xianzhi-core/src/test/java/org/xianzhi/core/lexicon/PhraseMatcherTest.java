package org.xianzhi.core.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class PhraseMatcherTest {
    private static final PhraseMatcher<String> MATCHER = PhraseMatcher.of(Map.of(
            "人均可支配收入", "all", "城镇居民人均可支配收入", "urban", "农村居民人均可支配收入", "rural",
            "农村集体经济收入", "collective", "GDP", "gdp", "生产总值", "gdp", "人均生产总值", "per-capita"));

    private static List<String> phrases(String text) {
        return MATCHER.findAll(text).stream().map(PhraseMatch::phrase).toList();
    }

    @Test
    void prefersTheLongestPhraseStartingAtTheLeftmostPosition() {
        assertThat(phrases("全县城镇居民人均可支配收入3.2万元")).containsExactly("城镇居民人均可支配收入");
        assertThat(phrases("人均生产总值增长6%")).containsExactly("人均生产总值");
    }

    @Test
    void doesNotFindAShorterPhraseInsideALongerOne() {
        assertThat(phrases("农村集体经济收入村均达到17万元")).containsExactly("农村集体经济收入");
    }

    @Test
    void reportsOffsetsOfTheTextAndTheValueRegistered() {
        String text = "全年人均可支配收入增长5%,生产总值58亿元";
        List<PhraseMatch<String>> matches = MATCHER.findAll(text);
        assertThat(matches).hasSize(2);
        assertThat(text.substring(matches.get(0).start(), matches.get(0).end())).isEqualTo("人均可支配收入");
        assertThat(matches.get(0).value()).isEqualTo("all");
        assertThat(text.substring(matches.get(1).start(), matches.get(1).end())).isEqualTo("生产总值");
    }

    @Test
    void matchesAsciiLettersWithoutRegardToCase() {
        List<PhraseMatch<String>> matches = MATCHER.findAll("占gdp比重");
        assertThat(matches).singleElement().satisfies(m -> {
            assertThat(m.phrase()).isEqualTo("GDP");
            assertThat(m.start()).isEqualTo(1);
            assertThat(m.end()).isEqualTo(4);
        });
    }

    @Test
    void findsOnlyMatchesLyingWithinTheRange() {
        String text = "生产总值与人均生产总值";
        assertThat(MATCHER.findAll(text, 1, text.length()).stream().map(PhraseMatch::phrase))
                .containsExactly("人均生产总值");
        // A range starting inside 人均生产总值 sees only the 生产总值 it holds.
        assertThat(MATCHER.findAll(text, text.length() - 4, text.length()).stream().map(PhraseMatch::phrase))
                .containsExactly("生产总值");
        assertThat(MATCHER.findAll(text, 0, text.length() - 1).stream().map(PhraseMatch::phrase))
                .containsExactly("生产总值");
        assertThatThrownBy(() -> MATCHER.findAll(text, 3, 2)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void rejectsEmptyPhrasesAndPhrasesDifferingOnlyInCase() {
        Map<String, String> twins = new LinkedHashMap<>();
        twins.put("GDP", "a");
        twins.put("gdp", "b");
        assertThatThrownBy(() -> PhraseMatcher.of(twins)).hasMessageContaining("GDP").hasMessageContaining("gdp");
        assertThatThrownBy(() -> PhraseMatcher.of(Map.of("", "x"))).hasMessageContaining("empty");
    }

    @Test
    void findsNothingWithoutPhrases() {
        assertThat(PhraseMatcher.of(Map.<String, String>of()).findAll("任何文本")).isEmpty();
    }
}
