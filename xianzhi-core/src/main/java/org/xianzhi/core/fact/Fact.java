package org.xianzhi.core.fact;

import java.math.BigDecimal;
import java.util.Objects;

import org.xianzhi.core.quantity.Approximation;
import org.xianzhi.core.quantity.Quantity;

/**
 * One fact in the shape of FACTS.md: a figure about a region's indicator, with the sentence it was read from.
 *
 * @param doc        SHA-256 id of the source document
 * @param file       the file name the document was read from
 * @param region     full official name of the region the fact is about ({@code 浑源县})
 * @param regionCode 6-digit GB/T 2260 code, or null where unknown
 * @param indicator  canonical indicator name from the taxonomy
 * @param measure    what the figure measures
 * @param status     achieved or aimed at
 * @param period     {@code 2023} or a range {@code 2021-2024}
 * @param value      the figure, in {@code unit}
 * @param unit       normalized unit token; empty for ranks
 * @param asWritten  the figure as written, in simplified characters ({@code 390多万人次})
 * @param qualifier  exact, about, over or under
 * @param scope      for ranks {@code 全市}, {@code 全省} or {@code 全国}; else null
 * @param text       the sentence or clause, as it stands in the original document
 * @param start      start of the evidence in the original text
 * @param end        end (exclusive) of the evidence in the original text
 */
public record Fact(String doc, String file, String region, String regionCode, String indicator, Measure measure,
                   Status status, String period, BigDecimal value, String unit, String asWritten, Approximation qualifier,
                   String scope, String text, int start, int end) {
    public Fact {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(period, "period");
        value = Quantity.plain(Objects.requireNonNull(value, "value"));
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(qualifier, "qualifier");
        if (!isPeriod(period)) {
            throw new IllegalArgumentException("period must be YYYY or YYYY-YYYY, was " + period);
        }
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad evidence span [" + start + ", " + end + ")");
        }
    }

    /** {@code YYYY} or {@code YYYY-YYYY} in ASCII digits; a regular expression here showed up in extraction profiles. */
    private static boolean isPeriod(String period) {
        int n = period.length();
        if (n != 4 && n != 9) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = period.charAt(i);
            boolean ok = i == 4 ? c == '-' : c >= '0' && c <= '9';
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
