package org.xianzhi.core.normalize.gbk;

/**
 * A cache model of what a document's writer writes: the characters, pairs and triples it holds, read beside the
 * general model. A county's name, its {@code 一是…二是…} and its pet phrases recur, so a candidate at the end of a run
 * of damage that makes a phrase seen elsewhere in the same document ({@code 婺源县} when the text says it ten times) is
 * more likely than the general model says. Interpolated, not added: a pair the model already finds common
 * ({@code 能源}) gains little from being in the document too, a rare one ({@code 婺源}) much. What is read is left out
 * of the counts ({@link #without}): the damage is not the writer's text, and a phrase is not its own evidence.
 */
final class DocumentNgrams {
    /** The weight of the document's own counts beside the model's. */
    static final double CACHE_WEIGHT = 0.5;
    /** How the document's probability is shared among its triples, pairs and single characters. */
    private static final double TRIPLE_SHARE = 0.5;
    private static final double PAIR_SHARE = 0.3;
    private static final double SINGLE_SHARE = 0.2;
    /** Prose punctuation kept in pairs and triples, as the normalizer leaves it: a clause's opening is part of it. */
    private static final String PROSE_MARKS = ",;:、。，；：";
    /**
     * Numerals stand for one another: an enumeration recurs with the next numeral ({@code 一是…二是…三是},
     * {@code 一要…二要}, {@code 第一…第二}), so {@code 二是} is the writer's own phrase when {@code 一是} is.
     */
    private static final String NUMERALS = "一二三四五六七八九十";
    private static final char NUMERAL = '一';
    /** Marks a pair's key apart from a triple's, whose three characters take 48 bits, and a single's. */
    private static final long PAIR = 1L << 50;
    private static final long SINGLE = 1L << 51;

    /**
     * Counts by key in an open-addressing hash table, grown as it fills: a document is counted in one pass and each
     * candidate looked up in constant time. 0 marks an empty slot; no key is 0.
     */
    private long[] keys = new long[1 << 11];
    private int[] counts = new int[1 << 11];
    private int size;
    private int singles;

    /** The text still to count: most documents that a search starts in hold no damage, and are never counted. */
    private CharSequence uncounted;

    /** The counts of {@code text}, taken when first needed. */
    static DocumentNgrams of(CharSequence text) {
        DocumentNgrams seen = new DocumentNgrams();
        seen.uncounted = text;
        return seen;
    }

    private void count(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char a = classOf(text.charAt(i));
            if (!isProse(a)) {
                continue;
            }
            add(SINGLE | a);
            singles++;
            char b = i + 1 < text.length() ? classOf(text.charAt(i + 1)) : 0;
            if (isProse(b)) {
                add(pair(a, b));
                char c = i + 2 < text.length() ? classOf(text.charAt(i + 2)) : 0;
                if (isProse(c)) {
                    add(triple(a, b, c));
                }
            }
        }
    }

    /** The document's counts of everything but {@code read}, the stretch of text being read (once in the document). */
    Without without(CharSequence read) {
        if (uncounted != null) {
            count(uncounted);
            uncounted = null;
        }
        DocumentNgrams stretch = new DocumentNgrams();
        stretch.count(read);
        return new Without(this, stretch);
    }

    /** The counts of a document with one stretch of it left out. */
    static final class Without {
        private final DocumentNgrams all;
        private final DocumentNgrams read;

        private Without(DocumentNgrams all, DocumentNgrams read) {
            this.all = all;
            this.read = read;
        }

        /**
         * The log-probability of {@code c} after {@code a} and {@code b}: the model's interpolated with the
         * document's own, where the document holds them.
         */
        double logProb(CharBigramModel model, char a, char b, char c) {
            double general = model.logProb(a, b, c);
            double own = 0;
            int single = elsewhere(SINGLE | classOf(c));
            if (single > 0) {
                own += SINGLE_SHARE * single / Math.max(1, all.singles - read.singles);
                // each share is a count over the count of what it follows, as the document holds them elsewhere
                int pair = elsewhere(pair(b, c));
                if (pair > 0) {
                    own += PAIR_SHARE * pair / Math.max(pair, elsewhere(SINGLE | classOf(b)));
                    int triple = elsewhere(triple(a, b, c));
                    if (triple > 0) {
                        own += TRIPLE_SHARE * triple / Math.max(triple, elsewhere(pair(a, b)));
                    }
                }
            }
            if (own == 0) {
                return general + Math.log(1 - CACHE_WEIGHT);
            }
            return Math.log((1 - CACHE_WEIGHT) * Math.exp(general) + CACHE_WEIGHT * own);
        }

        private int elsewhere(long key) {
            return all.get(key) - read.get(key);
        }
    }

    private static long pair(char a, char b) {
        return PAIR | classOf(a) << 16 | classOf(b);
    }

    private static long triple(char a, char b, char c) {
        return (long) classOf(a) << 32 | (long) classOf(b) << 16 | classOf(c);
    }

    private static char classOf(char c) {
        return NUMERALS.indexOf(c) >= 0 ? NUMERAL : c;
    }

    private int get(long key) {
        int slot = slotOf(key);
        return keys[slot] == key ? counts[slot] : 0;
    }

    private void add(long key) {
        int slot = slotOf(key);
        if (keys[slot] == 0) {
            keys[slot] = key;
            if (++size > keys.length / 2) {
                counts[slot]++;
                grow();
                return;
            }
        }
        counts[slot]++;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldCounts = counts;
        keys = new long[oldKeys.length * 2];
        counts = new int[oldKeys.length * 2];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != 0) {
                int slot = slotOf(oldKeys[i]);
                keys[slot] = oldKeys[i];
                counts[slot] = oldCounts[i];
            }
        }
    }

    /** The slot holding {@code key}, or the empty one where it would go. */
    private int slotOf(long key) {
        int mask = keys.length - 1;
        int slot = (int) ((key * 0x9E3779B97F4A7C15L) >>> 40) & mask;
        while (keys[slot] != 0 && keys[slot] != key) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private static boolean isProse(char c) {
        return (c >= '\u3400' && c <= '\u9FFF') || PROSE_MARKS.indexOf(c) >= 0;
    }
}
