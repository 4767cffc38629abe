package org.xianzhi.core.extract;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import org.xianzhi.core.fact.Status;
import org.xianzhi.core.quantity.Quantity;
import org.xianzhi.core.quantity.QuantityKind;
import org.xianzhi.core.text.Words;
import org.xianzhi.core.segment.DocumentDate;
import org.xianzhi.core.segment.Section;

/**
 * Decides whether a figure is a result or a target, and the period it belongs to, from the nearest evidence first:
 * the dates and periods written before it in its clause and sentence ({@code 2024年}, {@code 2021年至2024年},
 * {@code 近三年}), words relative to the document's date ({@code 去年}, {@code 今年}), the time a speaker set at the start
 * of a turn ({@code 去年以来,…}), the section heading's year, and last the document's date.
 */
public final class TimeFrame {
    private static final String[] TARGET_CUES = {"力争", "计划", "确保", "预期", "预计", "目标", "年内", "拟", "力求",
        "争创", "打造成"};
    /** {@code 将} aims at the future, except in a review, where {@code 将…作为…} is how things were done. */
    private static final String[] WEAK_TARGET_CUES = {"将"};
    /** Words that turn a whole paragraph to plans. */
    private static final String[] FUTURE_CUES = {"下一步", "今后", "未来五年", "明年"};
    private static final String COMPARED_WITH = "比较同于";
    private static final String[] LAST_YEAR = {"去年", "上年", "一年来", "过去一年", "上一年"};
    private static final String[] THIS_YEAR = {"今年", "本年", "年内"};

    private final DocumentDate date;
    private final int resultYear;

    /**
     * @param date         the document's date
     * @param reviewedYear the year a year-end document's title names, which its results belong to
     */
    public TimeFrame(DocumentDate date, OptionalInt reviewedYear) {
        this.date = date;
        this.resultYear = reviewedYear.orElse(date.resultYear());
    }

    /**
     * Target when the section sets plans, the words before the figure in its sentence aim at something, or its
     * paragraph has turned to the future ({@code 下一步,…}); else a result.
     *
     * @param before    the sentence's text before the figure
     * @param paragraph the paragraph's text before the figure
     */
    public Status status(Section section, String before, String paragraph) {
        boolean aims = Words.containsAny(before, TARGET_CUES)
                || (section.kind() != Section.Kind.REVIEW && Words.containsAny(before, WEAK_TARGET_CUES));
        if (section.kind() == Section.Kind.PLAN || aims
                || Words.containsAny(paragraph, FUTURE_CUES)) {
            return Status.TARGET;
        }
        return Status.ACTUAL;
    }

    /**
     * The status once the period is known: a period after the document's year can only be aimed at, and one before it
     * is a result restated, unless the words before the figure aim at it.
     */
    public Status settle(Status status, Period period, String before) {
        if (period.from() > date.year()) {
            return Status.TARGET;
        }
        if (status == Status.TARGET && period.to() < date.year() && !Words.containsAny(before, TARGET_CUES)) {
            return Status.ACTUAL;
        }
        return status;
    }

    /**
     * The period of a figure.
     *
     * @param times    the dates and periods written in the sentence before the figure, in text order
     * @param before   the sentence's text before the figure
     * @param turnYear the period a speaker's turn set, or null
     */
    public Period period(Status status, Section section, List<Quantity> times, String before, Period turnYear) {
        int reference = section.year() != 0 ? section.year()
                : status == Status.TARGET ? date.year() : resultYear;
        for (int i = times.size() - 1; i >= 0; i--) {
            Optional<Period> written = written(times.get(i), reference);
            if (written.isPresent()) {
                return written.get();
            }
        }
        Optional<Period> relative = relative(before);
        if (relative.isPresent()) {
            return relative.get();
        }
        if (turnYear != null) {
            return turnYear;
        }
        return Period.year(reference);
    }

    /** The period a relative phrase names, such as {@code 去年以来} at the start of a turn. */
    Optional<Period> relative(String text) {
        if (namesYear(text, LAST_YEAR)) {
            return Optional.of(Period.year(date.year() - 1));
        }
        if (text.contains("明年")) {
            return Optional.of(Period.year(date.year() + 1));
        }
        if (namesYear(text, THIS_YEAR)) {
            return Optional.of(Period.year(date.year()));
        }
        return Optional.empty();
    }

    /** Whether a word names a year; {@code 比上年增长}, {@code 较去年同期} compare with a year and name none. */
    private static boolean namesYear(String text, String[] words) {
        for (String word : words) {
            for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
                char before = at > 0 ? text.charAt(at - 1) : ' ';
                if (COMPARED_WITH.indexOf(before) < 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A written date or period as a period of years; {@code 近三年} counts back from {@code reference}. */
    private static Optional<Period> written(Quantity time, int reference) {
        String calendar = time.date();
        if (calendar != null && calendar.length() >= 4 && Character.isDigit(calendar.charAt(0))) {
            int from = Integer.parseInt(calendar.substring(0, 4));
            int slash = calendar.indexOf('/');
            if (slash > 0 && calendar.length() >= slash + 5 && Character.isDigit(calendar.charAt(slash + 1))) {
                int to = Integer.parseInt(calendar.substring(slash + 1, slash + 5));
                return to >= from ? Optional.of(new Period(from, to)) : Optional.empty();
            }
            return Optional.of(Period.year(from));
        }
        // 近三年 is a period; 连续四年 a number of years that the binder passes on as one.
        if ((time.kind() == QuantityKind.PERIOD || time.kind() == QuantityKind.NUMBER) && time.value() != null
                && "年".equals(time.unit())) {
            BigDecimal years = time.value();
            if (years.signum() > 0 && years.compareTo(BigDecimal.valueOf(30)) <= 0) {
                return Optional.of(Period.ending(reference, years.intValue()));
            }
        }
        return Optional.empty();
    }
}
