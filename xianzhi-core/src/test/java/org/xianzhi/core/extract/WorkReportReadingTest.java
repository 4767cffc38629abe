package org.xianzhi.core.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.xianzhi.core.fact.Fact;
import org.xianzhi.core.fact.Measure;
import org.xianzhi.core.fact.Status;
import org.xianzhi.core.ingest.DocumentReader;
import org.xianzhi.core.ingest.SourceDocument;
import org.xianzhi.core.normalize.Normalizer;

/**
 * The rules that read real work reports, one test each, on short reports written here in their style: web-page
 * chrome above the report, the delivery line, review and plan sections, five-year reviews and plans, older names.
 */
class WorkReportReadingTest {
    private static final Normalizer NORMALIZER = Normalizer.standard();
    private static final StandardFactExtractor EXTRACTOR = StandardFactExtractor.standard();

    /** A 2022 report of 阜平县 as a county website reposted it in 2023, with the sections given. */
    private static List<Fact> report(String... sections) {
        String text = "工作报告\n2022年阜平县政府工作报告\n时间:2023-01-24    作者:县域网    来源:政府官网    阅读:\n512\n"
                + "政府工作报告——2022年1月27日在阜平县第十八届人民代表大会第二次会议上\n阜平县人民政府县长 王某某\n"
                + "各位代表:\n现在,我代表县人民政府向大会报告工作,请予审议。\n" + String.join("\n", sections) + "\n";
        return extract(text);
    }

