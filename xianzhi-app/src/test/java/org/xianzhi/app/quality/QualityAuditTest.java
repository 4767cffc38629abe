package org.xianzhi.app.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xianzhi.app.quality.CountyFacts.actual;
import static org.xianzhi.app.quality.CountyFacts.restated;
import static org.xianzhi.app.quality.CountyFacts.target;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.xianzhi.app.store.StoredFact;
import org.xianzhi.core.fact.Measure;
import org.xianzhi.core.quantity.Approximation;
import org.xianzhi.core.region.RegionLevel;

class QualityAuditTest {
    private final QualityAudit audit = QualityAudit.standard();

    /** Five years of a county whose reports agree with each other: nothing is flagged. */
    private static List<StoredFact> soundCounty() {
        List<StoredFact> f = new ArrayList<>();
        f.add(actual(1, "地区生产总值", Measure.VALUE, 2019, "102.6", "亿元", "全县地区生产总值完成102.6亿元，增长6.8%"));
        f.add(actual(2, "地区生产总值", Measure.GROWTH, 2019, "6.8", "%", "全县地区生产总值完成102.6亿元，增长6.8%"));
        f.add(actual(1, "地区生产总值", Measure.VALUE, 2020, "105.1", "亿元", "地区生产总值达到105.1亿元，增长3.1%"));
        f.add(actual(2, "地区生产总值", Measure.GROWTH, 2020, "3.1", "%", "地区生产总值达到105.1亿元，增长3.1%"));
        f.add(actual(1, "地区生产总值", Measure.VALUE, 2021, "116.4", "亿元", "地区生产总值116.4亿元，增长7.9%"));
        f.add(actual(2, "地区生产总值", Measure.GROWTH, 2021, "7.9", "%", "地区生产总值116.4亿元，增长7.9%"));
        f.add(actual(3, "一般公共预算收入", Measure.VALUE, 2021, "6.52", "亿元", "一般公共预算收入6.52亿元"));
        f.add(actual(4, "城镇居民人均可支配收入", Measure.VALUE, 2021, "35120", "元", "城镇居民人均可支配收入3.512万元"));
        f.add(actual(5, "森林覆盖率", Measure.VALUE, 2021, "31.6", "%", "森林覆盖率达到31.6%"));
        f.add(actual(6, "接待游客", Measure.GROWTH, 2021, "86", "%", "接待游客增长86%"));
        f.add(target(7, "地区生产总值", Measure.GROWTH, 2022, "6.5", "%", "地区生产总值增长6.5%左右"));
        // The bulletin's 约105亿元 and the report's 105.1亿元 are one figure.
        f.add(restated(f.get(2), 1, "wangchuan-bulletin-2020.txt", 2021, "105", Approximation.ABOUT));
        return f;
    }

    @Test
    void aSoundCountyRaisesNoFlag() {
        assertThat(audit.audit(soundCounty(), RegionLevel.COUNTY).flags()).isEmpty();
    }

    @Test
    void implausibleFiguresAreFlaggedWithTheRangeTheyLeave() {
        List<StoredFact> facts = soundCounty();
        StoredFact million = actual(9, "地区生产总值", Measure.VALUE, 2023, "1000000", "亿元", "地区生产总值完成100万亿元");
        StoredFact growth = actual(10, "地区生产总值", Measure.GROWTH, 2022, "74", "%", "地区生产总值增长74%");
        StoredFact share = actual(11, "第三产业增加值", Measure.SHARE, 2022, "157", "%", "三产占比157%");
        StoredFact incomeInWan = actual(12, "城镇居民人均可支配收入", Measure.VALUE, 2022, "380000", "元", "城镇居民人均可支配收入38万元");
        facts.addAll(List.of(million, growth, share, incomeInWan));

        QualityReport r = audit.audit(facts, RegionLevel.COUNTY);

        assertThat(r.of(million)).singleElement().satisfies(q -> {
            assertThat(q.check()).isEqualTo(QualityCheck.IMPLAUSIBLE);
            assertThat(q.detail()).isEqualTo("1000000亿元 ∉ [0.5, 6000] (county)");
        });
        assertThat(r.of(growth)).extracting(QualityFlag::check).containsExactly(QualityCheck.IMPLAUSIBLE);
        assertThat(r.of(growth).get(0).detail()).isEqualTo("74% ∉ [-25, 30]");
        assertThat(r.of(share)).extracting(QualityFlag::check).containsExactly(QualityCheck.IMPLAUSIBLE);
        assertThat(r.of(incomeInWan)).extracting(QualityFlag::check).containsExactly(QualityCheck.IMPLAUSIBLE);
    }

