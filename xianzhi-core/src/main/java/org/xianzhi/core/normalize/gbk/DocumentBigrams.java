package org.xianzhi.core.normalize.gbk;

import java.util.Arrays;

/**
 * The pairs of Han characters a document holds, for a cache of what its writer writes: a county's name, its
 * {@code 一是…二是…} and its pet phrases recur, so a candidate at the end of a run of damage that makes a pair seen
 * elsewhere in the same document ({@code 婺源} when the text says {@code 婺源县} ten times) is more likely than the
 * general model says. Pairs of the damage itself are mostly of rare characters that no candidate repeats.
 */
final class DocumentBigrams {
    /** Log-odds for a pair the document holds elsewhere. */
    static final double SEEN = 6.0;

    private final int[] pairs;

    private DocumentBigrams(int[] pairs) {
        this.pairs = pairs;
    }

    static DocumentBigrams of(String text) {
        int[] pairs = new int[Math.max(0, text.length() - 1)];
        int count = 0;
        for (int i = 0; i + 1 < text.length(); i++) {
            char a = text.charAt(i);
            char b = text.charAt(i + 1);
            if (isHan(a) && isHan(b)) {
                pairs[count++] = a << 16 | b;
            }
        }
        int[] sorted = Arrays.copyOf(pairs, count);
        Arrays.sort(sorted);
        return new DocumentBigrams(sorted);
    }

    /** {@link #SEEN} when the document holds {@code a} followed by {@code b}, else 0. */
    double bonus(char a, char b) {
        return Arrays.binarySearch(pairs, a << 16 | b) >= 0 ? SEEN : 0;
    }

    private static boolean isHan(char c) {
        return c >= '\u3400' && c <= '\u9FFF';
    }
}
