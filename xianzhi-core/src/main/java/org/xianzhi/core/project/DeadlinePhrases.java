package org.xianzhi.core.project;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.xianzhi.core.text.Digits;
import org.xianzhi.core.text.Words;

/**
 * Reads the deadlines county documents promise by, resolved against the year they speak of:
 * <ul>
 *   <li>year end: {@code 年内}, {@code 年底前}, {@code 今年内}, {@code 于今年}, {@code 2025年底前}, {@code 到2027年} → 12-31;</li>
 *   <li>a month's end: {@code 5月底前}, {@code 5月底}, {@code 五月底前} → 05-31; {@code 10月前} (before October) → 09-30;</li>
 *   <li>a day: {@code 6月30日前}, {@code 2025年6月30日前};</li>
 *   <li>parts of the year: {@code 上半年} → 06-30, {@code 一季度} → 03-31;</li>
 *   <li>seasons the documents plan by: {@code 国庆前} → 09-30, {@code 汛期前} → 05-31 (the flood season of northern
 *       China opens on 1 June), {@code 暑期}, {@code 秋季开学前} → 08-31.</li>
 * </ul>
 * Not deadlines: {@code 三年内} (a span), {@code 3个月前} (ago), {@code 前三季度} and {@code 去年底} (the past), {@code 今年,…} standing alone (the year a paragraph
 * speaks of, not a promise).
 */
public final class DeadlinePhrases {
    private record Fixed(String phrase, int month, int day) {
    }

    /** Phrases with a fixed day; day 0 means the month's last day. Longest first where one contains another. */
    private static final Fixed[] FIXED = {
        new Fixed("今年年底前", 12, 31), new Fixed("今年底前", 12, 31), new Fixed("今年内", 12, 31),
        new Fixed("于今年", 12, 31), new Fixed("年底前", 12, 31), new Fixed("年底", 12, 31), new Fixed("年内", 12, 31),
        new Fixed("第一季度", 3, 31), new Fixed("一季度", 3, 31), new Fixed("第二季度", 6, 30), new Fixed("二季度", 6, 30),
        new Fixed("第三季度", 9, 30), new Fixed("三季度", 9, 30), new Fixed("第四季度", 12, 31), new Fixed("四季度", 12, 31),
        new Fixed("上半年", 6, 30), new Fixed("下半年", 12, 31),
        new Fixed("国庆节前", 9, 30), new Fixed("国庆前", 9, 30), new Fixed("元旦前", 12, 31),
        new Fixed("主汛期前", 5, 31), new Fixed("汛期前", 5, 31), new Fixed("汛前", 5, 31),
        new Fixed("秋季开学前", 8, 31), new Fixed("暑期前", 8, 31), new Fixed("暑假前", 8, 31), new Fixed("暑期", 8, 31),
    };
    private static final String NUMERALS = "一二三四五六七八九十";
    /** The characters a deadline can start with, so that most positions are passed over at one lookup. */
    private static final boolean[] STARTS = starts();

    private static boolean[] starts() {
        boolean[] s = new boolean[Character.MAX_VALUE + 1];
        for (Fixed f : FIXED) {
            s[f.phrase().charAt(0)] = true;
        }
        for (char c : (NUMERALS + "0123456789到").toCharArray()) {
            s[c] = true;
        }
        return s;
    }

    /** Every deadline in {@code text[from, to)}, in text order; {@code year} is the year the text speaks of. */
    public List<Deadline> find(CharSequence text, int from, int to, int year) {
        List<Deadline> found = new ArrayList<>();
        int i = from;
        while (i < to) {
            if (!STARTS[text.charAt(i)]) {
                i++;
                continue;
            }
            Deadline d = at(text, i, to, year);
            if (d != null) {
                found.add(d);
                i = d.end();
            } else {
                i++;
            }
        }
        return found;
    }

    private static Deadline at(CharSequence text, int i, int to, int year) {
        int y = year;
        int p = i;
        boolean explicit = false;
        if (Words.startsWith(text, i, "到") && isYear(text, i + 1, to)) {
            // 到2027年完成…: by the end of that year.
            int y2 = Integer.parseInt(text.subSequence(i + 1, i + 5).toString());
            int end = i + 6;
            if (Words.startsWith(text, end, "底") || Words.startsWith(text, end, "末")) {
                end++;
            }
            return month(text, i + 6, to) == null ? new Deadline(i, end, LocalDate.of(y2, 12, 31), true) : null;
        }
        if (isYear(text, i, to)) {
            y = Integer.parseInt(text.subSequence(i, i + 4).toString());
            p = i + 5;
            explicit = true;
            if (Words.startsWith(text, p, "年")) {
                p++;
            }
            if (p + 2 <= to && Words.startsWith(text, p, "底前")) {
                return new Deadline(i, p + 2, LocalDate.of(y, 12, 31), true);
            }
            if (Words.startsWith(text, p, "内")) {
                return new Deadline(i, p + 1, LocalDate.of(y, 12, 31), true);
            }
        } else if (i > 0 && isCounting(text.charAt(i - 1))) {
            return null;
        }
        int[] month = month(text, p, to);
        if (month != null) {
            return monthDeadline(text, i, month, to, y, explicit);
        }
        if (explicit) {
            return null;
        }
        for (Fixed f : FIXED) {
            if (i + f.phrase().length() <= to && Words.startsWith(text, i, f.phrase())) {
                return new Deadline(i, i + f.phrase().length(), LocalDate.of(year, f.month(), f.day()), false);
            }
        }
        return null;
    }