    @Test
    void aCityMayHaveAGdpNoCountyHas() {
        StoredFact cityGdp = actual(1, "地区生产总值", Measure.VALUE, 2022, "7500", "亿元", "全市生产总值7500亿元");
        assertThat(audit.audit(List.of(cityGdp), RegionLevel.PREFECTURE).flags()).isEmpty();
        assertThat(audit.audit(List.of(cityGdp), RegionLevel.COUNTY).flags()).hasSize(1);
    }

    @Test
    void aLevelTenTimesBothNeighboursIsASpike() {
        List<StoredFact> facts = new ArrayList<>();
        facts.add(actual(1, "固定资产投资", Measure.VALUE, 2018, "48.2", "亿元", "固定资产投资48.2亿元"));
        StoredFact spike = actual(1, "固定资产投资", Measure.VALUE, 2019, "5200000", "万元", "固定资产投资5200000万元");
        facts.add(spike);
        facts.add(actual(1, "固定资产投资", Measure.VALUE, 2020, "51.3", "亿元", "固定资产投资51.3亿元"));
        // A real doubling is no spike, nor is a jump that stays.
        facts.add(actual(2, "接待游客", Measure.VALUE, 2019, "120", "万人次", "接待游客120万人次"));
        facts.add(actual(2, "接待游客", Measure.VALUE, 2020, "45", "万人次", "接待游客45万人次"));
        facts.add(actual(2, "接待游客", Measure.VALUE, 2021, "98", "万人次", "接待游客98万人次"));

        QualityReport r = audit.audit(facts, RegionLevel.COUNTY);

        assertThat(r.flags()).singleElement().satisfies(q -> {
            assertThat(q.fact()).isEqualTo(FactRef.of(spike));
            assertThat(q.check()).isEqualTo(QualityCheck.SPIKE);
            assertThat(q.detail()).isEqualTo("2018: 48.2亿元 → 2019: 5200000万元 → 2020: 51.3亿元");
        });
    }

    @Test
    void twoReportsGivingDifferentActualsForOneYearAreBothFlagged() {
        StoredFact report = actual(1, "一般公共预算收入", Measure.VALUE, 2022, "6.8", "亿元", "一般公共预算收入完成6.8亿元");
        StoredFact bulletin = restated(report, 4, "wangchuan-bulletin-2022.txt", 2023, "8.1", Approximation.EXACT);
        StoredFact sameInWan = restated(report, 5, "wangchuan-finance-2022.txt", 2023, "68000", "万元", Approximation.EXACT);
        StoredFact over = restated(report, 6, "wangchuan-news.txt", 2023, "6", Approximation.OVER);
        List<StoredFact> facts = List.of(report, bulletin, sameInWan, over);

        QualityReport r = audit.audit(facts, RegionLevel.COUNTY);

        assertThat(r.of(report)).singleElement().satisfies(q -> {
            assertThat(q.check()).isEqualTo(QualityCheck.CONFLICT);
            assertThat(q.detail()).isEqualTo("6.8亿元 ≠ 8.1亿元 (wangchuan-bulletin-2022.txt)");
        });
        assertThat(r.of(bulletin)).extracting(QualityFlag::check).containsExactly(QualityCheck.CONFLICT);
        assertThat(r.of(over)).as("6亿元以上 is true of 6.8 and of 8.1 alike").isEmpty();
        // 6.8亿元 and 68000万元 are one figure; only the bulletin disagrees with it.
        assertThat(r.of(sameInWan)).singleElement().satisfies(q -> assertThat(q.detail()).contains("8.1亿元"));
    }