    private static List<Fact> extract(String text) {
        try {
            SourceDocument doc = new DocumentReader().read("report.txt", text.getBytes(StandardCharsets.UTF_8));
            return EXTRACTOR.extract(doc, NORMALIZER.normalize(doc.original()));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static final String REVIEW = "一、2021年工作回顾";
    private static final String PLAN = "二、2022年发展思路和工作重点";

    @Test
    void aReportReviewsTheYearBeforeItsDeliveryAndItsPreliminaryFiguresAreResults() {
        List<Fact> facts = report(REVIEW, "预计全县生产总值完成55亿元,增长6%;固定资产投资完成78.3亿元。",
                PLAN, "今年经济社会发展的主要预期目标是:生产总值增长6.5%,建设高标准农田2万亩。");
        assertThat(facts).extracting(Fact::indicator, Fact::measure, Fact::status, Fact::period)
                .containsExactly(
                        tuple("地区生产总值", Measure.VALUE, Status.ACTUAL, "2021"),
                        tuple("地区生产总值", Measure.GROWTH, Status.ACTUAL, "2021"),
                        tuple("固定资产投资", Measure.VALUE, Status.ACTUAL, "2021"),
                        tuple("地区生产总值", Measure.GROWTH, Status.TARGET, "2022"),
                        tuple("高标准农田", Measure.VALUE, Status.TARGET, "2022"));
    }

    @Test
    void aDistributiveNameWithOneFigureGivesItToEachPartAndASecondListGoesOnOverThem() {
        List<Fact> facts = report(REVIEW, "城乡居民人均可支配收入分别完成25600元、12100元,增长9%、11%。",
                PLAN, "城镇和农村居民人均可支配收入均增长8%左右。");
        assertThat(facts).extracting(Fact::indicator, Fact::measure, Fact::status, f -> f.value().toPlainString())
                .containsExactly(
                        tuple("城镇居民人均可支配收入", Measure.VALUE, Status.ACTUAL, "25600"),
                        tuple("农村居民人均可支配收入", Measure.VALUE, Status.ACTUAL, "12100"),
                        tuple("城镇居民人均可支配收入", Measure.GROWTH, Status.ACTUAL, "9"),
                        tuple("农村居民人均可支配收入", Measure.GROWTH, Status.ACTUAL, "11"),
                        tuple("城镇居民人均可支配收入", Measure.GROWTH, Status.TARGET, "8"),
                        tuple("农村居民人均可支配收入", Measure.GROWTH, Status.TARGET, "8"));
    }

    @Test
    void theTotalOfSignedProjectsIsSignedFundsAndKeyProjectsCarryTheirInvestment() {
        List<Fact> facts = report(REVIEW, "全年招商引资项目30个,总投资120亿元,其中签约项目18个、总投资86.5亿元;"
                + "落地项目9个、总投资31亿元。列入市以上重点项目22个,完成投资41.6亿元。");
        assertThat(facts).extracting(Fact::indicator, f -> f.value().toPlainString())
                .contains(tuple("招商引资签约资金", "86.5"), tuple("重点项目投资", "41.6"))
                .doesNotContain(tuple("招商引资签约资金", "31"), tuple("招商引资签约资金", "120"));
    }

    @Test
    void aFiveYearReviewComparesWithItsBaseYearAndAveragesOverTheYearsSince() {
        List<Fact> facts = report("一、过去五年工作回顾",
                "2021年,全县生产总值完成55亿元,比2016年增长31.5%,年均增长5.6%。"
                + "粮食总产量由2016年的3.1亿斤增加到3.6亿斤。森林覆盖率提高到50.2%。");
        assertThat(facts).extracting(Fact::indicator, Fact::measure, Fact::period, f -> f.value().toPlainString())
                .containsExactly(
                        tuple("地区生产总值", Measure.VALUE, "2021", "55"),
                        tuple("地区生产总值", Measure.GROWTH, "2017-2021", "5.6"),
                        tuple("粮食产量", Measure.VALUE, "2016", "3.1"),
                        tuple("粮食产量", Measure.VALUE, "2021", "3.6"),
                        tuple("森林覆盖率", Measure.VALUE, "2021", "50.2"));
    }

    @Test
    void aFiveYearPlanAimsAtItsLastYearForLevelsAndOverItsYearsForAverages() {
        List<Fact> facts = report(REVIEW, "全县生产总值完成55亿元。", "二、今后五年的奋斗目标",
                "今后五年发展目标是:全县生产总值突破90亿元,年均增长7%,累计完成固定资产投资400亿元。");
        assertThat(facts).extracting(Fact::indicator, Fact::measure, Fact::status, Fact::period)
                .contains(tuple("地区生产总值", Measure.VALUE, Status.TARGET, "2026"),
                        tuple("地区生产总值", Measure.GROWTH, Status.TARGET, "2022-2026"),
                        tuple("固定资产投资", Measure.VALUE, Status.TARGET, "2022-2026"));
    }

    @Test
    void olderNamesAndLookalikesAreTheirOwnIndicators() {
        List<Fact> facts = report(REVIEW, "地方一般预算收入完成2.16亿元,全部财政收入完成3.25亿元,农民人均纯收入达到5200元,"
                + "万元生产总值综合能耗下降3.7%,服务业增加值增长8%。");
        assertThat(facts).extracting(Fact::indicator, Fact::measure)
                .containsExactly(
                        tuple("一般公共预算收入", Measure.VALUE),
                        tuple("全部财政收入", Measure.VALUE),
                        tuple("农民人均纯收入", Measure.VALUE),
                        tuple("单位地区生产总值能耗", Measure.GROWTH),
                        tuple("第三产业增加值", Measure.GROWTH));
    }

    @Test
    void aTotalListedAfterAnAdditionIsTheLevelAndAThresholdIsNoAmount() {
        List<Fact> facts = report(REVIEW, "全年净增市场主体3000家、达到3.3万家。共实施投资500万元以上的重点项目150个。");
        assertThat(facts).extracting(Fact::indicator, f -> f.value().toPlainString())
                .containsExactly(tuple("新增市场主体", "3000"), tuple("市场主体", "33000"));
    }

    @Test
    void aProvincesReportIsTheProvincesAndOtherRegionsFiguresAreNotItsFacts() {
        String text = "标题:2024年山西省政府工作报告\n发文单位:山西省人民政府\n正文:\n一、2023年工作回顾\n"
                + "过去一年,全省地区生产总值增长5%,全省粮食产量达到292亿斤。太原市地区生产总值增长6%。"
                + "我省一般公共预算收入增长4%,全省接待游客增长20%,全省新增城镇就业46万人,资源型经济转型加快。\n"
                + "二、2024年目标任务\n全省地区生产总值增长5%左右。\n";
        List<Fact> facts = extract(text);
        assertThat(facts).extracting(Fact::region).containsOnly("山西省");
        assertThat(facts).extracting(Fact::indicator, Fact::status, Fact::period)
                .contains(tuple("地区生产总值", Status.ACTUAL, "2023"), tuple("地区生产总值", Status.TARGET, "2024"))
                .doesNotContain(tuple("地区生产总值", Status.ACTUAL, "2024"));
        assertThat(facts).filteredOn(f -> f.indicator().equals("地区生产总值") && f.status() == Status.ACTUAL)
                .extracting(f -> f.value().toPlainString()).containsExactly("5");
    }

    @Test
    void aParagraphOpeningWithATimeSetsItForThatParagraphOnly() {
        List<Fact> facts = report(REVIEW, "今年以来,全县新增城镇就业600人。",
                "面对今年初的疫情,我们坚持防控和发展两手抓。", "全年生产总值增长6%,一般公共预算收入增长5%。");
        assertThat(facts).extracting(Fact::indicator, Fact::period)
                .containsExactly(tuple("新增城镇就业", "2022"), tuple("地区生产总值", "2021"),
                        tuple("一般公共预算收入", "2021"));
    }

    @Test
    void aStreakOfYearsTellsOfItsOwnPartOfTheSentence() {
        List<Fact> facts = report(REVIEW, "农业连续11年丰收,粮食总产52万吨;固定资产投资增长9.6%。");
        assertThat(facts).extracting(Fact::indicator, Fact::period)
                .containsExactly(tuple("粮食产量", "2021"), tuple("固定资产投资", "2021"));
    }

    @Test
    void aTimeOpeningAClauseFramesTheRestOfTheSentenceAndOneInsideAPartOnlyThatPart() {
        List<Fact> facts = report(REVIEW, "全县生产总值完成55亿元。", "二、今后五年的奋斗目标",
                "奋斗目标是:到2026年,全县生产总值达到90亿元;一般公共预算收入年均增长8%,达到5亿元。");
        assertThat(facts).extracting(Fact::indicator, Fact::measure, Fact::period)
                .contains(tuple("地区生产总值", Measure.VALUE, "2026"), tuple("一般公共预算收入", Measure.VALUE, "2026"));
        List<Fact> review = report(REVIEW, "金融机构存款余额达到305.9亿元,是“十二五”末的1.7倍;"
                + "城镇居民人均可支配收入达到29705元。");
        assertThat(review).extracting(Fact::indicator, Fact::period).contains(tuple("城镇居民人均可支配收入", "2021"));
    }
}
