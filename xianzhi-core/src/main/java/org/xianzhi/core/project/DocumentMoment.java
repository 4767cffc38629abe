package org.xianzhi.core.project;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/**
 * A document of a region and when it speaks, to order a region's documents and date what they report.
 *
 * @param docId  the document's id
 * @param file   its file name
 * @param year   its year
 * @param month  1–12, or 0 when only the year is known
 */
public record DocumentMoment(String docId, String file, int year, int month) implements Comparable<DocumentMoment> {
    public DocumentMoment {
        Objects.requireNonNull(docId, "docId");
        Objects.requireNonNull(file, "file");
    }

    /** The last day the document can speak from: the end of its month, or of its year when the month is unknown. */
    public LocalDate latestDay() {
        return month == 0 ? LocalDate.of(year, 12, 31) : YearMonth.of(year, month).atEndOfMonth();
    }

    @Override
    public int compareTo(DocumentMoment o) {
        int byYear = Integer.compare(year, o.year);
        if (byYear != 0) {
            return byYear;
        }
        int byMonth = Integer.compare(month == 0 ? 13 : month, o.month == 0 ? 13 : o.month);
        return byMonth != 0 ? byMonth : docId.compareTo(o.docId);
    }
}
