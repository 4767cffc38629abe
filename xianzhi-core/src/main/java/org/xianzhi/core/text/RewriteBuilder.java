package org.xianzhi.core.text;

import java.util.Arrays;

/**
 * Builds a {@link Rewrite} left to right. Filters copy the input spans they keep, replace the spans they change and
 * skip the spans they drop; the builder records the offsets so that no filter does that arithmetic itself.
 * If a filter ends up copying its whole input, {@link #build()} returns {@link Rewrite#unchanged}.
 */
public final class RewriteBuilder {
    private final String source;
    private final StringBuilder text;
    private int[] starts;
    private int[] ends;
    private boolean changed;
    private int lastSourceEnd;

    public RewriteBuilder(String source) {
        this.source = source;
        this.text = new StringBuilder(source.length());
        this.starts = new int[Math.max(16, source.length())];
        this.ends = new int[starts.length];
    }

    /** Copies {@code source[from, to)} unchanged. */
    public RewriteBuilder keep(int from, int to) {
        checkSpan(from, to);
        if (from != lastSourceEnd) {
            changed = true;
        }
        int n = text.length();
        ensureRoom(n + to - from);
        text.append(source, from, to);
        for (int i = from; i < to; i++) {
            starts[n] = i;
            ends[n++] = i + 1;
        }
        lastSourceEnd = Math.max(lastSourceEnd, to);
        return this;
    }

    /**
     * Writes {@code replacement} in place of {@code source[from, to)}. A replacement of the same length maps
     * character by character; any other maps every new character to the whole span.
     */
    public RewriteBuilder replace(int from, int to, CharSequence replacement) {
        checkSpan(from, to);
        boolean sameLength = replacement.length() == to - from;
        for (int i = 0; i < replacement.length(); i++) {
            if (sameLength) {
                add(replacement.charAt(i), from + i, from + i + 1);
            } else {
                add(replacement.charAt(i), from, to);
            }
        }
        if (!changed && (from != lastSourceEnd || !source.regionMatches(from, replacement.toString(), 0, replacement.length())
                || !sameLength)) {
            changed = true;
        }
        lastSourceEnd = Math.max(lastSourceEnd, to);
        return this;
    }

    /** Drops {@code source[from, to)}. */
    public RewriteBuilder skip(int from, int to) {
        checkSpan(from, to);
        if (to > from) {
            changed = true;
        }
        lastSourceEnd = Math.max(lastSourceEnd, to);
        return this;
    }

    /** Inserts text that has no source, anchored at source position {@code at}. */
    public RewriteBuilder insert(int at, CharSequence inserted) {
        for (int i = 0; i < inserted.length(); i++) {
            add(inserted.charAt(i), at, at);
            changed = true;
        }
        return this;
    }

    /** The source position up to which the builder has consumed input. */
    public int consumed() {
        return lastSourceEnd;
    }

    public Rewrite build() {
        if (!changed && lastSourceEnd == source.length()) {
            return Rewrite.unchanged(source);
        }
        int n = text.length();
        return new Rewrite(source, text.toString(), Arrays.copyOf(starts, n), Arrays.copyOf(ends, n));
    }

    private void add(char c, int start, int end) {
        int n = text.length();
        ensureRoom(n + 1);
        text.append(c);
        starts[n] = start;
        ends[n] = end;
    }

    private void ensureRoom(int length) {
        if (length > starts.length) {
            int capacity = Math.max(length, starts.length * 2);
            starts = Arrays.copyOf(starts, capacity);
            ends = Arrays.copyOf(ends, capacity);
        }
    }

    private void checkSpan(int from, int to) {
        if (from < lastSourceEnd || to < from || to > source.length()) {
            throw new IllegalArgumentException("span [" + from + ", " + to + ") is out of order or out of range; consumed "
                    + lastSourceEnd + " of " + source.length());
        }
    }
}
