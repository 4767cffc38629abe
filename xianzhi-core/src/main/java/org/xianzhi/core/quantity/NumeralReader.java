package org.xianzhi.core.quantity;

import java.math.BigDecimal;

import org.xianzhi.core.text.Digits;

/**
 * Reads one number at a position: Arabic digits (ASCII or full-width, thousands separators, decimals), Chinese
 * numerals (simple, financial and Traditional forms, {@code 廿}/{@code 卅}, {@code 零}/{@code 〇}, {@code 点} decimals,
 * digit-by-digit years like {@code 二〇二四}) and any mix of them with the magnitude words {@code 十百千万亿}
 * ({@code 3万4000}, {@code 25万6千}, {@code 一万五千亿}, {@code 三万五} = 35000).
 *
 * <p>Also, as a general recognizer reads them and marked {@link Numeral#loose}: {@code 几} standing for a digit
 * ({@code 二十几万} = 200000 and more, {@code 几十} = 10 and more), {@code 兆} as 10^12 ({@code 五十五兆一十二亿}; not in
 * {@code 兆瓦}), and the notations of engineers and programmers after an Arabic number: powers ({@code 2^5}), scientific
 * notation ({@code 2e5}, {@code 1.1E-3}) and the suffixes {@code k} (thousand) and {@code M} (million).
 *
 * <p>One instance is reused for every number of a scan; after {@link #read} the public-in-package fields describe
 * the number. Not thread-safe.
 */
