package org.xianzhi.app.web;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.Locale;

import org.xianzhi.app.tracking.TargetGap;
import org.xianzhi.app.tracking.TrackedTarget;

/**
 * How the targets table is sorted ({@code sort=…&order=asc|desc}); the download is sorted the same way. Rows without a
 * gap or a report year come last whichever way; ties keep the tracker's order (region, document, sentence).
 */
enum TargetOrder {
    REGION(Comparator.comparing((TrackedTarget t) -> t.target().fact().region())),
    INDICATOR(Comparator.comparing((TrackedTarget t) -> t.target().fact().indicator())),
    PERIOD(Comparator.comparing((TrackedTarget t) -> t.target().fact().period())),
    STATUS(Comparator.comparing(TrackedTarget::status)),
    GAP(Comparator.comparing((TrackedTarget t) -> TargetGap.of(t).map(TargetGap::amount).orElse(null),
            Comparator.nullsLast(BigDecimal::compareTo))),
    YEAR(Comparator.comparing((TrackedTarget t) -> t.target().documentDate() == null ? null : t.target().documentDate().year(),
            Comparator.nullsLast(Integer::compare)));

    private final Comparator<TrackedTarget> ascending;

    TargetOrder(Comparator<TrackedTarget> ascending) {
        this.ascending = ascending;
    }

    String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The order; descending keeps rows without a value last. */
    Comparator<TrackedTarget> comparator(boolean descending) {
        if (!descending) {
            return ascending;
        }
        return switch (this) {
            case GAP -> Comparator.comparing((TrackedTarget t) -> TargetGap.of(t).map(TargetGap::amount).orElse(null),
                    Comparator.nullsLast(Comparator.<BigDecimal>reverseOrder()));
            case YEAR -> Comparator.comparing((TrackedTarget t) -> t.target().documentDate() == null ? null
                    : t.target().documentDate().year(), Comparator.nullsLast(Comparator.<Integer>reverseOrder()));
            default -> ascending.reversed();
        };
    }

    static TargetOrder of(String s) {
        for (TargetOrder o : values()) {
            if (o.label().equalsIgnoreCase(s)) {
                return o;
            }
        }
        throw new IllegalArgumentException("unknown sort '" + s + "'; the targets sort by region, indicator, period, status, gap, year");
    }
}