    /** After a month number: {@code 底前}, {@code 底}, {@code 前}, {@code D日前}, {@code 份前}. */
    private static Deadline monthDeadline(CharSequence text, int start, int[] month, int to, int year, boolean explicit) {
        int m = month[0];
        int p = month[1];
        if (Words.startsWith(text, p, "底前") || Words.startsWith(text, p, "末前")) {
            return new Deadline(start, p + 2, YearMonth.of(year, m).atEndOfMonth(), explicit);
        }
        if (Words.startsWith(text, p, "底") || Words.startsWith(text, p, "末")) {
            return new Deadline(start, p + 1, YearMonth.of(year, m).atEndOfMonth(), explicit);
        }
        if (Words.startsWith(text, p, "份前") || Words.startsWith(text, p, "前")) {
            int len = text.charAt(p) == '份' ? 2 : 1;
            YearMonth before = YearMonth.of(year, m).minusMonths(1);
            return new Deadline(start, p + len, before.atEndOfMonth(), explicit);
        }
        int[] day = number(text, p, to);
        if (day != null && day[0] >= 1 && day[0] <= YearMonth.of(year, m).lengthOfMonth()
                && Words.startsWith(text, day[1], "日前")) {
            return new Deadline(start, day[1] + 2, LocalDate.of(year, m, day[0]), explicit);
        }
        return null;
    }

    /** A month number 1–12 followed by 月: {month, index after 月}, or null. */
    private static int[] month(CharSequence text, int p, int to) {
        int[] n = number(text, p, to);
        if (n == null || n[0] < 1 || n[0] > 12 || n[1] >= to || text.charAt(n[1]) != '月') {
            return null;
        }
        return new int[] {n[0], n[1] + 1};
    }

    /** One or two ASCII digits, or a Chinese numeral up to 三十一: {value, index after}, or null. */
    private static int[] number(CharSequence text, int p, int to) {
        int i = p;
        int value = 0;
        while (i < to && i < p + 2 && Digits.isAscii(text.charAt(i))) {
            value = value * 10 + (text.charAt(i) - '0');
            i++;
        }
        if (i > p) {
            return i < to && Digits.isAscii(text.charAt(i)) ? null : new int[] {value, i};
        }
        while (i < to && i < p + 3 && NUMERALS.indexOf(text.charAt(i)) >= 0) {
            i++;
        }
        if (i == p) {
            return null;
        }
        return chineseNumber(text.subSequence(p, i).toString(), i);
    }

    private static int[] chineseNumber(String s, int end) {
        int ten = s.indexOf('十');
        if (ten < 0) {
            return s.length() == 1 ? new int[] {NUMERALS.indexOf(s.charAt(0)) + 1, end} : null;
        }
        int tens = ten == 0 ? 1 : NUMERALS.indexOf(s.charAt(0)) + 1;
        int ones = ten == s.length() - 1 ? 0 : NUMERALS.indexOf(s.charAt(ten + 1)) + 1;
        return ten > 1 ? null : new int[] {tens * 10 + ones, end};
    }

    private static boolean isYear(CharSequence text, int i, int to) {
        if (i + 5 > to || text.charAt(i + 4) != '年' || (i > 0 && Digits.isAscii(text.charAt(i - 1)))) {
            return false;
        }
        for (int k = i; k < i + 4; k++) {
            if (!Digits.isAscii(text.charAt(k))) {
                return false;
            }
        }
        int y = Integer.parseInt(text.subSequence(i, i + 4).toString());
        return y >= 1949 && y <= 2099;
    }

    /** A digit or numeral before 年内/月前 counts a span ({@code 三年内}, {@code 3个月前}), not a deadline. */
    private static boolean isCounting(char before) {
        return Digits.isAscii(before) || NUMERALS.indexOf(before) >= 0 || before == '个' || before == '两' || before == '近'
                || before == '当' || before == '每' || before == '本' || before == '前' || before == '去' || before == '上';
    }
}
