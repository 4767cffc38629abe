package org.xianzhi.core.extract;

/** A year or a span of years, printed as FACTS.md wants: {@code 2023} or {@code 2021-2024}. */
public record Period(int from, int to) {
    public Period {
        if (from > to) {
            throw new IllegalArgumentException("period runs backwards: " + from + "-" + to);
        }
    }

    public static Period year(int year) {
        return new Period(year, year);
    }

    /** The {@code years} years that end with {@code last}: 近三年 of 2024 is 2022-2024. */
    static Period ending(int last, int years) {
        return new Period(last - Math.max(1, years) + 1, last);
    }

    /** The {@code years} years that start with {@code first}: 今后五年 of a 2021 plan is 2021-2025. */
    static Period starting(int first, int years) {
        return new Period(first, first + Math.max(1, years) - 1);
    }

    /** Whether the period spans more than one year. */
    boolean isRange() {
        return from != to;
    }

    @Override
    public String toString() {
        return from == to ? Integer.toString(from) : from + "-" + to;
    }
}
