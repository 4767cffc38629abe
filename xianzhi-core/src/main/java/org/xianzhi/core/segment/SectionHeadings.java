package org.xianzhi.core.segment;

import org.xianzhi.core.text.Words;

/**
 * What a heading says its section does: review results ({@code 一、2023年工作回顾}, {@code 过去五年工作回顾},
 * {@code 关于2014年政府工作}) or set plans ({@code 二、2024年工作安排}, {@code 2022年发展思路和工作重点},
 * {@code 今后五年的奋斗目标}, a bare {@code 2020年工作}). Review words are read first: {@code “十三五”时期和2020年主要工作回顾}
 * is a review although 主要工作 also heads plans.
 */
final class SectionHeadings {
    private static final String[] REVIEW_WORDS = {"回顾", "过去一年", "过去五年", "一年来", "成绩", "成就", "取得的", "工作总结"};
    private static final String[] PLAN_WORDS = {"安排", "目标", "任务", "思路", "要求", "计划", "打算", "展望", "下一步",
        "重点工作", "主要工作", "工作重点", "今后", "谋划"};
    /** {@code 关于2023年政府工作}: the old way of heading the review. */
    private static final String GOVERNMENT_WORK = "政府工作";

    /**
     * How a heading run into the sentence after it may end: {@code …工作回顾}, {@code …目标任务和重点工作}. Only the
     * words that close headings, never ones a sentence uses as its subject ({@code 今年重点工作是…} is not one).
     */
    private static final String[] RUN_IN_ENDS = {"工作回顾", "目标任务和重点工作", "主要目标任务", "工作安排", "重点工作安排",
        "主要任务和重点工作"};

    /** The last characters of {@link #RUN_IN_ENDS}, so that most places of a line are passed over at one look. */
    private static final String RUN_IN_LAST = lastCharacters(RUN_IN_ENDS);

    private SectionHeadings() {
    }

    private static String lastCharacters(String[] words) {
        StringBuilder last = new StringBuilder();
        for (String w : words) {
            if (last.indexOf(w.substring(w.length() - 1)) < 0) {
                last.append(w.charAt(w.length() - 1));
            }
        }
        return last.toString();
    }

    /**
     * The heading a line opens with when the page ran it into its first sentence, or null: the longest start of the
     * line, before any punctuation and at most {@code maxLength} long, that ends as headings do, names a year and says
     * review or plans, with words after it ({@code “十三五”时期和2020年工作回顾“十三五”时期,是…}).
     */
    static String runIn(String line, int maxLength) {
        int limit = Math.min(line.length() - 1, maxLength);
        for (int i = 0; i < limit; i++) {
            char c = line.charAt(i);
            if (c == '。' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?') {
                limit = i;
            }
        }
        for (int end = limit; end > 0; end--) {
            if (RUN_IN_LAST.indexOf(line.charAt(end - 1)) < 0) {
                continue;
            }
            for (String e : RUN_IN_ENDS) {
                if (end - e.length() >= 0 && line.startsWith(e, end - e.length())) {
                    String heading = line.substring(0, end);
                    return kind(heading) != null && Segmenter.yearIn(heading) != 0 ? heading : null;
                }
            }
        }
        return null;
    }

    /** The kind of section a heading opens, or null when it says neither. */
    static Section.Kind kind(String heading) {
        String h = heading.strip();
        if (Words.containsAny(h, REVIEW_WORDS) || h.contains("关于") && h.endsWith(GOVERNMENT_WORK)) {
            return Section.Kind.REVIEW;
        }
        if (Words.containsAny(h, PLAN_WORDS) || endsWithYearsWork(h)) {
            return Section.Kind.PLAN;
        }
        return null;
    }

    /** {@code 二、2020年工作}, {@code 2001年的工作}: a year's work, named alone, is the work planned for it. */
    private static boolean endsWithYearsWork(String h) {
        String rest = h.endsWith("年工作") ? "年工作" : h.endsWith("年的工作") ? "年的工作" : null;
        if (rest == null) {
            return false;
        }
        int year = h.length() - rest.length() - 4;
        return year >= 0 && Segmenter.yearIn(h.substring(year)) != 0;
    }
}
