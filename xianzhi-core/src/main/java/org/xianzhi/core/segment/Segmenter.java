package org.xianzhi.core.segment;

import java.util.ArrayList;
import java.util.List;

import org.xianzhi.core.text.Digits;

/**
 * Splits normalized text into sentences and clauses and tracks the section each stands in. Headings are short lines
 * without sentence or clause punctuation; one that speaks of review or of plans ({@link SectionHeadings}) sets the
 * kind of the figures below it until the next such heading. A page that lost the line break after a heading runs it
 * into its first sentence ({@code 2021年经济社会发展目标任务和重点工作今年是…}); such a run-in heading counts when it
 * names a year and ends as headings do ({@link SectionHeadings#runIn}).
 */
public final class Segmenter {
    private static final int MAX_HEADING_LENGTH = 40;
    /**
     * No sentence of a real county document runs past about 650 characters; a longer run without {@code 。} is a page
     * without punctuation (a table, a one-line web page). It is cut at its next clause break, so that the work spent
     * on each figure of a sentence stays bounded whatever the document.
     */
    private static final int MAX_SENTENCE_LENGTH = 2000;
    /** A clause runs under 300 characters in real documents; one without a break in this many is cut where it stands. */
    private static final int MAX_CLAUSE_LENGTH = 1000;

    /** Splits {@code text} into sentences, each with its clauses and section. */
    public List<Sentence> split(String text) {
        List<Sentence> sentences = new ArrayList<>();
        Section section = Section.START;
        int lineStart = 0;
        while (lineStart < text.length()) {
            int newline = text.indexOf('\n', lineStart);
            int lineEnd = newline < 0 ? text.length() : newline;
            String line = text.substring(lineStart, lineEnd).strip();
            if (isHeading(line)) {
                section = nextSection(section, lineStart, line);
            } else {
                String runIn = SectionHeadings.runIn(line, MAX_HEADING_LENGTH);
                if (runIn != null) {
                    section = nextSection(section, lineStart, runIn);
                }
            }
            splitLine(text, lineStart, lineEnd, section, sentences);
            lineStart = lineEnd + 1;
        }
        return sentences;
    }

    static boolean isHeading(String line) {
        if (line.isEmpty() || line.length() > MAX_HEADING_LENGTH) {
            return false;
        }
        char last = line.charAt(line.length() - 1);
        return last != '!' && last != '?' && last != ':' && line.indexOf('。') < 0 && line.indexOf(',') < 0
                && line.indexOf(';') < 0;
    }

    private static Section nextSection(Section current, int start, String heading) {
        Section.Kind kind = SectionHeadings.kind(heading);
        if (kind == null) {
            return current;
        }
        return new Section(start, heading, kind, yearIn(heading));
    }

    /** The first four-digit year 1949–2099 followed by 年, or 0. */
    static int yearIn(String text) {
        for (int i = 0; i + 4 < text.length(); i++) {
            if (text.charAt(i + 4) == '年' && (i == 0 || !Character.isDigit(text.charAt(i - 1)))) {
                int year = 0;
                boolean digits = true;
                for (int k = i; k < i + 4 && digits; k++) {
                    char c = text.charAt(k);
                    digits = Digits.isAscii(c);
                    year = year * 10 + (c - '0');
                }
                if (digits && year >= 1949 && year <= 2099) {
                    return year;
                }
            }
        }
        return 0;
    }

    private static void splitLine(String text, int from, int to, Section section, List<Sentence> out) {
        int sentenceStart = from;
        List<Clause> clauses = new ArrayList<>();
        int clauseStart = from;
        for (int i = from; i <= to; i++) {
            char c = i < to ? text.charAt(i) : '。';
            boolean punctuation = c == '。' || c == '!' || c == '?' || c == '！' || c == '？';
            boolean clauseBreak = punctuation || isClauseBreak(text, i, c);
            boolean cut = !clauseBreak && i - clauseStart >= MAX_CLAUSE_LENGTH;
            // A cut keeps the character it falls on for the next clause; punctuation is left out of both.
            int next = cut ? i : i + 1;
            boolean sentenceEnd = punctuation || ((clauseBreak || cut) && i - sentenceStart >= MAX_SENTENCE_LENGTH);
            if (clauseBreak || cut) {
                addClause(text, clauseStart, i, clauses);
                clauseStart = next;
            }
            if (sentenceEnd) {
                if (!clauses.isEmpty()) {
                    out.add(new Sentence(sentenceStart, i, clauses, section));
                }
                clauses = new ArrayList<>();
                sentenceStart = next;
            }
        }
    }

    /** Commas, semicolons and colons end a clause, except a comma between digits ({@code 1,100}). */
    private static boolean isClauseBreak(String text, int i, char c) {
        return switch (c) {
            case ',', '，' -> !(i > 0 && Character.isDigit(text.charAt(i - 1)) && i + 3 < text.length()
                    && Character.isDigit(text.charAt(i + 1)) && Character.isDigit(text.charAt(i + 2))
                    && Character.isDigit(text.charAt(i + 3)));
            case ';', '；', ':', '：' -> true;
            default -> false;
        };
    }

    private static void addClause(String text, int start, int end, List<Clause> clauses) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            clauses.add(new Clause(start, end));
        }
    }
}
