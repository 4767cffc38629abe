package org.xianzhi.core.lexicon;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Every occurrence of a {@link PhraseMatcher}'s phrases in one text, overlapping ones included, found in one pass so
 * that many windows of the text can be scanned without walking the trie again: {@link #scan(int, int, PhraseMatcher.MatchSink)}
 * reports exactly what {@link PhraseMatcher#scan} reports for the same window (leftmost-longest, non-overlapping,
 * within the window), at the cost of the occurrences in the window instead of its characters. Immutable.
 *
 * @param <T> the value registered with each phrase
 */
public final class PhraseOccurrences<T> {
    private final int length;
    /** Occurrences ordered by start, then by end: a phrase's shorter prefixes come before it. */
    private final int[] starts;
    private final int[] ends;
    private final int[] phraseIds;
    private final int count;
    private final String[] phrases;
    private final List<T> values;

    PhraseOccurrences(int length, int[] starts, int[] ends, int[] phraseIds, int count, String[] phrases, List<T> values) {
        this.length = length;
        this.starts = starts;
        this.ends = ends;
        this.phraseIds = phraseIds;
        this.count = count;
        this.phrases = phrases;
        this.values = values;
    }

    /** How many occurrences, overlapping ones included. */
    public int size() {
        return count;
    }

    /** The matches lying entirely within {@code [from, to)}, as {@link PhraseMatcher#findAll} finds them. */
    public List<PhraseMatch<T>> findAll(int from, int to) {
        List<PhraseMatch<T>> matches = new ArrayList<>();
        scan(from, to, (start, end, phrase, value) -> matches.add(new PhraseMatch<>(start, end, phrase, value)));
        return matches;
    }

    /**
     * Reports the matches lying entirely within {@code [from, to)} of the text, left to right, as
     * {@link PhraseMatcher#scan} would for the same text and window.
     *
     * @throws IndexOutOfBoundsException if the range is not within the text
     */
    public void scan(int from, int to, PhraseMatcher.MatchSink<? super T> sink) {
        Objects.checkFromToIndex(from, to, length);
        int k = firstStartingAtOrAfter(from, 0);
        while (k < count && starts[k] < to) {
            int start = starts[k];
            int best = -1;
            int next = k;
            for (; next < count && starts[next] == start; next++) {
                if (ends[next] <= to) {
                    best = next;
                }
            }
            if (best < 0) {
                k = next;
            } else {
                sink.accept(start, ends[best], phrases[phraseIds[best]], values.get(phraseIds[best]));
                k = firstStartingAtOrAfter(ends[best], next);
            }
        }
    }

    private int firstStartingAtOrAfter(int position, int fromIndex) {
        int k = Arrays.binarySearch(starts, fromIndex, count, position);
        if (k < 0) {
            return -k - 1;
        }
        while (k > fromIndex && starts[k - 1] == position) {
            k--;
        }
        return k;
    }
}
