package org.xianzhi.app.quality;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.xianzhi.core.fact.Measure;
import org.xianzhi.core.indicator.Dimension;
import org.xianzhi.core.indicator.Indicator;
import org.xianzhi.core.lexicon.TsvResource;
import org.xianzhi.core.region.RegionLevel;

/**
 * The ranges a figure of an indicator can plausibly take, from {@code plausible-ranges.tsv} (its header says how
 * they were chosen). Immutable.
 */
public final class PlausibleRanges {
    private static final String RESOURCE = "plausible-ranges.tsv";

    /**
     * One row of the table.
     *
     * @param indicator a canonical name, {@code @dimension}, or {@code *}
     * @param level     the level of region it holds for, or null for every level
     */
    public record Range(String indicator, Measure measure, RegionLevel level, String unit, BigDecimal min, BigDecimal max) {
        public Range {
            Objects.requireNonNull(indicator, "indicator");
            Objects.requireNonNull(measure, "measure");
            Objects.requireNonNull(unit, "unit");
            if (min.compareTo(max) > 0) {
                throw new IllegalArgumentException("min " + min + " is above max " + max + " for " + indicator);
            }
        }

        /** How well the row fits: an indicator's own row over its dimension's over everyone's, a level over every level. */
        private int specificity() {
            int who = indicator.equals("*") ? 0 : indicator.startsWith("@") ? 2 : 4;
            return who + (level == null ? 0 : 1);
        }

        boolean appliesTo(Indicator i, Measure m, RegionLevel l) {
            return measure == m && (level == null || level == l) && (indicator.equals("*")
                    || indicator.equals(i.name()) || indicator.equals("@" + i.dimension().token()));
        }
    }

    private static final class Standard {
        static final PlausibleRanges INSTANCE = parse(TsvResource.read(PlausibleRanges.class, RESOURCE));
    }

    private final List<Range> ranges;

    private PlausibleRanges(List<Range> ranges) {
        this.ranges = List.copyOf(ranges);
    }

    /** The ranges shipped with Xianzhi. */
    public static PlausibleRanges standard() {
        return Standard.INSTANCE;
    }

    public static PlausibleRanges of(List<Range> ranges) {
        return new PlausibleRanges(ranges);
    }

    private static PlausibleRanges parse(TsvResource table) {
        List<Range> ranges = new ArrayList<>();
        for (TsvResource.Row row : table.rows()) {
            try {
                String indicator = row.get("indicator");
                if (indicator.startsWith("@")) {
                    Dimension.ofToken(indicator.substring(1));
                }
                String level = row.get("level");
                ranges.add(new Range(indicator, Measure.ofLabel(row.get("measure")),
                        level.equals("*") ? null : RegionLevel.valueOf(level.toUpperCase(java.util.Locale.ROOT)),
                        row.get("unit"), new BigDecimal(row.get("min")), new BigDecimal(row.get("max"))));
            } catch (IllegalArgumentException e) {
                throw row.error(e.getMessage());
            }
        }
        return new PlausibleRanges(ranges);
    }

    /** The range a figure of this indicator and measure should fall in, for a region of this level (null: unknown). */
    public Optional<Range> rangeFor(Indicator indicator, Measure measure, RegionLevel level) {
        Range best = null;
        for (Range r : ranges) {
            if (r.appliesTo(indicator, measure, level) && (best == null || r.specificity() > best.specificity())) {
                best = r;
            }
        }
        return Optional.ofNullable(best);
    }
}
