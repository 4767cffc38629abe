package org.xianzhi.app.tracking;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.xianzhi.app.store.StoredFact;
import org.xianzhi.core.fact.BaseUnits;
import org.xianzhi.core.fact.Fact;
import org.xianzhi.core.fact.Measure;
import org.xianzhi.core.quantity.Approximation;
import org.xianzhi.core.fact.Status;
import org.xianzhi.core.indicator.Dimension;
import org.xianzhi.core.indicator.IndicatorTaxonomy;
import org.xianzhi.core.segment.DocumentDate;

/**
 * Pairs every target with the actual reported for the same region, indicator, measure and period, and judges it.
 *
 * <p>Which actual: among the actuals with that key whose unit converts to the target's base unit (FACTS.md), the one
 * from the most recently dated document — a later report may revise an earlier figure.
 *
 * <p>Which way is better: higher, except for ranks (first is best), targets stated as a ceiling ({@code 控制在5.5%以内},
 * qualifier {@code under}) and concentrations (PM2.5), where lower is better.
 *
 * <p>The verdict, on figures in base units: <b>met</b> when the actual reaches the target or agrees with it within
 * FACTS.md's 0.5%; <b>close</b> when it falls short by at most {@value #CLOSE_POINTS} percentage points for growth,
 * share and change (a growth target of 6% with 5.6% achieved), by at most {@value #CLOSE_RANKS} place for a rank, and
 * by at most {@value #CLOSE_SHARE} of the target for a value (58.26亿 aimed, 57亿 reached); <b>missed</b> otherwise;
 * <b>no actual</b> while none is known.
 */
public final class TargetTracker {
    /** Percentage points a growth, share or change may fall short and still be close. */
    public static final double CLOSE_POINTS = 0.5;
    /** Places a rank may fall short and still be close. */
    public static final int CLOSE_RANKS = 1;
    /** Fraction of the target a value may fall short and still be close. */
    public static final double CLOSE_SHARE = 0.03;

    /** The most recently dated report first (a later report may revise a figure); undated ones last. */
    public static final Comparator<StoredFact> LATEST_FIRST = Comparator
            .comparing((StoredFact f) -> dateKey(f.documentDate()), Comparator.reverseOrder())
            .thenComparing(StoredFact::docId).thenComparingInt(StoredFact::seq);

    private final IndicatorTaxonomy taxonomy;

    public TargetTracker(IndicatorTaxonomy taxonomy) {
        this.taxonomy = Objects.requireNonNull(taxonomy, "taxonomy");
    }

    public static TargetTracker standard() {
        return new TargetTracker(IndicatorTaxonomy.standard());
    }

    private record Key(String region, String indicator, Measure measure, String period) {
        static Key of(Fact f) {
            return new Key(f.region(), f.indicator(), f.measure(), f.period());
        }
    }

    /** Every target among {@code facts}, in the order given, with its actual (also looked for among {@code facts}). */
    public List<TrackedTarget> track(List<StoredFact> facts) {
        Map<Key, List<StoredFact>> actuals = new HashMap<>();
        for (StoredFact f : facts) {
            if (f.fact().status() == Status.ACTUAL) {
                actuals.computeIfAbsent(Key.of(f.fact()), k -> new ArrayList<>()).add(f);
            }
        }
        actuals.values().forEach(list -> list.sort(LATEST_FIRST));
        List<TrackedTarget> tracked = new ArrayList<>();
        for (StoredFact target : facts) {
            if (target.fact().status() != Status.TARGET) {
                continue;
            }
            StoredFact actual = actuals.getOrDefault(Key.of(target.fact()), List.of()).stream()
                    .filter(a -> comparable(target.fact(), a.fact())).findFirst().orElse(null);
            tracked.add(new TrackedTarget(target, actual, actual == null ? TargetStatus.NO_ACTUAL : judge(target.fact(), actual.fact())));
        }
        return tracked;
    }

    /** The verdict on an actual measured against a target of the same key and a comparable unit. */
    TargetStatus judge(Fact target, Fact actual) {
        if (BaseUnits.agree(target.value(), target.unit(), actual.value(), actual.unit())) {
            return TargetStatus.MET;
        }
        double t = BaseUnits.toBase(target.value(), target.unit()).value().doubleValue();
        double a = BaseUnits.toBase(actual.value(), actual.unit()).value().doubleValue();
        double shortfall = lowerIsBetter(target) ? a - t : t - a;
        if (shortfall <= 0) {
            return TargetStatus.MET;
        }
        double tolerance = switch (target.measure()) {
            case RANK -> CLOSE_RANKS;
            case GROWTH, SHARE, CHANGE -> CLOSE_POINTS;
            case VALUE -> CLOSE_SHARE * Math.abs(t);
        };
        return shortfall <= tolerance + 1e-9 ? TargetStatus.CLOSE : TargetStatus.MISSED;
    }

    private boolean lowerIsBetter(Fact target) {
        if (target.measure() == Measure.RANK || target.qualifier() == Approximation.UNDER) {
            return true;
        }
        return target.measure() == Measure.VALUE && taxonomy.byName(target.indicator())
                .map(i -> i.dimension() == Dimension.CONCENTRATION).orElse(false);
    }

    private static boolean comparable(Fact target, Fact actual) {
        boolean sameRegion = target.regionCode() == null || actual.regionCode() == null
                || target.regionCode().equals(actual.regionCode());
        return sameRegion && BaseUnits.toBase(target.value(), target.unit()).unit()
                .equals(BaseUnits.toBase(actual.value(), actual.unit()).unit());
    }

    /** Sortable: undated documents before every dated one, so they lose to any dated report. */
    private static long dateKey(DocumentDate d) {
        return d == null ? -1 : d.year() * 10_000L + d.month() * 100L + d.day();
    }
}
