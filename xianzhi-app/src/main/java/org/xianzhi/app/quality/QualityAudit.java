package org.xianzhi.app.quality;

import java.math.BigDecimal;
import java.math.MathContext;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.xianzhi.app.facts.UnitConversion;
import org.xianzhi.app.store.FactQuery;
import org.xianzhi.app.store.FactStore;
import org.xianzhi.app.store.RegionSummary;
import org.xianzhi.app.store.StoredFact;
import org.xianzhi.app.tracking.TargetTracker;
import org.xianzhi.core.fact.BaseUnits;
import org.xianzhi.core.fact.Fact;
import org.xianzhi.core.fact.Measure;
import org.xianzhi.core.fact.Status;
import org.xianzhi.core.indicator.Indicator;
import org.xianzhi.core.indicator.IndicatorTaxonomy;
import org.xianzhi.core.quantity.Approximation;
import org.xianzhi.core.region.Region;
import org.xianzhi.core.region.RegionGazetteer;
import org.xianzhi.core.region.RegionLevel;

/**
 * The consistency audit of one region's facts. Four checks, each a rule with its examples in {@code QualityAuditTest}:
 * <ul>
 * <li><b>implausible</b>: outside {@link PlausibleRanges} for the indicator, measure and level of region;</li>
 * <li><b>spike</b>: an actual level at least {@link #SPIKE_FACTOR} times (or at most 1/10 of) the levels of both the
 * year before and the year after;</li>
 * <li><b>conflict</b>: two actuals of one indicator, measure (not rank), period and scope that disagree (by FACTS.md's 0.5% when
 * both are exact, by {@link #ABOUT_TOLERANCE} when one says 约, and against the hedge's direction for 余/不到);</li>
 * <li><b>growth_vs_levels</b>: a year's stated growth more than {@link #GROWTH_TOLERANCE_POINTS} points away from
 * the growth the levels of that year and the year before give.</li>
 * </ul>
 * Targets are judged for plausibility only: a plan may differ from the actual and from other plans.
 */
public final class QualityAudit {
    /** "Tenfold and back": a level that far from both neighbours is a slip of unit or digit, not growth. */
    static final BigDecimal SPIKE_FACTOR = BigDecimal.TEN;
    /**
     * Levels are nominal and growth of value added is at constant prices, so the two differ by the price change
     * (rarely over 4 points for a county); five points apart means one of the three figures is wrong.
     */
    static final BigDecimal GROWTH_TOLERANCE_POINTS = BigDecimal.valueOf(5);
    /** {@code 约58亿元} and {@code 58.3亿元} agree; {@code 约58亿元} and {@code 65亿元} do not. */
    static final double ABOUT_TOLERANCE = 0.05;

    private final PlausibleRanges ranges;
    private final IndicatorTaxonomy taxonomy;
    private final RegionGazetteer gazetteer;

    public QualityAudit(PlausibleRanges ranges, IndicatorTaxonomy taxonomy, RegionGazetteer gazetteer) {
        this.ranges = Objects.requireNonNull(ranges, "ranges");
        this.taxonomy = Objects.requireNonNull(taxonomy, "taxonomy");
        this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
    }

    public static QualityAudit standard() {
        return new QualityAudit(PlausibleRanges.standard(), IndicatorTaxonomy.standard(), RegionGazetteer.standard());
    }

    /** The flags of one region's facts, the region's level taken from its code. */
    public QualityReport audit(List<StoredFact> facts) {
        if (facts.isEmpty()) {
            return QualityReport.EMPTY;
        }
        String code = facts.get(0).fact().regionCode();
        return audit(facts, code == null ? null : gazetteer.byCode(code).map(Region::level).orElse(null));
    }

    /** The flags of every region that has facts {@code query} selects, each region audited whole. */
    public QualityReport audit(FactStore store, FactQuery query) throws SQLException {
        List<QualityFlag> flags = new ArrayList<>();
        for (RegionSummary r : store.regionSummaries()) {
            if (query.region() == null || query.region().equals(r.name()) || query.region().equals(r.code())) {
                flags.addAll(audit(store.facts(FactQuery.all().withRegion(r.key()))).flags());
            }
        }
        return new QualityReport(flags);
    }

