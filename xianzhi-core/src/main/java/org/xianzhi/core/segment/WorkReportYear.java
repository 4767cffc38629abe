package org.xianzhi.core.segment;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The year a government work report (政府工作报告) is for. A report for year Y is delivered early in Y, reviews Y-1 and
 * plans Y; its own structure says which Y, more reliably than the file's name or the web page around it (a page
 * reposted in 2023 carries {@code 时间:2023-01-24} above a report delivered in 2022). Evidence, strongest first:
 * <ol>
 * <li><b>the delivery line</b>: a full date beside the congress it was delivered to,
 * {@code ——2022年1月27日在某县第十八届人民代表大会第二次会议上}, also with the date after it in brackets, or right above
 * the salutation {@code 各位代表};</li>
 * <li><b>the section headings</b>: a plan heading names Y ({@code 二、2024年工作安排}, {@code 2024年目标任务和重点工作}),
 * a review heading names Y-1 ({@code 一、2023年工作回顾}, {@code 关于2023年政府工作}); the majority wins;</li>
 * <li><b>the title or the page's issue date</b>: {@code 2024年某县政府工作报告}, {@code 发文时间:2024-01-13}.</li>
 * </ol>
 * Anything else is not a work report as far as this reading goes.
 */
final class WorkReportYear {
    /** Delivery lines stand at the top; a congress named deep in the body is another one. */
    private static final int HEAD_LENGTH = 3000;
    private static final Pattern CONGRESS = Pattern.compile("(人民代表大会|人大)[^\\n。]{0,12}?会议");
    private static final String SALUTATION = "各位代表";
    /** How far from the congress its date may stand: {@code 2022年1月27日在某某县第十八届} is about 20 characters. */
    private static final int DATE_REACH = 36;
    private static final Pattern FULL_DATE = Pattern.compile(
            "([12]\\d{3}|[一二][〇零一二三四五六七八九]{3})\\s*年\\s*([0-9]{1,2}|[一二三四五六七八九十]{1,3})\\s*月"
            + "\\s*([0-9]{1,2}|[一二三四五六七八九十]{1,3})\\s*日");
    /**
     * A heading naming a year and what the section does with it; it stands at the start of a line, after an optional
     * number ({@code 一、}, {@code (二)}, {@code 第三部分}).
     */
    private static final Pattern HEADING = Pattern.compile(
            "(?m)^[\\s?]*([一二三四五六七八九十]+[、.]|\\([一二三四五六七八九十]+\\)|第[一二三四五六七八九十]+部分)?\\s*"
            + "(关于)?\\s*([12]\\d{3})\\s*年([^\\n。,:;]{0,24})");
    /** An unnumbered heading is a line of its own, this short at most. */
    private static final int HEADING_LENGTH = 40;
    private static final Pattern TITLE = Pattern.compile(
            "(?:标题:)?\\s*([12]\\d{3})\\s*年[^\\n]{0,20}政府工作报告|[^\\n]{0,20}?([12]\\d{3})\\s*年政府工作报告");
    private static final Pattern ISSUE_DATE = Pattern.compile("(?:发文|发布)(?:时间|日期):\\s*([12]\\d{3})[-/.年]");

    /** The report's year with its delivery date where the text gives it, or empty for a text that is no report. */
    Optional<DocumentDate> read(String text) {
        String head = text.substring(0, Math.min(text.length(), HEAD_LENGTH));
        Optional<DocumentDate> delivered = deliveryDate(head);
        if (delivered.isPresent()) {
            return delivered;
        }
        int year = yearOfHeadings(text);
        if (year == 0) {
            year = firstYear(TITLE, head);
        }
        if (year == 0 && head.contains("政府工作报告")) {
            year = firstYear(ISSUE_DATE, head);
        }
        return year == 0 ? Optional.empty() : Optional.of(new DocumentDate(year, 0, 0));
    }

    private static Optional<DocumentDate> deliveryDate(String head) {
        Matcher congress = CONGRESS.matcher(head);
        while (congress.find()) {
            Optional<DocumentDate> date = dateNear(head, congress.start(), congress.end());
            if (date.isPresent()) {
                return date;
            }
        }
        // (2011年1月12日 某某) right above 各位代表: the date the report was read out.
        int salutation = head.indexOf(SALUTATION);
        return salutation < 0 ? Optional.empty() : dateNear(head, salutation, salutation);
    }

    /** The first full date within {@value #DATE_REACH} characters of {@code [start, end)}. */
    private static Optional<DocumentDate> dateNear(String head, int start, int end) {
        int from = Math.max(0, start - DATE_REACH);
        int to = Math.min(head.length(), end + DATE_REACH);
        Matcher date = FULL_DATE.matcher(head).region(from, to);
        if (date.find()) {
            int year = ChineseCalendarNumbers.year(date.group(1));
            int month = ChineseCalendarNumbers.small(date.group(2));
            int day = ChineseCalendarNumbers.small(date.group(3));
            if (year >= 1949 && year <= 2099 && month >= 1 && month <= 12 && day >= 1 && day <= 31) {
                return Optional.of(new DocumentDate(year, month, day));
            }
        }
        return Optional.empty();
    }

    /** The year the headings vote for: a plan heading for its own year, a review heading for the year after. */
    static int yearOfHeadings(String text) {
        int[] votes = new int[2101];
        int best = 0;
        Matcher heading = HEADING.matcher(text);
        while (heading.find()) {
            if (heading.group(1) == null && !isShortLine(text, heading.start(), heading.end())
                    || namesAnotherYear(text, heading.end(3) + 1)) {
                continue;
            }
            int named = Integer.parseInt(heading.group(3));
            Section.Kind kind = SectionHeadings.kind(heading.group().strip());
            int year = kind == Section.Kind.REVIEW ? named + 1 : kind == Section.Kind.PLAN ? named : 0;
            if (year >= 1949 && year <= 2100) {
                votes[year]++;
                if (best == 0 || votes[year] > votes[best] || votes[year] == votes[best] && year > best) {
                    best = year;
                }
            }
        }
        return best;
    }

    /** {@code 2012年我国经济社会发展的总体思路2012年03月…}: a link with its date is page chrome, not a heading. */
    private static boolean namesAnotherYear(String text, int end) {
        int lineEnd = text.indexOf('\n', end);
        return Segmenter.yearIn(text.substring(end, lineEnd < 0 ? text.length() : lineEnd)) != 0;
    }

    private static boolean isShortLine(String text, int start, int end) {
        int lineEnd = text.indexOf('\n', end);
        return (lineEnd < 0 ? text.length() : lineEnd) - start <= HEADING_LENGTH;
    }

    private static int firstYear(Pattern pattern, String head) {
        Matcher m = pattern.matcher(head);
        if (!m.find()) {
            return 0;
        }
        String year = m.group(1) != null ? m.group(1) : m.group(2);
        return Integer.parseInt(year);
    }
}