final class NumeralReader {
    private static final int NONE = -1;
    private static final byte[] DIGIT = new byte[65536];
    private static final byte[] SMALL_UNIT = new byte[65536];
    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);
    private static final BigDecimal HUNDRED_MILLION = BigDecimal.valueOf(100_000_000);
    private static final BigDecimal TRILLION = BigDecimal.valueOf(1_000_000_000_000L);
    /** Beyond this many digits a run is an identifier or noise, not a figure; stop reading rather than grow forever. */
    private static final int MAX_DIGITS = 40;
    /** Digits of an exponent ({@code 2^5}, {@code 2e15}): more is no number anyone writes, and would cost a long power. */
    private static final int MAX_EXPONENT_DIGITS = 2;

    static {
        java.util.Arrays.fill(DIGIT, (byte) NONE);
        mark(DIGIT, "〇零○", 0);
        mark(DIGIT, "一壹弌", 1);
        mark(DIGIT, "二贰貳两兩", 2);
        mark(DIGIT, "三叁參参", 3);
        mark(DIGIT, "四肆", 4);
        mark(DIGIT, "五伍", 5);
        mark(DIGIT, "六陆陸", 6);
        mark(DIGIT, "七柒", 7);
        mark(DIGIT, "八捌", 8);
        mark(DIGIT, "九玖", 9);
        mark(SMALL_UNIT, "十拾", 1);
        mark(SMALL_UNIT, "百佰", 2);
        mark(SMALL_UNIT, "千仟", 3);
    }

    private static void mark(byte[] table, String chars, int value) {
        for (int i = 0; i < chars.length(); i++) {
            table[chars.charAt(i)] = (byte) value;
        }
    }

    /** The Chinese digit value of {@code c} (0–9), or -1. */
    static int chineseDigit(char c) {
        return DIGIT[c];
    }

    /** The power of ten of a Chinese small unit ({@code 十} 1, {@code 百} 2, {@code 千} 3), or 0. */
    static int smallUnit(char c) {
        return SMALL_UNIT[c];
    }

    static boolean isBigUnit(char c) {
        return c == '万' || c == '萬' || c == '亿' || c == '億';
    }

    /** {@code 几}: a digit not said, in {@code 几十}, {@code 二十几万}. */
    static boolean isVagueDigit(char c) {
        return c == '几' || c == '幾';
    }

    /** Whether a number may start at {@code c} (百 and 千 only start fractions, which the scanner checks itself). */
    static boolean startsNumber(char c) {
        return Digits.isEitherWidth(c) || DIGIT[c] != NONE || SMALL_UNIT[c] == 1 || c == '廿' || c == '卅';
    }

    private static int arabicValue(char c) {
        return c <= '9' ? c - '0' : c - '０';
    }

    /**
     * One number as read.
     *
     * @param magnitude      the magnitude word ending the number and multiplying all of it ({@code 58.26亿} → 1e8), or null
     * @param magnitudeStart where that magnitude word starts
     * @param scaled         a {@code 十百千} or {@code 万亿} was read
     * @param over           {@code 多}/{@code 余} stood inside the number ({@code 390多万})
     * @param digitRun       Chinese digits read one by one at the end ({@code 二〇二四} → 4)
     * @param arabicDigits   integer digits when the number is one plain Arabic literal, else 0
     * @param numeralChars   numeral characters read, to tell a lone {@code 一} from a real number
     * @param high           for a pair of neighbouring numerals ({@code 七八十} = 70 to 80, {@code 三四个}) the upper
     *                       end, the value being the lower; else null
     * @param vague          a {@code 几} stood for a digit: the value is the least the words can mean
     * @param loose          read only as a general recognizer reads numbers: {@code 几}, {@code 兆}, {@code 2^5},
     *                       {@code 2e5}, {@code 40k}; no figure of a report
     */
    record Numeral(int start, int end, BigDecimal value, BigDecimal magnitude, int magnitudeStart, boolean arabic,
                   boolean chinese, boolean scaled, boolean decimal, boolean over, int digitRun, int arabicDigits,
                   boolean leadingZero, boolean grouped, boolean hasZero, int numeralChars, BigDecimal high,
                   boolean vague, boolean loose) {

        /** The number divided by its trailing magnitude ({@code 58.26亿} → 58.26), or the number itself. */
        BigDecimal writtenValue() {
            return magnitude == null ? value : PowerOfTen.divide(value, magnitude);
        }

        /** A whole number above zero, magnitudes allowed ({@code 一万} in {@code 一万分之三}): a denominator. */
        boolean isCount() {
            return !decimal && !over && !loose && high == null && value.signum() > 0
                    && value.stripTrailingZeros().scale() <= 0;
        }

        /** A whole number written without hedges or magnitudes: a candidate year, month or day. */
        boolean isPlainInteger() {
            return !decimal && !over && !grouped && !loose && magnitude == null && value.signum() >= 0
                    && value.stripTrailingZeros().scale() <= 0;
        }

        /** One Chinese numeral character standing alone ({@code 一}, {@code 十}): too common in words to trust bare. */
        boolean isLoneChinese() {
            return chinese && !arabic && numeralChars == 1;
        }

        /** Whether {@code value} is a whole number between {@code low} and {@code high}. */
        boolean isIntegerBetween(int low, int high) {
            return isPlainInteger() && value.compareTo(BigDecimal.valueOf(low)) >= 0
                    && value.compareTo(BigDecimal.valueOf(high)) <= 0;
        }
    }

    // State of the read under way.
    private int end;
    private BigDecimal magnitude;
    private int magnitudeStart;
    private boolean arabic;
    private boolean chinese;
    private boolean scaled;
    private boolean decimal;
    private boolean over;
    private int digitRun;
    private int arabicDigits;
    private boolean leadingZero;
    private boolean grouped;
    private boolean hasZero;
    private int numeralChars;
    private int pairHigh;
    private boolean vague;
    private boolean loose;

    private final StringBuilder literal = new StringBuilder(32);

    /**
     * Reads the longest number starting at {@code start}.
     *
     * @return the number, or null when none starts there
     */
    Numeral read(CharSequence s, int start) {
        int n = s.length();
        reset(start);
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal section = BigDecimal.ZERO;
        BigDecimal current = null;
        boolean currentSingleDigit = false;
        int lastUnitPower = 0;
        int totalPower = 0; // the greatest magnitude that multiplied the whole so far: 12 after 兆 or 万亿
        boolean zeroSinceUnit = false;
        int literals = 0;
        int pos = start;
        while (pos < n) {
            char c = s.charAt(pos);
            if (Digits.isEitherWidth(c)) {
                if (current != null && !(zeroSinceUnit && current.signum() == 0)) {
                    break; // but 1亿零5 goes on: the 零 only marks the gap
                }
                int after = readArabic(s, pos);
                current = new BigDecimal(literal.toString());
                currentSingleDigit = after - pos == 1;
                literals++;
                arabic = true;
                numeralChars += after - pos;
                pos = after;
                continue;
            }
            if (isVagueDigit(c) && !vague && !arabic && !decimal && vagueDigitFits(s, pos, current, lastUnitPower)) {
                vague = true; // 几十: one ten and more; 二十几, 一百零几: the units read, and more
                loose = true;
                chinese = true;
                numeralChars++;
                pos++;
                continue;
            }
            int digit = DIGIT[c];
            if (digit != NONE) {
                if (vague) {
                    break; // 二十几 ends the small units: nothing but a magnitude follows
                }
                if (current == null) {
                    current = BigDecimal.valueOf(digit);
                    currentSingleDigit = true;
                    digitRun = 1;
                } else if (isNeighbourPair(s, pos, current, digit, lastUnitPower, section, total)) {
                    pairHigh = digit; // 七八十人: seventy or eighty, read as 70 with 80 above it
                    digitRun = 1;
                } else if (!arabic && (lastUnitPower == 0 || current.signum() == 0) && digitRun < MAX_DIGITS) {
                    // 二〇二四 read digit by digit; 零五 after a unit is just 五.
                    current = current.multiply(BigDecimal.TEN).add(BigDecimal.valueOf(digit));
                    currentSingleDigit = current.compareTo(BigDecimal.TEN) < 0 && lastUnitPower > 0;
                    digitRun++;
                } else {
                    break;
                }
                if (digit == 0) {
                    hasZero = true;
                    zeroSinceUnit = lastUnitPower > 0;
                }
                chinese = true;
                numeralChars++;
                pos++;
                continue;
            }
            if ((c == '点' || c == '點') && (current != null || section.signum() != 0 || total.signum() != 0)
                    && !arabic && !decimal && pos + 1 < n && DIGIT[s.charAt(pos + 1)] != NONE) {
                // 三点五, 二十点五, 一万点零一: the point closes the integer part, whatever units built it.
                if (current != null && currentSingleDigit && lastUnitPower >= 2 && !zeroSinceUnit) {
                    current = current.scaleByPowerOfTen(lastUnitPower - 1);
                }
                BigDecimal whole = total.add(section).add(current == null ? BigDecimal.ZERO : current);
                total = BigDecimal.ZERO;
                section = BigDecimal.ZERO;
                lastUnitPower = 0;
                int after = pos + 1;
                literal.setLength(0);
                literal.append(whole.toPlainString()).append('.');
                while (after < n && DIGIT[s.charAt(after)] != NONE && after - pos <= MAX_DIGITS) {
                    literal.append((char) ('0' + DIGIT[s.charAt(after)]));
                    after++;
                }
                current = new BigDecimal(literal.toString());
                currentSingleDigit = false;
                decimal = true;
                numeralChars += after - pos;
                pos = after;
                continue;
            }
            int power = SMALL_UNIT[c];
            if (power > 0 || c == '廿' || c == '卅') {
                if (vague && current == null && pos > start && isVagueDigit(s.charAt(pos - 1)) && pos - 1 > start) {
                    break; // 二十几 is not followed by another 十
                }
                if (power >= 2 && UnitTable.startsLongUnit(s, pos)) {
                    break; // 千瓦, 千米, 百分点: the 千 or 百 belongs to the unit
                }
                if (power == 0) {
                    if (current != null) {
                        break;
                    }
                    current = BigDecimal.valueOf(c == '廿' ? 2 : 3);
                    power = 1;
                }
                BigDecimal multiplier = current == null ? BigDecimal.ONE : current;
                section = section.add(multiplier.scaleByPowerOfTen(power));
                current = null;
                lastUnitPower = power;
                zeroSinceUnit = false;
                digitRun = 0;
                scaled = true;
                chinese = true;
                numeralChars++;
                pos++;
                continue;
            }
            if (c == ' ' && arabic && current != null && pos + 1 < n && isBigUnit(s.charAt(pos + 1))) {
                pos++; // 8.6 万平方米: layout damage put a space before the magnitude
                continue;
            }
            if (isBigUnit(c) && pos == start) {
                current = BigDecimal.ONE; // 近万人: the scanner starts here only after a hedge word
                numeralChars++;
            } else if (isBigUnit(c) && vague && pos == start + 1) {
                current = BigDecimal.ONE; // 几万: one ten thousand and more
            }
            boolean trillionWord = c == '兆' && pos > start && !UnitTable.startsLongUnit(s, pos);
            if ((isBigUnit(c) || trillionWord) && (current != null || section.signum() != 0 || total.signum() != 0)) {
                BigDecimal part = current == null ? section : section.add(current);
                int width = 1;
                boolean wholeScaled = true;
                BigDecimal scale;
                if (trillionWord || (c == '万' || c == '萬') && pos + 1 < n
                        && (s.charAt(pos + 1) == '亿' || s.charAt(pos + 1) == '億')) {
                    scale = TRILLION;
                    width = trillionWord ? 1 : 2;
                    total = total.add(part).multiply(scale);
                    lastUnitPower = 12;
                    totalPower = 12;
                    loose |= trillionWord; // 兆 is 10^12 in Taiwan and in the general recognizers, a million in 兆瓦
                } else if (c == '亿' || c == '億') {
                    scale = HUNDRED_MILLION;
                    // 五十五兆一十二亿: after a greater magnitude, 亿 multiplies only its own section
                    wholeScaled = totalPower < 12;
                    total = wholeScaled ? total.add(part).multiply(scale) : total.add(part.multiply(scale));
                    lastUnitPower = 8;
                } else {
                    scale = TEN_THOUSAND;
                    // 四十五亿零四百万: this 万 multiplies only its own section, so it is no magnitude of the whole.
                    wholeScaled = total.signum() == 0;
                    total = total.add(part.multiply(scale));
                    lastUnitPower = 4;
                }
                magnitude = wholeScaled ? scale : null;
                magnitudeStart = pos;
                section = BigDecimal.ZERO;
                current = null;
                zeroSinceUnit = false;
                digitRun = 0;
                scaled = true;
                pos += width;
                continue;
            }
            if ((c == '多' || c == '余') && pos + 1 < n && (current != null || section.signum() != 0)
                    && !decimal && isMagnitudeAhead(s.charAt(pos + 1))) {
                over = true; // 390多万: the hedge sits between the digits and the magnitude
                pos++;
                continue;
            }
            break;
        }
        if (numeralChars == 0) {
            return null;
        }
        if (vague && current == null && section.signum() == 0 && total.signum() == 0) {
            return null; // a lone 几 is no number (几个)
        }
        if (arabic && !chinese && !scaled && literals == 1 && current != null && pos < n) {
            int after = notation(s, pos, current);
            if (after > pos) {
                current = notationValue;
                pos = after;
                loose = true;
            }
        }
        if (current != null && currentSingleDigit && lastUnitPower >= 2 && !zeroSinceUnit) {
            // 三万五 = 35000, 一百五 = 150: a bare digit after a unit counts in the next lower unit.
            current = current.scaleByPowerOfTen(lastUnitPower - 1);
        }
        if (current != null || section.signum() != 0) {
            magnitude = null; // the last word read was not a magnitude over the whole number (3万4000)
        }
        BigDecimal value = total.add(section);
        if (current != null) {
            value = value.add(current);
        }
        BigDecimal high = null;
        if (pairHigh > 0) {
            // the pair leads and everything after multiplies it: value = low digit × a power of ten (七八十五 is not)
            BigDecimal[] scale = value.divideAndRemainder(BigDecimal.valueOf(pairHigh - 1L));
            if (scale[1].signum() == 0 && scale[0].stripTrailingZeros().unscaledValue().equals(java.math.BigInteger.ONE)) {
                high = scale[0].multiply(BigDecimal.valueOf(pairHigh));
            }
        }
        if (literals != 1 || scaled || chinese) {
            arabicDigits = 0;
        }
        end = pos;
        if (s.charAt(end - 1) == '多' || s.charAt(end - 1) == '余') {
            end--; // a hedge whose magnitude turned out to belong to a unit (多千瓦)
            over = false;
        }
        return new Numeral(start, end, value, magnitude, magnitudeStart, arabic, chinese, scaled, decimal, over,
                digitRun, arabicDigits, leadingZero, grouped, hasZero, numeralChars, high, vague, loose);
    }

    /**
     * Where {@code 几} may stand for a digit: before a unit ({@code 几十}, {@code 几百万}) at the start, or after the
     * units read so far ({@code 二十几}, {@code 一百零几}), not after a bare digit ({@code 三几}).
     */
    private static boolean vagueDigitFits(CharSequence s, int pos, BigDecimal current, int lastUnitPower) {
        if (current == null && lastUnitPower == 0) {
            return pos + 1 < s.length() && (SMALL_UNIT[s.charAt(pos + 1)] > 0 || isBigUnit(s.charAt(pos + 1)));
        }
        return lastUnitPower > 0 && (current == null || current.signum() == 0);
    }

    private BigDecimal notationValue;

    /**
     * A notation after the Arabic number {@code base} ending at {@code pos}: {@code ^5}, {@code ^+23}, {@code e5},
     * {@code E-3}, {@code k}, {@code M} (also after one space: {@code 2.5 M}). Sets {@link #notationValue} and returns
     * the position after it, or {@code pos} when none stands there or a letter or digit runs on (5G, 3D, 2e5x).
     */
    private int notation(CharSequence s, int pos, BigDecimal base) {
        int n = s.length();
        char c = s.charAt(pos);
        if (c == '^' || c == 'e' || c == 'E') {
            int p = pos + 1;
            boolean negative = p < n && s.charAt(p) == '-';
            if (p < n && (s.charAt(p) == '+' || s.charAt(p) == '-')) {
                p++;
            }
            int digits = p;
            int exponent = 0;
            while (digits < n && Digits.isAscii(s.charAt(digits)) && digits - p < MAX_EXPONENT_DIGITS + 1) {
                exponent = exponent * 10 + s.charAt(digits) - '0';
                digits++;
            }
            if (digits == p || digits - p > MAX_EXPONENT_DIGITS || runsOn(s, digits)) {
                return pos;
            }
            if (c != '^') {
                notationValue = base.scaleByPowerOfTen(negative ? -exponent : exponent);
            } else if (!negative) {
                notationValue = base.pow(exponent);
            } else if (base.signum() != 0) {
                notationValue = BigDecimal.ONE.divide(base.pow(exponent), java.math.MathContext.DECIMAL64);
            } else {
                return pos;
            }
            return digits;
        }
        int p = c == ' ' && pos + 1 < n && s.charAt(pos + 1) == 'M' ? pos + 1 : pos;
        char suffix = s.charAt(p);
        if (suffix != 'k' && suffix != 'K' && suffix != 'M' || runsOn(s, p + 1)
                || p > pos && p + 1 < n && !Character.isWhitespace(s.charAt(p + 1))) {
            return pos;
        }
        notationValue = base.scaleByPowerOfTen(suffix == 'M' ? 6 : 3);
        return p + 1;
    }

    /** Whether a letter or digit follows at {@code p}, making what came before part of a code. */
    private static boolean runsOn(CharSequence s, int p) {
        if (p >= s.length()) {
            return false;
        }
        char c = s.charAt(p);
        return c < 128 && Character.isLetterOrDigit(c) || Digits.isEitherWidth(c)
                || c >= 'Ａ' && c <= 'Ｚ' || c >= 'ａ' && c <= 'ｚ';
    }

    /**
     * 三四个, 七八十, 五六千万: two neighbouring digits at the very start, followed by a unit of any kind (so that
     * 一二三 stays a digit string).
     */
    private boolean isNeighbourPair(CharSequence s, int pos, BigDecimal current, int digit, int lastUnitPower,
                                    BigDecimal section, BigDecimal total) {
        if (arabic || pairHigh > 0 || digitRun != 1 || lastUnitPower != 0 || section.signum() != 0
                || total.signum() != 0 || current.intValue() + 1 != digit || current.signum() == 0) {
            return false;
        }
        int next = pos + 1;
        if (next >= s.length()) {
            return false;
        }
        char c = s.charAt(next);
        return SMALL_UNIT[c] > 0 || isBigUnit(c) || DIGIT[c] == NONE && UnitTable.match(s, next) != null;
    }

    private static boolean isMagnitudeAhead(char c) {
        return isBigUnit(c) || SMALL_UNIT[c] > 1;
    }

    private void reset(int start) {
        end = start;
        magnitude = null;
        magnitudeStart = start;
        arabic = false;
        chinese = false;
        scaled = false;
        decimal = false;
        over = false;
        digitRun = 0;
        arabicDigits = 0;
        leadingZero = false;
        grouped = false;
        numeralChars = 0;
        hasZero = false;
        pairHigh = 0;
        vague = false;
        loose = false;
    }

    /** Reads digits, thousands groups and a decimal part into {@link #literal}; returns the position after them. */
    private int readArabic(CharSequence s, int pos) {
        int n = s.length();
        literal.setLength(0);
        int intDigits = 0;
        while (pos < n && Digits.isEitherWidth(s.charAt(pos)) && intDigits < MAX_DIGITS) {
            literal.append((char) ('0' + arabicValue(s.charAt(pos))));
            intDigits++;
            pos++;
        }
        leadingZero = intDigits > 1 && literal.charAt(0) == '0';
        // 1,100万 and 12,345,678: a comma counts only before exactly three digits, after a first group of 1–3.
        if (intDigits <= 3 && !leadingZero) {
            while (pos < n && s.charAt(pos) == ',' && threeDigitsAt(s, pos + 1)) {
                for (int k = 1; k <= 3; k++) {
                    literal.append((char) ('0' + arabicValue(s.charAt(pos + k))));
                }
                intDigits += 3;
                grouped = true;
                pos += 4;
            }
        }
        arabicDigits = intDigits;
        if (pos + 1 < n && (s.charAt(pos) == '.' || s.charAt(pos) == '．') && Digits.isEitherWidth(s.charAt(pos + 1))) {
            literal.append('.');
            pos++;
            int fraction = 0;
            while (pos < n && Digits.isEitherWidth(s.charAt(pos)) && fraction < MAX_DIGITS) {
                literal.append((char) ('0' + arabicValue(s.charAt(pos))));
                fraction++;
                pos++;
            }
            decimal = true;
        }
        return pos;
    }

    private static boolean threeDigitsAt(CharSequence s, int pos) {
        int n = s.length();
        if (pos + 3 > n) {
            return false;
        }
        for (int k = 0; k < 3; k++) {
            if (!Digits.isEitherWidth(s.charAt(pos + k))) {
                return false;
            }
        }
        return pos + 3 == n || !Digits.isEitherWidth(s.charAt(pos + 3));
    }
}
