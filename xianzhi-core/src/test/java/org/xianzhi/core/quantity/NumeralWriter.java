package org.xianzhi.core.quantity;

import java.math.BigDecimal;

/**
 * Writes numbers the ways county documents do, for the round-trip properties: Chinese numerals (simple or financial,
 * with the usual 零 for gaps), Arabic with thousands separators or full-width digits, and the mixed form
 * {@code 1亿2345万6789}. Only for whole numbers below 10^16 and decimals built from them.
 */
final class NumeralWriter {
    static final String SIMPLE_DIGITS = "零一二三四五六七八九";
    static final String FINANCIAL_DIGITS = "零壹贰叁肆伍陆柒捌玖";
    static final String SIMPLE_UNITS = "十百千";
    static final String FINANCIAL_UNITS = "拾佰仟";
    /** The magnitude after each group of {@link #myriads}; the 亿 of 万亿 comes with the group below it. */
    private static final String[] MYRIAD_UNITS = {"", "万", "亿", "万"};

    private NumeralWriter() {
    }

    /** {@code 12345} → {@code 一万二千三百四十五}; {@code shortTen} writes 10–19 at the start as {@code 十…}. */
    static String chinese(long value, String digits, String units, boolean shortTen) {
        if (value == 0) {
            return String.valueOf(digits.charAt(0));
        }
        long[] groups = myriads(value);
        StringBuilder out = new StringBuilder();
        boolean written = false;
        boolean gap = false;
        for (int g = 3; g >= 0; g--) {
            long group = groups[g];
            if (group == 0) {
                gap = written;
                if (g == 2 && groups[3] != 0) {
                    out.append("亿"); // 一万亿: the 亿 stays when only the group above it is written
                }
                continue;
            }
            if (written && (gap || group < 1000)) {
                out.append(digits.charAt(0));
            }
            out.append(section(group, digits, units, shortTen && !written));
            out.append(MYRIAD_UNITS[g]);
            written = true;
            gap = false;
        }
        return out.toString();
    }

    /** The groups of four digits, lowest first: units, 万, 亿, 万亿. */
    private static long[] myriads(long value) {
        return new long[] {value % 10_000, value / 10_000 % 10_000, value / 100_000_000 % 10_000, value / 1_000_000_000_000L};
    }

    private static String section(long group, String digits, String units, boolean shortTen) {
        StringBuilder out = new StringBuilder();
        boolean zero = false;
        boolean started = false;
        for (int power = 3; power >= 0; power--) {
            int digit = (int) (group / (long) Math.pow(10, power) % 10);
            if (digit == 0) {
                zero = started;
                continue;
            }
            if (zero) {
                out.append(digits.charAt(0));
                zero = false;
            }
            boolean tenAtStart = power == 1 && digit == 1 && !started && shortTen;
            if (!tenAtStart) {
                out.append(digits.charAt(digit));
            }
            if (power > 0) {
                out.append(units.charAt(power - 1));
            }
            started = true;
        }
        return out.toString();
    }

    /** {@code 123456789} → {@code 1亿2345万6789}; a lone digit after a magnitude gets 零 so it is not read as 1亿5 = 1.5亿. */
    static String mixed(long value) {
        if (value < 10_000) {
            return Long.toString(value);
        }
        long[] groups = myriads(value);
        StringBuilder out = new StringBuilder();
        boolean written = false;
        for (int g = 3; g >= 0; g--) {
            long group = groups[g];
            if (group == 0) {
                if (g == 2 && groups[3] != 0) {
                    out.append("亿");
                }
                continue;
            }
            if (written && group < 10) {
                out.append('零');
            }
            out.append(group).append(MYRIAD_UNITS[g]);
            written = true;
        }
        return out.toString();
    }

    /** {@code 12345678} → {@code 12,345,678}. */
    static String grouped(long value) {
        return String.format(java.util.Locale.ROOT, "%,d", value);
    }

    /** ASCII digits and point to their full-width forms. */
    static String fullWidth(String ascii) {
        StringBuilder out = new StringBuilder(ascii.length());
        for (char c : ascii.toCharArray()) {
            out.append(c >= '0' && c <= '9' ? (char) (c - '0' + '０') : c == '.' ? '．' : c);
        }
        return out.toString();
    }

    /** {@code 3.14} → {@code 三点一四}. */
    static String chineseDecimal(BigDecimal value, String digits, String units) {
        String plain = value.toPlainString();
        int point = plain.indexOf('.');
        String whole = chinese(Long.parseLong(point < 0 ? plain : plain.substring(0, point)), digits, units, false);
        if (point < 0) {
            return whole;
        }
        StringBuilder out = new StringBuilder(whole).append('点');
        for (char c : plain.substring(point + 1).toCharArray()) {
            out.append(digits.charAt(c - '0'));
        }
        return out.toString();
    }
}
