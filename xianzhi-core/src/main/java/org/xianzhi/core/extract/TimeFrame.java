package org.xianzhi.core.extract;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.xianzhi.core.fact.Status;
import org.xianzhi.core.quantity.Quantity;
import org.xianzhi.core.quantity.QuantityKind;
import org.xianzhi.core.text.Words;
import org.xianzhi.core.segment.DocumentDate;
import org.xianzhi.core.segment.DocumentTime;
import org.xianzhi.core.segment.Section;

/**
 * Decides whether a figure is a result or a target, and the period it belongs to, from the nearest evidence first:
 * the dates and periods written before it in its clause and sentence ({@code 2024年}, {@code 2021年至2024年},
 * {@code 近三年}), words relative to the document's date ({@code 去年}, {@code 今年}), the time a speaker set at the start
 * of a turn ({@code 去年以来,…}), the section heading's year, and last the document's date.
 */
public final class TimeFrame {
    /** 预计 is not among them: a report's 预计 figures are the preliminary results of the year under review. */
    private static final String[] TARGET_CUES = {"力争", "计划", "确保", "预期", "目标", "年内", "拟", "力求",
        "争创", "打造成"};
    /** {@code 将} aims at the future, except in a review, where {@code 将…作为…} is how things were done. */
    private static final String[] WEAK_TARGET_CUES = {"将"};
    private static final String COMPARED_WITH = "比较同于";
    private static final String[] LAST_YEAR = {"去年", "上年", "一年来", "过去一年", "上一年"};
    private static final String[] THIS_YEAR = {"今年", "本年", "年内"};
    private static final String[] NEXT_YEAR = {"明年"};

    private final DocumentDate date;
    private final int resultYear;

    public TimeFrame(DocumentTime time) {
        this.date = time.date();
        this.resultYear = time.resultYear();
    }

    /**
     * Target when the section sets plans, the words before the figure in its sentence aim at something, or its
     * paragraph has turned to the future ({@code 下一步,…}); else a result.
     *
     * @param before    the sentence's text before the figure
     * @param paragraphTurned whether the paragraph's text before the figure holds a word that turns it to plans
     *                        ({@link ParagraphPlans})
     */
    public Status status(Section section, String before, boolean paragraphTurned) {
        boolean aims = Words.containsAny(before, TARGET_CUES)
                || (section.kind() != Section.Kind.REVIEW && Words.containsAny(before, WEAK_TARGET_CUES));
        if (section.kind() == Section.Kind.PLAN || aims
                || paragraphTurned) {
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
        // A heading's year is the year of what its section does: a review's targets (预期目标…) are the report's own.
        boolean sectionSays = section.year() != 0
                && (section.kind() == Section.Kind.PLAN) == (status == Status.TARGET);
        int reference = sectionSays ? section.year() : status == Status.TARGET ? date.year() : resultYear;
        for (int i = times.size() - 1; i >= 0; i--) {
            Optional<Period> written = written(times.get(i), reference, status);
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

    /** The period an opening clause speaks from when it starts with a relative time ({@code 去年以来}, {@code 今年}). */
    Optional<Period> opening(String clause) {
        String c = clause.strip();
        for (String[] words : List.of(LAST_YEAR, THIS_YEAR, NEXT_YEAR)) {
            for (String word : words) {
                if (c.startsWith(word)) {
                    return relative(word);
                }
            }
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

    /**
     * A written date or period as a period of years: {@code 近三年} counts back from {@code reference}; a number of
     * years aimed at ({@code 今后五年}, {@code 未来五年} in a plan) counts forward from the document's year.
     */
    private Optional<Period> written(Quantity time, int reference, Status status) {
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
                return Optional.of(status == Status.TARGET && time.kind() == QuantityKind.PERIOD
                        ? Period.starting(date.year(), years.intValue())
                        : Period.ending(reference, years.intValue()));
            }
        }
        return Optional.empty();
    }
}
