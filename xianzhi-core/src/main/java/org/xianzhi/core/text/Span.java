package org.xianzhi.core.text;

/** A half-open span {@code [start, end)} of character offsets. */
public record Span(int start, int end) {
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    public int length() {
        return end - start;
    }
}
