package org.xianzhi.core.segment;

import java.util.Locale;

/**
 * When a document speaks from: the date it gives for itself (press date, meeting date), or failing that the year it
 * names most. Periods are resolved against it: {@code 今年} is {@link #year()}, {@code 去年} the year before.
 *
 * @param year  the document's year
 * @param month 1–12, or 0 when only the year is known
 * @param day   1–31, or 0 when unknown
 */
public record DocumentDate(int year, int month, int day) {
    public DocumentDate {
        if (year < 1949 || year > 2099 || month < 0 || month > 12 || day < 0 || day > 31) {
            throw new IllegalArgumentException("bad document date " + year + "-" + month + "-" + day);
        }
    }

    /** ISO 8601 to the precision known: {@code 2024}, {@code 2024-01} or {@code 2024-01-22}. */
    public String iso() {
        if (month == 0) {
            return Integer.toString(year);
        }
        return day == 0 ? String.format(Locale.ROOT, "%04d-%02d", year, month)
                : String.format(Locale.ROOT, "%04d-%02d-%02d", year, month, day);
    }

    /**
     * The year whose results a document reports when it names none: a document of January to March looks back on the
     * year before (work reports, year-start press conferences); later ones speak of their own year.
     */
    public int resultYear() {
        return month >= 1 && month <= 3 ? year - 1 : year;
    }
}
