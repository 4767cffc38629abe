package org.xianzhi.core.quantity;

import java.util.List;

/**
 * Finds the quantities in a text: amounts with units ({@code 58.26亿元}), percentages, multiples, fractions, dates,
 * periods and ranks, in Arabic or Chinese numerals or a mix of both. A hand-written single pass: no regular
 * expressions, no allocation for characters that cannot start a quantity. Thread-safe and stateless.
 *
 * <p>Two readings in one pass. {@link #parse} is a general recognizer of Chinese numbers: besides the figures it reads
 * what any number recognizer reads ({@code 一只羊}, {@code 五折}, {@code 一打}, {@code 2^5}, {@code 40k},
 * {@code 二十几万}, {@code 三兆}, numerals split by OCR spaces), each with its value. {@link #figures} keeps only the
 * figures a report states, where precision comes first: a Chinese numeral counts only where it is plainly a number (see
 * {@link QuantityScan}); codes ({@code G337}, {@code PM2.5}, {@code 5A级}), list markers and short quoted names are
 * left alone by both.
 */
public final class ChineseQuantityParser {

    /**
     * All the quantities in {@code text}, figures or not ({@link Quantity#figure}), in text order, non-overlapping,
     * with offsets into {@code text}. Never throws; null or empty text gives an empty list.
     */
    public List<Quantity> parse(CharSequence text) {
        if (text == null || text.length() == 0) {
            return List.of();
        }
        return List.copyOf(new QuantityScan(text.toString()).run());
    }

    /** The quantities of {@link #parse} that are figures a report states: what facts are made of. */
    public List<Quantity> figures(CharSequence text) {
        List<Quantity> all = parse(text);
        for (Quantity q : all) {
            if (!q.figure()) {
                return all.stream().filter(Quantity::figure).toList();
            }
        }
        return all;
    }
}
