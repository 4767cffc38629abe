package org.xianzhi.core.text;

import java.util.Objects;

/**
 * The output of one {@link TextFilter}: new text and, for each of its characters, the span
 * {@code [sourceStart, sourceEnd)} of the filter's input it came from. An empty span marks an inserted character.
 * Spans never go backwards: both bounds are non-decreasing along the text.
 */
public final class Rewrite {
    private final String source;
    private final String text;
    private final int[] sourceStarts;
    private final int[] sourceEnds;

    Rewrite(String source, String text, int[] sourceStarts, int[] sourceEnds) {
        this.source = source;
        this.text = text;
        this.sourceStarts = sourceStarts;
        this.sourceEnds = sourceEnds;
    }

    /** The rewrite that changes nothing; the chain skips composing it. */
    public static Rewrite unchanged(String source) {
        return new Rewrite(Objects.requireNonNull(source), source, null, null);
    }

    public boolean isUnchanged() {
        return sourceStarts == null;
    }

    public String source() {
        return source;
    }

    public String text() {
        return text;
    }

    public int sourceStart(int index) {
        return sourceStarts == null ? index : sourceStarts[index];
    }

    public int sourceEnd(int index) {
        return sourceEnds == null ? index + 1 : sourceEnds[index];
    }
}
