package org.xianzhi.core.text;

import static org.assertj.core.api.Assertions.assertThat;

/** The offsets every {@link Rewrite} owes the chain: each character's source span in range and in order. */
public final class RewriteContract {
    private RewriteContract() {
    }

    /** Asserts that {@code rewrite} is of {@code input} and its spans stay inside it, never going back. */
    public static void assertOffsetsInRangeAndOrdered(String filterName, String input, Rewrite rewrite) {
        assertThat(rewrite.source()).as(filterName + " source").isEqualTo(input);
        int previousStart = 0;
        int previousEnd = 0;
        for (int i = 0; i < rewrite.text().length(); i++) {
            int start = rewrite.sourceStart(i);
            int end = rewrite.sourceEnd(i);
            assertThat(start).as(filterName + " start at " + i).isBetween(previousStart, end);
            assertThat(end).as(filterName + " end at " + i).isBetween(previousEnd, input.length());
            previousStart = start;
            previousEnd = end;
        }
    }
}
