package org.xianzhi.core.quantity;

import java.util.Locale;

/** How exactly a figure is stated: the hedge words around it ({@code 约}, {@code 余}, {@code 不到}, …). */
public enum Approximation {
    /** No hedge word. */
    EXACT,
    /** {@code 约}, {@code 近}, {@code 左右}, {@code 上下}, {@code 接近}. */
    ABOUT,
    /** {@code 余}, {@code 多}, {@code 超}, {@code 超过}, {@code 突破}, {@code 以上}, {@code 逾}. */
    OVER,
    /** {@code 不到}, {@code 不足}, {@code 以内}, {@code 以下}; also {@code 前三} (third place or better). */
    UNDER;

    /** The lower-case name used in JSON. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The approximation named by a label ({@code over}).
     *
     * @throws IllegalArgumentException naming the label and the known ones
     */
    public static Approximation ofLabel(String label) {
        for (Approximation a : values()) {
            if (a.label().equals(label)) {
                return a;
            }
        }
        throw new IllegalArgumentException("unknown qualifier '" + label + "'; the qualifiers are exact, about, over, under");
    }
}
