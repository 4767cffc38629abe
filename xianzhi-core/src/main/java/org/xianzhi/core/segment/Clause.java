package org.xianzhi.core.segment;

/** A clause {@code [start, end)} of the normalized text: the unit within which a figure binds to its indicator. */
public record Clause(int start, int end) {
}