    @Test
    void hedgedFiguresConflictOnlyAgainstTheirDirection() {
        StoredFact exact = actual(1, "粮食产量", Measure.VALUE, 2022, "3.68", "亿斤", "粮食产量3.68亿斤");
        assertThat(QualityAudit.disagree(exact.fact(), restated(exact, 2, "a.txt", 2023, "3.6", Approximation.OVER).fact())).isFalse();
        assertThat(QualityAudit.disagree(exact.fact(), restated(exact, 2, "a.txt", 2023, "3.9", Approximation.OVER).fact())).isTrue();
        assertThat(QualityAudit.disagree(exact.fact(), restated(exact, 2, "a.txt", 2023, "3.9", Approximation.UNDER).fact())).isFalse();
        assertThat(QualityAudit.disagree(exact.fact(), restated(exact, 2, "a.txt", 2023, "3.7", Approximation.ABOUT).fact())).isFalse();
        assertThat(QualityAudit.disagree(exact.fact(), restated(exact, 2, "a.txt", 2023, "4.2", Approximation.ABOUT).fact())).isTrue();
        // 18.4万吨 is 3.68亿斤 (a 吨 is 2000 斤); a figure in another base unit is not compared.
        assertThat(QualityAudit.disagree(exact.fact(), actual(2, "粮食产量", Measure.VALUE, 2022, "18.4", "万吨",
                "粮食产量18.4万吨").fact())).isFalse();
        assertThat(QualityAudit.disagree(exact.fact(), actual(2, "粮食产量", Measure.VALUE, 2022, "50", "万亩",
                "粮食播种50万亩").fact())).isFalse();
    }

    @Test
    void aGrowthRateTheTwoLevelsContradictIsFlagged() {
        List<StoredFact> facts = new ArrayList<>();
        facts.add(actual(1, "社会消费品零售总额", Measure.VALUE, 2021, "40.0", "亿元", "社会消费品零售总额40亿元"));
        facts.add(actual(1, "社会消费品零售总额", Measure.VALUE, 2022, "42.4", "亿元", "社会消费品零售总额42.4亿元，增长16%"));
        StoredFact growth = actual(2, "社会消费品零售总额", Measure.GROWTH, 2022, "16", "%", "社会消费品零售总额42.4亿元，增长16%");
        facts.add(growth);
        // 6.2% stated where the levels give 6%: within the price difference, not flagged.
        facts.add(actual(3, "一般公共预算收入", Measure.VALUE, 2021, "5.0", "亿元", "一般公共预算收入5亿元"));
        facts.add(actual(3, "一般公共预算收入", Measure.VALUE, 2022, "5.3", "亿元", "一般公共预算收入5.3亿元"));
        facts.add(actual(4, "一般公共预算收入", Measure.GROWTH, 2022, "6.2", "%", "增长6.2%"));

        QualityReport r = audit.audit(facts, RegionLevel.COUNTY);

        assertThat(r.flags()).singleElement().satisfies(q -> {
            assertThat(q.fact()).isEqualTo(FactRef.of(growth));
            assertThat(q.check()).isEqualTo(QualityCheck.GROWTH_VS_LEVELS);
            assertThat(q.detail()).isEqualTo("16% ≠ 6.0% = 42.4亿元 / 40亿元 − 1");
        });
    }

    @Test
    void targetsAreJudgedOnlyForPlausibility() {
        StoredFact actualGrowth = actual(1, "地区生产总值", Measure.GROWTH, 2022, "4.1", "%", "增长4.1%");
        StoredFact plan = target(2, "地区生产总值", Measure.GROWTH, 2022, "7", "%", "增长7%");
        StoredFact wildPlan = target(3, "地区生产总值", Measure.GROWTH, 2022, "45", "%", "增长45%");
        QualityReport r = audit.audit(List.of(actualGrowth, plan, wildPlan), RegionLevel.COUNTY);
        assertThat(r.of(plan)).isEmpty();
        assertThat(r.of(actualGrowth)).isEmpty();
        assertThat(r.of(wildPlan)).extracting(QualityFlag::check).containsExactly(QualityCheck.IMPLAUSIBLE);
    }
}
