package org.xianzhi.core.normalize.gbk;

/**
 * The pairs of Han characters a document holds, for a cache of what its writer writes: a county's name, its
 * {@code 一是…二是…} and its pet phrases recur, so a candidate at the end of a run of damage that makes a pair seen
 * elsewhere in the same document ({@code 婺源} when the text says {@code 婺源县} ten times) is more likely than the
 * general model says. Pairs of the damage itself are mostly of rare characters that no candidate repeats.
 */
final class DocumentBigrams {
    /** Log-odds for a pair the document holds elsewhere. */
    static final double SEEN = 6.0;

    /**
     * The distinct pairs as an open-addressing hash set, grown as it fills: a document's pairs are stored in one pass
     * and each candidate is looked up in constant time (sorting them all cost more than the rest of the repair).
     * 0 marks an empty slot; no pair of Han characters is 0.
     */
    private int[] slots = new int[1 << 10];
    private int size;

    static DocumentBigrams of(String text) {
        DocumentBigrams seen = new DocumentBigrams();
        for (int i = 0; i + 1 < text.length(); i++) {
            char a = text.charAt(i);
            char b = text.charAt(i + 1);
            if (isHan(a) && isHan(b)) {
                seen.add(a << 16 | b);
            }
        }
        return seen;
    }

    /** {@link #SEEN} when the document holds {@code a} followed by {@code b}, else 0. */
    double bonus(char a, char b) {
        return slots[slotOf(a << 16 | b)] != 0 ? SEEN : 0;
    }

    private void add(int pair) {
        int slot = slotOf(pair);
        if (slots[slot] == 0) {
            slots[slot] = pair;
            if (++size > slots.length / 2) {
                grow();
            }
        }
    }

    private void grow() {
        int[] old = slots;
        slots = new int[old.length * 2];
        for (int pair : old) {
            if (pair != 0) {
                slots[slotOf(pair)] = pair;
            }
        }
    }

    /** The slot holding {@code pair}, or the empty one where it would go. */
    private int slotOf(int pair) {
        int mask = slots.length - 1;
        int slot = (pair * 0x9E3779B9 >>> 8) & mask;
        while (slots[slot] != 0 && slots[slot] != pair) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private static boolean isHan(char c) {
        return c >= '\u3400' && c <= '\u9FFF';
    }
}
