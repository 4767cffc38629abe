package org.xianzhi.core.segment;

/**
 * A stretch of a document under one heading, with what the heading says about the figures in it.
 *
 * @param start   where the heading starts in the normalized text (0 for the untitled start of a document)
 * @param heading the heading line, empty for the untitled start
 * @param kind    whether the section reviews results or sets plans
 * @param year    the year the heading names ({@code 一、2023年工作回顾} → 2023), or 0 if none
 */
public record Section(int start, String heading, Kind kind, int year) {

    /** What a section's figures are: achieved results, plans, or not said. */
    public enum Kind {
        REVIEW, PLAN, UNSTATED
    }

    static final Section START = new Section(0, "", Kind.UNSTATED, 0);
}