    /**
     * The flags of one region's facts.
     *
     * @param facts every fact about the region
     * @param level the region's level, or null when unknown (then only ranges for every level apply)
     */
    public QualityReport audit(List<StoredFact> facts, RegionLevel level) {
        List<QualityFlag> flags = new ArrayList<>();
        for (StoredFact f : facts) {
            implausible(f, level).ifPresent(flags::add);
        }
        List<StoredFact> actuals = facts.stream().filter(f -> f.fact().status() == Status.ACTUAL).toList();
        // Two ranks of one year may both be true: FACTS.md files the rank of a growth under its indicator too.
        flags.addAll(conflicts(actuals.stream().filter(f -> f.fact().measure() != Measure.RANK).toList()));
        Map<String, List<StoredFact>> byIndicator = actuals.stream()
                .collect(Collectors.groupingBy(f -> f.fact().indicator(), LinkedHashMap::new, Collectors.toList()));
        for (List<StoredFact> ofIndicator : byIndicator.values()) {
            Map<Integer, StoredFact> levels = latestByYear(ofIndicator, Measure.VALUE);
            flags.addAll(spikes(ofIndicator, levels));
            flags.addAll(growthAgainstLevels(ofIndicator, levels));
        }
        return new QualityReport(flags);
    }

    private Optional<QualityFlag> implausible(StoredFact sf, RegionLevel level) {
        Fact f = sf.fact();
        Optional<Indicator> indicator = taxonomy.byName(f.indicator());
        if (indicator.isEmpty()) {
            return Optional.empty();
        }
        return ranges.rangeFor(indicator.get(), f.measure(), level).flatMap(r ->
                UnitConversion.convert(f.value(), f.unit(), r.unit())
                        .filter(v -> v.compareTo(r.min()) < 0 || v.compareTo(r.max()) > 0)
                        .map(v -> new QualityFlag(FactRef.of(sf), QualityCheck.IMPLAUSIBLE,
                                figure(v, r.unit()) + " ∉ [" + plain(r.min()) + ", " + plain(r.max()) + "]"
                                        + (r.level() == null ? "" : " (" + r.level().name().toLowerCase(java.util.Locale.ROOT) + ")"))));
    }

    /** Actuals of the same indicator, measure, period and scope that cannot both be true. */
    private static List<QualityFlag> conflicts(List<StoredFact> actuals) {
        Map<List<String>, List<StoredFact>> groups = actuals.stream().collect(Collectors.groupingBy(sf -> {
            Fact f = sf.fact();
            return java.util.Arrays.asList(f.indicator(), f.measure().label(), f.period(), f.scope() == null ? "" : f.scope());
        }, LinkedHashMap::new, Collectors.toList()));
        List<QualityFlag> flags = new ArrayList<>();
        for (List<StoredFact> group : groups.values()) {
            for (StoredFact a : group) {
                for (StoredFact b : group) {
                    if (a != b && disagree(a.fact(), b.fact())) {
                        flags.add(new QualityFlag(FactRef.of(a), QualityCheck.CONFLICT, figure(a.fact()) + " ≠ "
                                + figure(b.fact()) + " (" + fileName(b.fact().file()) + ")"));
                        break;
                    }
                }
            }
        }
        return flags;
    }

    /** Whether two figures of the same statistic contradict each other, hedges considered. */
    static boolean disagree(Fact a, Fact b) {
        BaseUnits.Amount x = BaseUnits.toBase(a.value(), a.unit());
        BaseUnits.Amount y = BaseUnits.toBase(b.value(), b.unit());
        if (!x.unit().equals(y.unit())) {
            return false; // 万亩 against 亿斤: a misread indicator, not a second report
        }
        if (BaseUnits.agree(a.value(), a.unit(), b.value(), b.unit())) {
            return false;
        }
        int cmp = x.value().compareTo(y.value());
        if (a.qualifier() == Approximation.OVER && cmp < 0 || a.qualifier() == Approximation.UNDER && cmp > 0
                || b.qualifier() == Approximation.OVER && cmp > 0 || b.qualifier() == Approximation.UNDER && cmp < 0) {
            return false; // 58亿元以上 and 58.6亿元 agree
        }
        if (a.qualifier() != Approximation.EXACT || b.qualifier() != Approximation.EXACT) {
            double larger = Math.max(x.value().abs().doubleValue(), y.value().abs().doubleValue());
            return x.value().subtract(y.value()).abs().doubleValue() > ABOUT_TOLERANCE * larger;
        }
        return true;
    }

