package org.xianzhi.core.quantity;

import org.xianzhi.core.text.Digits;

/**
 * Text as OCR and pasted pages leave it, with spaces inside numbers and units ({@code 十 余 万人}, {@code 7 万5 千4 百元},
 * {@code 一 百 五 十 个 百 分 点}, {@code 达 到 3 5 万 人}): the same text without the spaces that stand next to a Han
 * character or split a number set in Chinese text, and where each kept character came from. The rules are the layout
 * filter's ({@code LayoutNoiseFilter}: a space beside a Han character is never meant in Chinese text; two numbers never
 * stand apart by a space alone there, so a piece of one or two digits between Chinese is part of its neighbour),
 * applied to one clause so that the parser reads raw input as it reads normalized text. Normalized text has no such
 * spaces; the scan tells where one stands inside a number ({@link #isStrayBesideNumeral}), and only that clause is
 * made compact and read again.
 */
final class SpacedText {
    /** A number split by a stray space leaves a short piece on one side: 3 5万. */
    private static final int MAX_SPLIT_PIECE = 2;

    private final String compact;
    private final int[] origin;

    private SpacedText(String compact, int[] origin) {
        this.compact = compact;
        this.origin = origin;
    }

    /** {@code text[from, to)} without its stray spaces. */
    static SpacedText of(String text, int from, int to) {
        StringBuilder compact = new StringBuilder(to - from);
        int[] origin = new int[to - from];
        int k = 0;
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (i > from && isSpace(c)) {
                int after = strayAt(text, i);
                if (after > i && after < to) {
                    i = after;
                    continue;
                }
            }
            compact.append(c);
            origin[k++] = i;
            i++;
        }
        return new SpacedText(compact.toString(), origin);
    }

    /**
     * Whether the space at {@code i} starts a stray run inside a number or between a number and its unit
     * ({@code 十 余}, {@code 7 万}, {@code 百 分}, {@code 3 个}, {@code 4 3 %}): what makes the compact text read
     * differently. A space before a number ({@code 增长 5.8%}) or after one before a word ({@code 2024 南阳}) changes
     * no reading.
     */
    static boolean isStrayBesideNumeral(String text, int i) {
        int end = strayAt(text, i);
        if (end == i || !isNumeral(text.charAt(i - 1))) {
            return false;
        }
        char next = text.charAt(end);
        return isNumeral(next) || "余多几幾分点點又%".indexOf(next) >= 0 || UnitTable.match(text, end) != null;
    }

    private static boolean isNumeral(char c) {
        return NumeralReader.startsNumber(c) || NumeralReader.smallUnit(c) > 0 || NumeralReader.isBigUnit(c)
                || NumeralReader.isVagueDigit(c) || c == '兆';
    }

    String compact() {
        return compact;
    }

    /** A quantity read in the compact text, with offsets into the text as given. */
    Quantity toOriginal(Quantity q) {
        return q.at(origin[q.start()], origin[q.end() - 1] + 1);
    }

    /**
     * Where the run of spaces at {@code i} ends when it is stray (inside a line, a Han character on one side and
     * something other than a space on both), else {@code i}.
     */
    private static int strayAt(String text, int i) {
        if (i == 0 || isSpace(text.charAt(i - 1))) {
            return i; // only the start of a run decides; indentation stays
        }
        int end = i;
        while (end < text.length() && isSpace(text.charAt(end))) {
            end++;
        }
        if (end >= text.length()) {
            return i;
        }
        char before = text.charAt(i - 1);
        char after = text.charAt(end);
        boolean lineBreak = before == '\n' || after == '\n' || before == '\r' || after == '\r';
        boolean percent = Digits.isAscii(before) && after == '%'; // 12 %
        return !lineBreak && (isHan(before) || isHan(after) || percent || splitsNumber(text, i, end)) ? end : i;
    }

    /** {@code 达到 3 5 万人}: digits on both sides, one side a short piece, Chinese before and after the number. */
    private static boolean splitsNumber(String text, int spaceStart, int spaceEnd) {
        int left = spaceStart;
        while (left > 0 && (Digits.isAscii(text.charAt(left - 1)) || text.charAt(left - 1) == '.')) {
            left--;
        }
        int right = spaceEnd;
        while (right < text.length() && Digits.isAscii(text.charAt(right))) {
            right++;
        }
        int leftDigits = spaceStart - left;
        int rightDigits = right - spaceEnd;
        if (leftDigits == 0 || rightDigits == 0 || Math.min(leftDigits, rightDigits) > MAX_SPLIT_PIECE) {
            return false;
        }
        return isHan(nonSpaceBefore(text, left)) && (right < text.length() && (isHan(nonSpaceFrom(text, right))
                || nonSpaceFrom(text, right) == '%'));
    }

    private static char nonSpaceBefore(String text, int p) {
        int k = p - 1;
        while (k >= 0 && isSpace(text.charAt(k))) {
            k--;
        }
        return k >= 0 ? text.charAt(k) : ' ';
    }

    private static char nonSpaceFrom(String text, int p) {
        int k = p;
        while (k < text.length() && isSpace(text.charAt(k))) {
            k++;
        }
        return k < text.length() ? text.charAt(k) : ' ';
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u00A0' || c == '\u3000';
    }

    private static boolean isHan(char c) {
        return c >= '\u3400' && c <= '\u9fff' || c >= '\uf900' && c <= '\ufaff';
    }
}
