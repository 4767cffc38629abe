package org.xianzhi.core.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class PhraseMatcherProperties {
    /** Phrases over a small alphabet, so that random text over it is full of overlapping candidates. */
    private static final List<String> PHRASES = List.of("收入", "人均收入", "均收", "村集体收入", "集体", "农村",
            "农村集体", "a", "ab", "abc", "Bc", "入农", "村");
    private static final PhraseMatcher<Integer> MATCHER = PhraseMatcher.of(indexed(PHRASES));

    private static Map<String, Integer> indexed(List<String> phrases) {
        Map<String, Integer> map = new LinkedHashMap<>();
        for (int i = 0; i < phrases.size(); i++) {
            map.put(phrases.get(i), i);
        }
        return map;
    }

    @Provide
    Arbitrary<String> dense() {
        return Arbitraries.strings().withChars("收入人均村集体农abcBCx").ofMaxLength(60);
    }

    @Provide
    Arbitrary<String> anyUnicode() {
        // All of UTF-16, lone surrogates included.
        return Arbitraries.strings().withCharRange('\u0000', '\uffff').ofMaxLength(200);
    }

    @Property
    void matchesAreOrderedNonOverlappingInRangeAndSpellTheirPhrase(@ForAll("anyUnicode") String text) {
        checkWellFormed(text, MATCHER.findAll(text));
    }

    @Property
    void agreesWithTheObviousLeftmostLongestSearch(@ForAll("dense") String text) {
        List<PhraseMatch<Integer>> matches = MATCHER.findAll(text);
        checkWellFormed(text, matches);
        assertThat(matches.stream().map(m -> List.of(m.start(), m.end(), m.value())).toList())
                .isEqualTo(naive(text));
    }

    @Property
    void aSubRangeScanSeesOnlyTheSubRange(@ForAll("dense") String text, @ForAll("dense") String prefix) {
        String joined = prefix + text;
        List<PhraseMatch<Integer>> matches = MATCHER.findAll(joined, prefix.length(), joined.length());
        assertThat(matches).allSatisfy(m -> assertThat(m.start()).isGreaterThanOrEqualTo(prefix.length()));
        assertThat(matches.stream().map(m -> List.of(m.start() - prefix.length(), m.end() - prefix.length(), m.value()))
                .toList()).isEqualTo(naive(text));
    }

    @Property(tries = 2000)
    void occurrencesScanAnyWindowAsTheMatcherDoes(@ForAll("dense") String text, @ForAll int a, @ForAll int b) {
        int from = Math.floorMod(a, text.length() + 1);
        int to = from + Math.floorMod(b, text.length() - from + 1);
        PhraseOccurrences<Integer> occurrences = MATCHER.occurrences(text);
        List<List<Object>> fromIndex = new ArrayList<>();
        occurrences.scan(from, to, (start, end, phrase, value) -> fromIndex.add(List.of(start, end, phrase, value)));
        List<List<Object>> direct = new ArrayList<>();
        MATCHER.scan(text, from, to, (start, end, phrase, value) -> direct.add(List.of(start, end, phrase, value)));
        assertThat(fromIndex).isEqualTo(direct);
    }

    private static void checkWellFormed(String text, List<PhraseMatch<Integer>> matches) {
        int previousEnd = 0;
        for (PhraseMatch<Integer> m : matches) {
            assertThat(m.start()).isGreaterThanOrEqualTo(previousEnd);
            assertThat(m.end()).isLessThanOrEqualTo(text.length());
            assertThat(text.substring(m.start(), m.end()).toLowerCase(Locale.ROOT))
                    .isEqualTo(m.phrase().toLowerCase(Locale.ROOT));
            previousEnd = m.end();
        }
    }

    /** Leftmost-longest by brute force: at each position try every phrase. */
    private static List<List<Integer>> naive(String text) {
        List<List<Integer>> found = new ArrayList<>();
        String folded = text.toLowerCase(Locale.ROOT);
        int i = 0;
        while (i < text.length()) {
            int best = -1;
            for (int p = 0; p < PHRASES.size(); p++) {
                String phrase = PHRASES.get(p).toLowerCase(Locale.ROOT);
                if (folded.startsWith(phrase, i) && (best < 0 || phrase.length() > PHRASES.get(best).length())) {
                    best = p;
                }
            }
            if (best < 0) {
                i++;
            } else {
                found.add(List.of(i, i + PHRASES.get(best).length(), best));
                i += PHRASES.get(best).length();
            }
        }
        return found;
    }
}
