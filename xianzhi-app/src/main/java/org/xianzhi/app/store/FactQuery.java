package org.xianzhi.app.store;

import org.xianzhi.core.fact.Status;

/**
 * Which facts to read. Every criterion is optional (null means any).
 *
 * @param region    a region's full name ({@code 柳林县}) or its 6-digit code
 * @param indicator a canonical indicator name or one of its aliases ({@code GDP})
 * @param status    actual or target
 * @param fromYear  the first year: a fact counts when its period reaches into {@code [fromYear, toYear]}
 * @param toYear    the last year
 */
public record FactQuery(String region, String indicator, Status status, Integer fromYear, Integer toYear) {
    public FactQuery {
        if (fromYear != null && toYear != null && fromYear > toYear) {
            throw new IllegalArgumentException("fromYear " + fromYear + " is after toYear " + toYear);
        }
    }

    /** Every fact. */
    public static FactQuery all() {
        return new FactQuery(null, null, null, null, null);
    }

    public FactQuery withRegion(String r) {
        return new FactQuery(r, indicator, status, fromYear, toYear);
    }

    public FactQuery withIndicator(String i) {
        return new FactQuery(region, i, status, fromYear, toYear);
    }

    public FactQuery withStatus(Status s) {
        return new FactQuery(region, indicator, s, fromYear, toYear);
    }

    public FactQuery withYears(Integer from, Integer to) {
        return new FactQuery(region, indicator, status, from, to);
    }
}
