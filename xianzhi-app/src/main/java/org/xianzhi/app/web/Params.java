package org.xianzhi.app.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

import org.xianzhi.app.tracking.TargetStatus;
import org.xianzhi.core.fact.Measure;
import org.xianzhi.core.fact.Status;

import org.xianzhi.app.quality.FlagFilter;

import io.javalin.http.Context;

/**
 * Query parameters read and checked. A blank parameter (an empty form field) counts as absent; a bad one throws a
 * validation error or {@link IllegalArgumentException} that names it, which the server answers with 400.
 */
final class Params {
    static final int FIRST_YEAR = 1949;
    static final int LAST_YEAR = 2100;

    private Params() {
    }

    static String text(Context ctx, String name) {
        String v = ctx.queryParam(name);
        return v == null || v.isBlank() ? null : v.strip();
    }

    static Integer year(Context ctx, String name) {
        if (text(ctx, name) == null) {
            return null;
        }
        return ctx.queryParamAsClass(name, Integer.class)
                .check(y -> y >= FIRST_YEAR && y <= LAST_YEAR, name + " must be a year from " + FIRST_YEAR + " to " + LAST_YEAR)
                .get();
    }

    static int limit(Context ctx, int byDefault, int max) {
        if (text(ctx, "limit") == null) {
            return byDefault;
        }
        return ctx.queryParamAsClass("limit", Integer.class)
                .check(n -> n >= 1 && n <= max, "limit must be from 1 to " + max).get();
    }

    static Status status(Context ctx) {
        String v = text(ctx, "status");
        if (v == null) {
            return null;
        }
        for (Status s : Status.values()) {
            if (s.label().equalsIgnoreCase(v)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown status '" + v + "'; the statuses are actual, target");
    }

    static Measure measure(Context ctx) {
        String v = text(ctx, "measure");
        return v == null ? null : Measure.ofLabel(v.toLowerCase(Locale.ROOT));
    }

    static TargetStatus targetStatus(Context ctx) {
        String v = text(ctx, "status");
        if (v == null) {
            return null;
        }
        for (TargetStatus s : TargetStatus.values()) {
            if (s.label().equalsIgnoreCase(v)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown status '" + v + "'; the statuses are met, close, missed, no_actual");
    }

    /** Every value of a repeatable parameter, commas also separating values: {@code region=a&region=b} or {@code region=a,b}. */
    /** {@code flagged}: show (the default), hide or only the facts the quality audit flagged. */
    static FlagFilter flagged(Context ctx) {
        return FlagFilter.ofLabel(text(ctx, "flagged"));
    }

    static List<String> list(Context ctx, String name) {
        LinkedHashSet<String> values = new LinkedHashSet<>();
        for (String v : ctx.queryParams(name)) {
            for (String part : v.split("[,，]")) {
                if (!part.isBlank()) {
                    values.add(part.strip());
                }
            }
        }
        return new ArrayList<>(values);
    }
}
