package org.xianzhi.core.quantity;

import java.util.List;

/**
 * Finds the quantities in a text: amounts with units ({@code 58.26亿元}), percentages, multiples, fractions, dates,
 * periods and ranks, in Arabic or Chinese numerals or a mix of both. A hand-written single pass: no regular
 * expressions, no allocation for characters that cannot start a quantity. Thread-safe and stateless.
 *
 * <p>Precision comes first: a Chinese numeral counts only where it is plainly a number (see
 * {@link QuantityScan}); codes ({@code G337}, {@code PM2.5}, {@code 5A级}), list markers and short quoted names are
 * left alone.
 */
public final class ChineseQuantityParser {

    /**
     * The quantities in {@code text}, in text order, non-overlapping, with offsets into {@code text}.
     * Never throws; null or empty text gives an empty list.
     */
    public List<Quantity> parse(CharSequence text) {
        if (text == null || text.length() == 0) {
            return List.of();
        }
        return List.copyOf(new QuantityScan(text.toString()).run());
    }
}
