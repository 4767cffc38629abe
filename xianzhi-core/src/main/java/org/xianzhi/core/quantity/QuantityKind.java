package org.xianzhi.core.quantity;

import java.util.Locale;

/** What a quantity is. Only {@link #NUMBER} and the ratio kinds are amounts; dates, periods, ranks and ordinals are not. */
public enum QuantityKind {
    /** An amount, with or without a unit: {@code 58.26亿元}, {@code 3年}, {@code 一百二十三}. */
    NUMBER,
    /** A number of percent: {@code 5.5%}, {@code 百分之五}, {@code 八成} (80). */
    PERCENT,
    /** A difference of percentages: {@code 2.97个百分点}. */
    PERCENTAGE_POINT,
    /** A multiple: {@code 2.5倍}. */
    MULTIPLE,
    /** A fraction other than a percentage: {@code 三分之一}. */
    FRACTION,
    /** A calendar date or part of one: {@code 2023年}, {@code 2024年7月}, {@code 1月3日}, {@code 6月底}. */
    DATE,
    /** A span of time the text refers to: {@code 2021年至2024年}, {@code 近三年}, {@code 年内}, {@code 十四五}. */
    PERIOD,
    /** A place in a ranking: {@code 全市第一}, {@code 前三}. */
    RANK,
    /** A position that is not a ranking: {@code 第一批}, {@code 第3季度} is a period, {@code 第一产业} an ordinal. */
    ORDINAL;

    /** The lower-case name used in JSON: {@code number}, {@code percentage_point}, … */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether this kind measures something (an amount or a ratio), as opposed to placing it in time or in order. */
    public boolean isAmount() {
        return this == NUMBER || this == PERCENT || this == PERCENTAGE_POINT || this == MULTIPLE || this == FRACTION;
    }
}
