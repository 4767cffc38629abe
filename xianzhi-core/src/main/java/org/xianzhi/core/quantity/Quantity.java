package org.xianzhi.core.quantity;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One quantity found in a text.
 *
 * @param start        offset of the first character (UTF-16 index into the parsed text); hedge words before the number
 *                     ({@code 约}, {@code 超过}) are not included, those after it ({@code 余}, {@code 以上}) are
 * @param end          offset after the last character (exclusive)
 * @param value        the plain number, magnitude words multiplied out ({@code 58.26亿元} → 5826000000); for a
 *                     percentage the number of percent; for a date the first component written (the year if any);
 *                     null only for a period without a number ({@code 年内})
 * @param valueHigh    the upper end of a range ({@code 5%-6%} → 6, {@code 2021年至2024年} → 2024), else null
 * @param unit         the normalized unit token without magnitude ({@code 元}, {@code 千瓦}, {@code 人次}, {@code %},
 *                     {@code 个百分点}, {@code 倍}, {@code 年}); empty when none is written
 * @param kind         what the quantity is
 * @param approx       how exactly it is stated
 * @param writtenValue the number in the unit as written ({@code 58.26亿元} → 58.26), null when {@code value} is
 * @param writtenUnit  the unit as written, with its magnitude and normalized ({@code 亿元}, {@code 万人次}, {@code 成})
 * @param scope        for a rank, the scope written before it ({@code 全市}, {@code 全省}, {@code 全国}), else null
 * @param date         for dates and periods, the calendar form: {@code 2024}, {@code 2024-07}, {@code 2024-07-03},
 *                     {@code --01-03} (no year), {@code --06} (a month), {@code 2021/2024} (a range); else null
 * @param figure       whether a report states it as a figure; false for the numbers only a general reading of Chinese
 *                     finds ({@code 一只羊}, {@code 五折}, {@code 一打}, {@code 2e5}, {@code 40k}, {@code 二十几万},
 *                     {@code 三兆}): they are read with their values, and the fact extractor leaves them alone
 */
public record Quantity(int start, int end, BigDecimal value, BigDecimal valueHigh, String unit, QuantityKind kind,
                       Approximation approx, BigDecimal writtenValue, String writtenUnit, String scope, String date,
                       boolean figure) {

    public Quantity {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("start and end must satisfy 0 <= start < end, got " + start + ", " + end);
        }
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(approx, "approx");
        Objects.requireNonNull(writtenUnit, "writtenUnit");
        value = plain(value);
        valueHigh = plain(valueHigh);
        writtenValue = plain(writtenValue);
    }

    /** A figure (see {@link #figure}). */
    public Quantity(int start, int end, BigDecimal value, BigDecimal valueHigh, String unit, QuantityKind kind,
                    Approximation approx, BigDecimal writtenValue, String writtenUnit, String scope, String date) {
        this(start, end, value, valueHigh, unit, kind, approx, writtenValue, writtenUnit, scope, date, true);
    }

    /** The same quantity read at {@code [newStart, newEnd)}. */
    Quantity at(int newStart, int newEnd) {
        return new Quantity(newStart, newEnd, value, valueHigh, unit, kind, approx, writtenValue, writtenUnit, scope,
                date, figure);
    }

    /** The characters of {@code source} this quantity was read from. */
    public String text(CharSequence source) {
        return source.subSequence(start, end).toString();
    }

    /** The magnitude word written before the unit ({@code 亿} for {@code 58.26亿元}), or the empty string. */
    public String magnitude() {
        return writtenUnit.endsWith(unit) ? writtenUnit.substring(0, writtenUnit.length() - unit.length()) : "";
    }

    /** Whether the quantity spans a range ({@code 3至5万}). */
    public boolean isRange() {
        return valueHigh != null;
    }

    /** Trailing zeros dropped and never a negative scale, so that the number prints as written: 3870000, 0.5. */
    public static BigDecimal plain(BigDecimal number) {
        if (number == null || number.scale() == 0) {
            return number;
        }
        // Most figures have no trailing zero to strip; stripping costs a BigInteger division.
        if (number.scale() > 0 && number.precision() < 19 && number.unscaledValue().longValue() % 10 != 0) {
            return number;
        }
        BigDecimal stripped = number.signum() == 0 ? BigDecimal.ZERO : number.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
