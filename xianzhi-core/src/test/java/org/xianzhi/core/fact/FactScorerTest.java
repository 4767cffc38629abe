package org.xianzhi.core.fact;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.xianzhi.core.quantity.Approximation;

class FactScorerTest {
    private static final Set<String> CORE = Set.of("地区生产总值", "城镇居民人均可支配收入", "粮食产量");
    private final FactScorer scorer = new FactScorer(CORE::contains);

    private static Fact fact(String indicator, Measure measure, String period, String value, String unit) {
        return new Fact("d", "f.txt", "某县", null, indicator, measure, Status.ACTUAL, period, new BigDecimal(value), unit,
                value + unit, Approximation.EXACT, null, "", 0, 0);
    }

    private static GoldFact gold(Fact fact, String... periodsOk) {
        return new GoldFact(fact, List.of(periodsOk), List.of(), false, null);
    }

    @Test
    void figuresAgreeAcrossMagnitudesAndDerivedUnits() {
        assertThat(BaseUnits.agree(new BigDecimal("3.18"), "万元", new BigDecimal("31800"), "元")).isTrue();
        assertThat(BaseUnits.agree(new BigDecimal("1913"), "兆瓦", new BigDecimal("191.3"), "万千瓦")).isTrue();
        assertThat(BaseUnits.agree(new BigDecimal("1.5"), "万吨", new BigDecimal("3000"), "万斤")).isTrue();
        assertThat(BaseUnits.agree(new BigDecimal("2"), "公顷", new BigDecimal("30"), "亩")).isTrue();
        assertThat(BaseUnits.agree(new BigDecimal("3.68"), "亿斤", new BigDecimal("3.70"), "亿斤")).isFalse();
        assertThat(BaseUnits.agree(new BigDecimal("100"), "万千瓦", new BigDecimal("100.4"), "万千瓦")).isTrue();
        assertThat(BaseUnits.agree(new BigDecimal("5"), "%", new BigDecimal("5"), "个百分点")).isFalse();
    }

    @Test
    void aMatchNeedsEveryKeyFieldAndAnAcceptedPeriod() {
        GoldFact g = gold(fact("地区生产总值", Measure.VALUE, "2023", "58.26", "亿元"), "2024");
        assertThat(FactScorer.matches(g, fact("地区生产总值", Measure.VALUE, "2023", "5826000000", "元"))).isTrue();
        assertThat(FactScorer.matches(g, fact("地区生产总值", Measure.VALUE, "2024", "58.26", "亿元"))).isTrue();
        assertThat(FactScorer.matches(g, fact("地区生产总值", Measure.VALUE, "2022", "58.26", "亿元"))).isFalse();
        assertThat(FactScorer.matches(g, fact("地区生产总值", Measure.GROWTH, "2023", "58.26", "亿元"))).isFalse();
    }

    @Test
    void eachGoldFactMatchesAtMostOneProducedFactAndNonCoreFactsAreNotCounted() {
        List<GoldFact> goldFacts = List.of(
                gold(fact("地区生产总值", Measure.VALUE, "2023", "58.26", "亿元")),
                gold(fact("粮食产量", Measure.VALUE, "2023", "3.68", "亿斤")));
        List<Fact> produced = List.of(
                fact("地区生产总值", Measure.VALUE, "2023", "58.26", "亿元"),
                fact("地区生产总值", Measure.VALUE, "2023", "58.26", "亿元"),
                fact("出口总额", Measure.VALUE, "2023", "1.2", "亿元"));

        FactScorer.Score score = scorer.score(goldFacts, produced);

        assertThat(score.matched()).isEqualTo(1);
        assertThat(score.produced()).isEqualTo(2);
        assertThat(score.precision()).isEqualTo(0.5);
        assertThat(score.recall()).isEqualTo(0.5);
        assertThat(score.misses()).extracting(g -> g.fact().indicator()).containsExactly("粮食产量");
        assertThat(score.falseHits()).hasSize(1);
    }