    /** Per single year, the latest report's fact of the measure (the one the pages chart). */
    private static Map<Integer, StoredFact> latestByYear(List<StoredFact> facts, Measure measure) {
        Map<Integer, StoredFact> byYear = new TreeMap<>();
        facts.stream().filter(f -> f.fact().measure() == measure && f.fact().period().length() == 4)
                .sorted(TargetTracker.LATEST_FIRST)
                .forEach(f -> byYear.putIfAbsent(Integer.parseInt(f.fact().period()), f));
        return byYear;
    }

    private static List<QualityFlag> spikes(List<StoredFact> facts, Map<Integer, StoredFact> levels) {
        List<QualityFlag> flags = new ArrayList<>();
        for (StoredFact f : facts) {
            if (f.fact().measure() != Measure.VALUE || f.fact().period().length() != 4) {
                continue;
            }
            int year = Integer.parseInt(f.fact().period());
            Optional<BigDecimal> before = ratio(f, levels.get(year - 1));
            Optional<BigDecimal> after = ratio(f, levels.get(year + 1));
            if (before.isPresent() && after.isPresent() && (tenfold(before.get()) && tenfold(after.get())
                    || tenfold(inverse(before.get())) && tenfold(inverse(after.get())))) {
                flags.add(new QualityFlag(FactRef.of(f), QualityCheck.SPIKE, (year - 1) + ": "
                        + figure(levels.get(year - 1).fact()) + " → " + year + ": " + figure(f.fact()) + " → "
                        + (year + 1) + ": " + figure(levels.get(year + 1).fact())));
            }
        }
        return flags;
    }

    private static boolean tenfold(BigDecimal ratio) {
        return ratio != null && ratio.compareTo(SPIKE_FACTOR) >= 0;
    }

    private static BigDecimal inverse(BigDecimal ratio) {
        return ratio.signum() == 0 ? null : BigDecimal.ONE.divide(ratio, MathContext.DECIMAL64);
    }

    /** {@code f}'s level over {@code other}'s, in one base unit; empty when either is missing, zero or negative. */
    private static Optional<BigDecimal> ratio(StoredFact f, StoredFact other) {
        if (other == null) {
            return Optional.empty();
        }
        BaseUnits.Amount x = BaseUnits.toBase(f.fact().value(), f.fact().unit());
        BaseUnits.Amount y = BaseUnits.toBase(other.fact().value(), other.fact().unit());
        if (!x.unit().equals(y.unit()) || x.value().signum() <= 0 || y.value().signum() <= 0) {
            return Optional.empty();
        }
        return Optional.of(x.value().divide(y.value(), MathContext.DECIMAL64));
    }

    private static List<QualityFlag> growthAgainstLevels(List<StoredFact> facts, Map<Integer, StoredFact> levels) {
        List<QualityFlag> flags = new ArrayList<>();
        for (StoredFact g : facts) {
            Fact f = g.fact();
            if (f.measure() != Measure.GROWTH || f.period().length() != 4 || !f.unit().equals("%")
                    || f.qualifier() != Approximation.EXACT) {
                continue;
            }
            int year = Integer.parseInt(f.period());
            StoredFact now = levels.get(year);
            Optional<BigDecimal> ratio = now == null ? Optional.empty() : ratio(now, levels.get(year - 1));
            if (ratio.isEmpty()) {
                continue;
            }
            BigDecimal implied = ratio.get().subtract(BigDecimal.ONE).multiply(BigDecimal.valueOf(100));
            if (implied.subtract(f.value()).abs().compareTo(GROWTH_TOLERANCE_POINTS) > 0) {
                flags.add(new QualityFlag(FactRef.of(g), QualityCheck.GROWTH_VS_LEVELS, plain(f.value()) + "% ≠ "
                        + implied.setScale(1, java.math.RoundingMode.HALF_UP).toPlainString() + "% = " + figure(now.fact())
                        + " / " + figure(levels.get(year - 1).fact()) + " − 1"));
            }
        }
        return flags;
    }

    private static String figure(Fact f) {
        return figure(f.value(), f.unit());
    }

    private static String figure(BigDecimal v, String unit) {
        return plain(v) + unit;
    }

    private static String plain(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    }

    private static String fileName(String file) {
        int slash = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
        return file.substring(slash + 1);
    }
}
