package org.xianzhi.core.text;

import java.util.Arrays;

/**
 * Text derived from an original document text, with the span of the original that every character came from
 * (STYLE.md §1, "offsets are a contract"). Composing a {@link Rewrite} keeps the spans pointing into the original,
 * however many filters ran.
 */
public final class MappedText {
    private final String original;
    private final String text;
    private final int[] starts;
    private final int[] ends;

    private MappedText(String original, String text, int[] starts, int[] ends) {
        this.original = original;
        this.text = text;
        this.starts = starts;
        this.ends = ends;
    }

    /** The original text mapped onto itself. */
    public static MappedText of(String original) {
        int n = original.length();
        int[] starts = new int[n];
        int[] ends = new int[n];
        for (int i = 0; i < n; i++) {
            starts[i] = i;
            ends[i] = i + 1;
        }
        return new MappedText(original, original, starts, ends);
    }

    public String original() {
        return original;
    }

    public String text() {
        return text;
    }

    public int length() {
        return text.length();
    }

    /** Applies a filter and composes its offsets with ours. */
    public MappedText then(TextFilter filter) {
        return then(filter.apply(text));
    }

    /** Composes a rewrite of this text, so that the result still maps into the original. */
    public MappedText then(Rewrite rewrite) {
        if (!rewrite.source().equals(text)) {
            throw new IllegalArgumentException("rewrite was made from another text");
        }
        if (rewrite.isUnchanged()) {
            return this;
        }
        String next = rewrite.text();
        int n = next.length();
        int[] newStarts = new int[n];
        int[] newEnds = new int[n];
        for (int i = 0; i < n; i++) {
            int from = rewrite.sourceStart(i);
            int to = rewrite.sourceEnd(i);
            if (to > from) {
                newStarts[i] = starts[from];
                newEnds[i] = ends[to - 1];
            } else {
                newStarts[i] = newEnds[i] = boundary(from);
            }
        }
        return new MappedText(original, next, newStarts, newEnds);
    }

    /** Where the original span of character {@code index} of this text starts. */
    public int originalStart(int index) {
        return starts[index];
    }

    /** Where the original span of character {@code index} of this text ends (exclusive). */
    public int originalEnd(int index) {
        return ends[index];
    }

    /** The original span {@code [start, end)} that the text span {@code [from, to)} came from. */
    public Span toOriginal(int from, int to) {
        if (from < 0 || to > text.length() || to < from) {
            throw new IndexOutOfBoundsException("span [" + from + ", " + to + ") of a text of length " + text.length());
        }
        if (to == from) {
            int at = boundary(from);
            return new Span(at, at);
        }
        return new Span(starts[from], ends[to - 1]);
    }

    /** The original position of the gap before text position {@code index} (0..length). */
    private int boundary(int index) {
        if (index < text.length()) {
            return starts[index];
        }
        return text.isEmpty() ? (original.isEmpty() ? 0 : original.length()) : ends[text.length() - 1];
    }

    @Override
    public String toString() {
        return text + " " + Arrays.toString(Arrays.copyOf(starts, Math.min(8, starts.length))) + "…";
    }
}