    @Test
    void theMatchingIsMaximalWhateverTheOrder() {
        // The first produced fact fits both gold facts (2023 or 2024 accepted); the second only the first gold fact.
        List<GoldFact> goldFacts = List.of(
                gold(fact("粮食产量", Measure.VALUE, "2023", "3.68", "亿斤"), "2024"),
                gold(fact("粮食产量", Measure.VALUE, "2024", "3.68", "亿斤")));
        List<Fact> produced = List.of(
                fact("粮食产量", Measure.VALUE, "2024", "3.68", "亿斤"),
                fact("粮食产量", Measure.VALUE, "2023", "3.68", "亿斤"));

        assertThat(scorer.score(goldFacts, produced).matched()).isEqualTo(2);
    }

    @Test
    void countsOfEntitiesShareAUnitAndJobsMayBeCountedInPeopleOrPlaces() {
        assertThat(BaseUnits.agree(new BigDecimal("3.27"), "万户", new BigDecimal("32700"), "家")).isTrue();
        assertThat(BaseUnits.agree(new BigDecimal("12"), "个", new BigDecimal("12"), "家")).isTrue();
        GoldFact jobs = gold(fact("新增城镇就业", Measure.VALUE, "2023", "3200", "人"));
        assertThat(FactScorer.matches(jobs, fact("新增城镇就业", Measure.VALUE, "2023", "3200", "个"))).isTrue();
        assertThat(FactScorer.matches(jobs, fact("新增城镇就业", Measure.VALUE, "2023", "0.32", "万人次"))).isTrue();
        assertThat(FactScorer.matches(jobs, fact("新增城镇就业", Measure.VALUE, "2023", "3200", "元"))).isFalse();
        GoldFact grain = gold(fact("粮食产量", Measure.VALUE, "2023", "3200", "个"));
        assertThat(FactScorer.matches(grain, fact("粮食产量", Measure.VALUE, "2023", "3200", "人"))).isFalse();
    }

    @Test
    void otherAcceptedRegionsMatch() {
        Fact gdp = fact("地区生产总值", Measure.VALUE, "2023", "58.26", "亿元");
        GoldFact g = new GoldFact(gdp, List.of(), List.of("某区"), false, null);
        Fact inDistrict = new Fact("d", "f.txt", "某区", null, "地区生产总值", Measure.VALUE, Status.ACTUAL, "2023",
                new BigDecimal("58.26"), "亿元", "", Approximation.EXACT, null, "", 0, 0);
        Fact inCity = new Fact("d", "f.txt", "某市", null, "地区生产总值", Measure.VALUE, Status.ACTUAL, "2023",
                new BigDecimal("58.26"), "亿元", "", Approximation.EXACT, null, "", 0, 0);
        assertThat(FactScorer.matches(g, inDistrict)).isTrue();
        assertThat(FactScorer.matches(g, gdp)).isTrue();
        assertThat(FactScorer.matches(g, inCity)).isFalse();
    }

    @Test
    void anUncertainGoldFactCountsWhenFoundAndIsNotHeldAgainstRecallWhenMissed() {
        GoldFact sure = gold(fact("地区生产总值", Measure.VALUE, "2023", "58.26", "亿元"));
        GoldFact unsureFound = new GoldFact(fact("粮食产量", Measure.VALUE, "2023", "3.68", "亿斤"),
                List.of(), List.of(), true, null);
        GoldFact unsureMissed = new GoldFact(fact("粮食产量", Measure.GROWTH, "2023", "2", "%"),
                List.of(), List.of(), true, null);
        List<Fact> produced = List.of(fact("地区生产总值", Measure.VALUE, "2023", "58.26", "亿元"),
                fact("粮食产量", Measure.VALUE, "2023", "3.68", "亿斤"));

        FactScorer.Score score = scorer.score(List.of(sure, unsureFound, unsureMissed), produced);

        assertThat(score.gold()).isEqualTo(2);
        assertThat(score.matched()).isEqualTo(2);
        assertThat(score.recall()).isEqualTo(1.0);
        assertThat(score.misses()).isEmpty();
    }
}
