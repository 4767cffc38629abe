package org.xianzhi.core.segment;

/**
 * The numbers of a written date, in Arabic or Chinese numerals: years digit by digit ({@code 二〇二二}), months and
 * days as small numbers ({@code 十二}, {@code 二十六}). Dates of delivery lines are often written the Chinese way.
 */
final class ChineseCalendarNumbers {
    private static final String DIGITS = "〇一二三四五六七八九";

    private ChineseCalendarNumbers() {
    }

    /** {@code 2022} or {@code 二〇二二} (also with 零) → 2022; -1 when not a year. */
    static int year(String written) {
        int year = 0;
        for (int i = 0; i < written.length(); i++) {
            int digit = digit(written.charAt(i));
            if (digit < 0) {
                return -1;
            }
            year = year * 10 + digit;
        }
        return year;
    }

    /** {@code 27}, {@code 七}, {@code 十二}, {@code 二十六}, {@code 三十一} → their value; -1 when not such a number. */
    static int small(String written) {
        if (written.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return written.isEmpty() ? -1 : Integer.parseInt(written);
        }
        int ten = written.indexOf('十');
        if (ten < 0) {
            return written.length() == 1 ? digit(written.charAt(0)) : -1;
        }
        int tens = ten == 0 ? 1 : ten == 1 ? digit(written.charAt(0)) : -1;
        int ones = ten == written.length() - 1 ? 0 : ten == written.length() - 2 ? digit(written.charAt(ten + 1)) : -1;
        return tens < 1 || ones < 0 ? -1 : tens * 10 + ones;
    }

    private static int digit(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        return c == '零' ? 0 : DIGITS.indexOf(c);
    }
}
