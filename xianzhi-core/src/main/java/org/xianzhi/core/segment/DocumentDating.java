package org.xianzhi.core.segment;

import java.util.Optional;
import java.util.OptionalInt;

import org.xianzhi.core.text.Words;

import org.xianzhi.core.text.Digits;

/**
 * Finds a document's date in its normalized text. A government work report is dated by its own structure
 * ({@link WorkReportYear}): the year it was delivered in, reviewing the year before. Any other document: a full date
 * ({@code 2025年01月06日}, {@code 2024-04-10}) in its head, where press dates and meeting dates stand, or else the year
 * the text names most often (the later one on a tie), with no month.
 */
public final class DocumentDating {
    /** Press dates and meeting lines stand in the first lines; a date deep in the body is about something else. */
    private static final int HEAD_LENGTH = 600;
    private static final String[] YEAR_END_TITLES = {"统计公报", "国民经济和社会发展", "工作总结", "年度报告", "年报"};

    private final WorkReportYear workReports = new WorkReportYear();

    public Optional<DocumentDate> date(String text) {
        return time(text).map(DocumentTime::date);
    }

    /** The document's date and the year of its results, or empty when the text names no year. */
    public Optional<DocumentTime> time(String text) {
        Optional<DocumentDate> report = workReports.read(text);
        if (report.isPresent()) {
            return Optional.of(new DocumentTime(report.get(), report.get().year() - 1));
        }
        Optional<DocumentDate> full = firstFullDate(text, Math.min(text.length(), HEAD_LENGTH));
        Optional<DocumentDate> date = full.isPresent() ? full
                : mostNamedYear(text).map(year -> new DocumentDate(year, 0, 0));
        return date.map(d -> new DocumentTime(d, reviewedYear(text).orElse(d.resultYear())));
    }

    /**
     * The year a year-end document looks back on, named in its title: {@code 某县2023年国民经济和社会发展统计公报},
     * {@code 2023年工作总结}. Such documents come out months into the next year, so their date does not tell.
     */
    OptionalInt reviewedYear(String text) {
        String title = text.strip();
        int lineEnd = title.indexOf('\n');
        title = lineEnd < 0 ? title : title.substring(0, lineEnd);
        if (!Words.containsAny(title, YEAR_END_TITLES)) {
            return OptionalInt.empty();
        }
        for (int i = 0; i + 4 < title.length(); i++) {
            if (isYearAt(title, i) && title.charAt(i + 4) == '年') {
                return OptionalInt.of(year(title, i));
            }
        }
        return OptionalInt.empty();
    }

    private static Optional<DocumentDate> firstFullDate(String text, int limit) {
        for (int i = 0; i + 4 < limit; i++) {
            if (!isYearAt(text, i)) {
                continue;
            }
            char sep = text.charAt(i + 4);
            int[] month = number(text, i + 5, 2);
            if (month == null || month[0] < 1 || month[0] > 12 || month[1] >= text.length()) {
                continue;
            }
            char monthSep = text.charAt(month[1]);
            boolean chinese = sep == '年' && monthSep == '月';
            boolean numeric = (sep == '-' || sep == '/' || sep == '.') && monthSep == sep;
            if (!chinese && !numeric) {
                continue;
            }
            int[] day = number(text, month[1] + 1, 2);
            if (day == null || day[0] < 1 || day[0] > 31) {
                continue;
            }
            if (chinese && (day[1] >= text.length() || text.charAt(day[1]) != '日')) {
                continue;
            }
            return Optional.of(new DocumentDate(year(text, i), month[0], day[0]));
        }
        return Optional.empty();
    }

    private static Optional<Integer> mostNamedYear(String text) {
        int[] counts = new int[2100];
        int best = 0;
        for (int i = 0; i + 4 < text.length(); i++) {
            if (isYearAt(text, i) && text.charAt(i + 4) == '年') {
                int year = year(text, i);
                counts[year]++;
                if (best == 0 || counts[year] > counts[best] || (counts[year] == counts[best] && year > best)) {
                    best = year;
                }
            }
        }
        return best == 0 ? Optional.empty() : Optional.of(best);
    }

    /** Four digits 1949–2099 not preceded or followed by another digit. */
    private static boolean isYearAt(String text, int i) {
        if (i + 4 > text.length() || (i > 0 && Digits.isAscii(text.charAt(i - 1)))
                || (i + 4 < text.length() && Digits.isAscii(text.charAt(i + 4)))) {
            return false;
        }
        for (int k = i; k < i + 4; k++) {
            if (!Digits.isAscii(text.charAt(k))) {
                return false;
            }
        }
        int year = year(text, i);
        return year >= 1949 && year <= 2099;
    }

    private static int year(String text, int i) {
        return Integer.parseInt(text, i, i + 4, 10);
    }

    /** Up to {@code maxDigits} digits at {@code from}: {value, index after them}, or null if none. */
    private static int[] number(String text, int from, int maxDigits) {
        int value = 0;
        int i = from;
        while (i < text.length() && i < from + maxDigits && Digits.isAscii(text.charAt(i))) {
            value = value * 10 + (text.charAt(i) - '0');
            i++;
        }
        return i == from ? null : new int[] {value, i};
    }
}
