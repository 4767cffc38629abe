package org.xianzhi.app.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.xianzhi.app.ingest.IngestFiles;
import org.xianzhi.app.store.StoredFact;
import org.xianzhi.core.fact.Fact;
import org.xianzhi.core.fact.Measure;
import org.xianzhi.core.quantity.Approximation;
import org.xianzhi.core.fact.Status;
import org.xianzhi.core.segment.DocumentDate;

class TargetTrackerTest {
    private final TargetTracker tracker = TargetTracker.standard();

    @Test
    void growthShortByUpToHalfAPointIsCloseAndBeyondIsMissed() {
        assertThat(status(fact("地区生产总值", Measure.GROWTH, Status.TARGET, "6", "%", Approximation.ABOUT),
                fact("地区生产总值", Measure.GROWTH, Status.ACTUAL, "5.5", "%", Approximation.EXACT))).isEqualTo(TargetStatus.CLOSE);
        assertThat(status(fact("地区生产总值", Measure.GROWTH, Status.TARGET, "6", "%", Approximation.ABOUT),
                fact("地区生产总值", Measure.GROWTH, Status.ACTUAL, "5.4", "%", Approximation.EXACT))).isEqualTo(TargetStatus.MISSED);
        assertThat(status(fact("地区生产总值", Measure.GROWTH, Status.TARGET, "6", "%", Approximation.ABOUT),
                fact("地区生产总值", Measure.GROWTH, Status.ACTUAL, "6.2", "%", Approximation.EXACT))).isEqualTo(TargetStatus.MET);
    }

    @Test
    void valuesAreComparedInBaseUnitsWithinThreePercent() {
        Fact target = fact("一般公共预算收入", Measure.VALUE, Status.TARGET, "10", "亿元", Approximation.EXACT);
        assertThat(status(target, fact("一般公共预算收入", Measure.VALUE, Status.ACTUAL, "99000", "万元", Approximation.EXACT)))
                .isEqualTo(TargetStatus.CLOSE);
        assertThat(status(target, fact("一般公共预算收入", Measure.VALUE, Status.ACTUAL, "9.6", "亿元", Approximation.EXACT)))
                .isEqualTo(TargetStatus.MISSED);
        assertThat(status(target, fact("一般公共预算收入", Measure.VALUE, Status.ACTUAL, "9.98", "亿元", Approximation.EXACT)))
                .as("within FACTS.md's 0.5%% agreement").isEqualTo(TargetStatus.MET);
    }

    @Test
    void aCeilingIsMetFromBelowAndARankByAPlaceAtOrAboveIt() {
        Fact ceiling = fact("城镇调查失业率", Measure.VALUE, Status.TARGET, "5.5", "%", Approximation.UNDER);
        assertThat(status(ceiling, fact("城镇调查失业率", Measure.VALUE, Status.ACTUAL, "5.1", "%", Approximation.EXACT)))
                .isEqualTo(TargetStatus.MET);
        assertThat(status(ceiling, fact("城镇调查失业率", Measure.VALUE, Status.ACTUAL, "6.5", "%", Approximation.EXACT)))
                .isEqualTo(TargetStatus.MISSED);
        Fact rank = fact("地区生产总值", Measure.RANK, Status.TARGET, "3", "", Approximation.EXACT);
        assertThat(status(rank, fact("地区生产总值", Measure.RANK, Status.ACTUAL, "1", "", Approximation.EXACT))).isEqualTo(TargetStatus.MET);
        assertThat(status(rank, fact("地区生产总值", Measure.RANK, Status.ACTUAL, "4", "", Approximation.EXACT))).isEqualTo(TargetStatus.CLOSE);
        assertThat(status(rank, fact("地区生产总值", Measure.RANK, Status.ACTUAL, "6", "", Approximation.EXACT))).isEqualTo(TargetStatus.MISSED);
    }

    @Test
    void pairsOnlyTheSameRegionIndicatorMeasureAndPeriodAndPrefersTheLatestReport() {
        StoredFact target = stored("a", 2024, fact("地区生产总值", Measure.GROWTH, Status.TARGET, "6", "%", Approximation.EXACT));
        StoredFact otherPeriod = stored("b", 2025, withPeriod(fact("地区生产总值", Measure.GROWTH, Status.ACTUAL, "9", "%", Approximation.EXACT), "2023"));
        StoredFact otherMeasure = stored("c", 2025, fact("地区生产总值", Measure.VALUE, Status.ACTUAL, "58", "亿元", Approximation.EXACT));
        StoredFact early = stored("d", 2024, fact("地区生产总值", Measure.GROWTH, Status.ACTUAL, "7", "%", Approximation.EXACT));
        StoredFact revised = stored("e", 2025, fact("地区生产总值", Measure.GROWTH, Status.ACTUAL, "4", "%", Approximation.EXACT));
        List<TrackedTarget> tracked = tracker.track(List.of(early, target, otherPeriod, otherMeasure, revised));
        assertThat(tracked).hasSize(1);
        assertThat(tracked.get(0).actual()).isEqualTo(revised);
        assertThat(tracked.get(0).status()).isEqualTo(TargetStatus.MISSED);
        assertThat(tracker.track(List.of(target, otherPeriod, otherMeasure)).get(0).status()).isEqualTo(TargetStatus.NO_ACTUAL);
        assertThat(TargetStatus.NO_ACTUAL.colour()).isEqualTo("grey");
    }

    private TargetStatus status(Fact target, Fact actual) {
        List<TrackedTarget> tracked = tracker.track(List.of(stored("t", 2024, target), stored("u", 2025, actual)));
        assertThat(tracked).hasSize(1);
        return tracked.get(0).status();
    }

    private static StoredFact stored(String doc, int year, Fact f) {
        Fact withDoc = new Fact(IngestFiles.sha256(doc), doc, f.region(), f.regionCode(), f.indicator(), f.measure(),
                f.status(), f.period(), f.value(), f.unit(), f.asWritten(), f.qualifier(), f.scope(), f.text(), f.start(), f.end());
        return new StoredFact(0, withDoc, new DocumentDate(year, 1, 20));
    }

    private static Fact withPeriod(Fact f, String period) {
        return new Fact(f.doc(), f.file(), f.region(), f.regionCode(), f.indicator(), f.measure(), f.status(), period,
                f.value(), f.unit(), f.asWritten(), f.qualifier(), f.scope(), f.text(), f.start(), f.end());
    }

    private static Fact fact(String indicator, Measure measure, Status status, String value, String unit, Approximation q) {
        return new Fact("", "", "柳林县", "141125", indicator, measure, status, "2024", new BigDecimal(value), unit,
                value + unit, q, measure == Measure.RANK ? "全市" : null, indicator, 0, 1);
    }
}
