package org.xianzhi.core.text;

/** The Arabic digits as the documents write them: ASCII, and full-width in text typeset the Chinese way. */
public final class Digits {
    private Digits() {
    }

    /** {@code 0}–{@code 9}. */
    public static boolean isAscii(char c) {
        return c >= '0' && c <= '9';
    }

    /** {@code 0}–{@code 9} or {@code ０}–{@code ９}. */
    public static boolean isEitherWidth(char c) {
        return isAscii(c) || (c >= '０' && c <= '９');
    }
}
