package org.xianzhi.core.normalize.gbk;

/**
 * One repaired run: {@code replacement} stands for the damaged text {@code [start, end)}.
 *
 * @param start       first character of the damaged run
 * @param end         just after its last character
 * @param replacement the text the run was before it was damaged
 */
public record GbkRepair(int start, int end, String replacement) {
    public GbkRepair {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad run [" + start + ", " + end + ")");
        }
    }
}
