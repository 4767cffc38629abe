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
import org.xianzhi.core.quantity.Approximation;

/** One test per binding rule, on sentences written in the style of county work reports and press conferences. */
class StandardFactExtractorTest {
    private static final Normalizer NORMALIZER = Normalizer.standard();
    private static final StandardFactExtractor EXTRACTOR = StandardFactExtractor.standard();

    /** A work report of 某 county in 2024 (so its review is of 2023), with {@code body} under the given heading. */
    private static List<Fact> report(String heading, String body) {
        String text = "2024年某县人民政府工作报告\n——2024年2月26日在临泽县第十八届人民代表大会第四次会议上\n"
                + heading + "\n" + body + "\n";
        return extract(text);
    }

    private static List<Fact> extract(String text) {
        try {
            SourceDocument doc = new DocumentReader().read("test.txt", text.getBytes(StandardCharsets.UTF_8));
            return EXTRACTOR.extract(doc, NORMALIZER.normalize(doc.original()));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static final String REVIEW = "一、2023年工作回顾";
    private static final String PLAN = "二、2024年工作安排";

    @Test
    void bindsAFigureToTheIndicatorBeforeItInItsClause() {
        List<Fact> facts = report(REVIEW, "全县地区生产总值98.62亿元,一般公共预算收入5.38亿元。");
        assertThat(facts).extracting(Fact::region, Fact::indicator, Fact::measure, Fact::status, Fact::period,
                        f -> f.value().toPlainString(), Fact::unit)
                .containsExactly(
                        tuple("临泽县", "地区生产总值", Measure.VALUE, Status.ACTUAL, "2023", "98.62", "亿元"),
                        tuple("临泽县", "一般公共预算收入", Measure.VALUE, Status.ACTUAL, "2023", "5.38", "亿元"));
        assertThat(facts.get(0).regionCode()).isEqualTo("620723");
    }

    @Test
    void readsGrowthShareChangeAndRankFromTheWordsBeforeTheFigure() {
        List<Fact> facts = report(REVIEW, "第三产业增加值41.2亿元,增长6.1%,占GDP比重41.8%,比重提高1.3个百分点,增速全市排名第二。"
                + "固定资产投资下降3.5%。社会消费品零售总额同比负增长1.2%。");
        assertThat(facts).extracting(Fact::indicator, Fact::measure, f -> f.value().toPlainString(), Fact::unit,
                        Fact::scope)
                .containsExactly(
                        tuple("第三产业增加值", Measure.VALUE, "41.2", "亿元", null),
                        tuple("第三产业增加值", Measure.GROWTH, "6.1", "%", null),
                        tuple("第三产业增加值", Measure.SHARE, "41.8", "%", null),
                        tuple("第三产业增加值", Measure.CHANGE, "1.3", "个百分点", null),
                        tuple("第三产业增加值", Measure.RANK, "2", "", "全市"),
                        tuple("固定资产投资", Measure.GROWTH, "-3.5", "%", null),
                        tuple("社会消费品零售总额", Measure.GROWTH, "-1.2", "%", null));
    }

    @Test
    void aGapToABenchmarkIsNoMeasure() {
        List<Fact> facts = report(REVIEW, "地区生产总值增长7.1%,高于全市平均水平1.2个百分点。");
        assertThat(facts).extracting(Fact::measure, f -> f.value().toPlainString())
                .containsExactly(tuple(Measure.GROWTH, "7.1"));
    }

    @Test
    void aMultipleIsGrowthInPercent() {
        List<Fact> facts = report(REVIEW, "招商引资签约资金42.6亿元,同比增长1.5倍。");
        assertThat(facts).extracting(Fact::measure, f -> f.value().toPlainString())
                .containsExactly(tuple(Measure.VALUE, "42.6"), tuple(Measure.GROWTH, "150"));
    }

    @Test
    void spreadsADistributiveListOverTheIndicatorsItNames() {
        List<Fact> facts = report(REVIEW, "城乡居民人均可支配收入分别达到3.46万元、1.52万元,分别增长5.1%、7.8%。");
        assertThat(facts).extracting(Fact::indicator, Fact::measure, f -> f.value().toPlainString(), Fact::unit)
                .containsExactly(
                        tuple("城镇居民人均可支配收入", Measure.VALUE, "34600", "元"),
                        tuple("农村居民人均可支配收入", Measure.VALUE, "15200", "元"),
                        tuple("城镇居民人均可支配收入", Measure.GROWTH, "5.1", "%"),
                        tuple("农村居民人均可支配收入", Measure.GROWTH, "7.8", "%"));
    }

    @Test
    void spreadsAListOverIndicatorsNamedOneByOne() {
        List<Fact> facts = report(REVIEW, "争取专项债券5.4亿元、一般债券0.9亿元,分别增长12%和8%。");
        assertThat(facts).filteredOn(f -> f.measure() == Measure.GROWTH)
                .extracting(Fact::indicator, f -> f.value().toPlainString())
                .containsExactly(tuple("专项债券资金", "12"), tuple("一般债券", "8"));
    }

    @Test
    void givesAListNoIndicatorItDoesNotName() {
        // the incomes are named sharing one head; the GDP of the clause before takes none of their figures
        List<Fact> facts = report(REVIEW, "地区生产总值达到126亿元,城镇、乡村居民人均可支配收入分别达到3.6万元、1.8万元。");
        assertThat(facts).extracting(Fact::indicator, f -> f.value().toPlainString())
                .containsExactly(tuple("地区生产总值", "126"), tuple("城镇居民人均可支配收入", "36000"),
                        tuple("农村居民人均可支配收入", "18000"));
        // an indicator ending the list takes its last figure only; what it follows is no indicator of ours
        List<Fact> air = report(REVIEW, "空气质量综合指数、PM2.5平均浓度分别下降6.1%、9.4%。");
        assertThat(air).extracting(Fact::indicator, f -> f.value().toPlainString())
                .containsExactly(tuple("PM2.5平均浓度", "-9.4"));
    }

    @Test
    void growthSinceTheEndOfAFiveYearPlanIsNoYearsGrowth() {
        List<Fact> facts = report(REVIEW, "地区生产总值完成250亿元,比“十二五”末增长48%;一般公共预算收入比十三五末年均增长6.1%。");
        assertThat(facts).extracting(Fact::indicator, Fact::measure, Fact::period, f -> f.value().toPlainString())
                .containsExactly(tuple("地区生产总值", Measure.VALUE, "2023", "250"),
                        tuple("一般公共预算收入", Measure.GROWTH, "2021-2023", "6.1"));
    }

    @Test
    void profitsAndContributionsAreNoValueAdded() {
        List<Fact> facts = report(REVIEW, "规模以上工业实现利润增长12%,服务业对经济增长的贡献率达到55%。");
        assertThat(facts).extracting(Fact::indicator, Fact::measure, f -> f.value().toPlainString())
                .containsExactly(tuple("利润总额", Measure.GROWTH, "12"), tuple("增长贡献率", Measure.VALUE, "55"));
    }

    @Test
    void aYieldPerMuIsNoGrainOutput() {
        List<Fact> facts = report(REVIEW, "粮食总产达到2.6亿斤,玉米最高亩产达到720公斤。");
        assertThat(facts).extracting(Fact::indicator, f -> f.value().toPlainString(), Fact::unit)
                .containsExactly(tuple("粮食产量", "2.6", "亿斤"), tuple("粮食单产", "720", "公斤"));
    }

    @Test
    void spreadsACompoundOfTwoBalancesAndGoesOnOverItInTheNextClause() {
        List<Fact> facts = report(REVIEW, "金融机构存贷款余额分别达到152亿元、87亿元,同比分别增长8.1%、12.6%,存贷比提高3个百分点。");
        assertThat(facts).extracting(Fact::indicator, Fact::measure, f -> f.value().toPlainString())
                .containsExactly(tuple("金融机构存款余额", Measure.VALUE, "152"), tuple("金融机构贷款余额", Measure.VALUE, "87"),
                        tuple("金融机构存款余额", Measure.GROWTH, "8.1"), tuple("金融机构贷款余额", Measure.GROWTH, "12.6"),
                        tuple("存贷比", Measure.CHANGE, "3"));
    }

    @Test
    void spreadsAListOverTheYearsListedBeforeIt() {
        List<Fact> facts = report(REVIEW, "2022年、2023年空气质量优良天数分别达到305天、318天。");
        assertThat(facts).extracting(Fact::period, f -> f.value().toPlainString())
                .containsExactly(tuple("2022", "305"), tuple("2023", "318"));
    }

    @Test
    void aPlanSectionOrWordsOfIntentMakeTargets() {
        List<Fact> plan = report(PLAN, "主要预期目标是:地区生产总值增长6%,粮食产量稳定在2.1亿斤。");
        assertThat(plan).extracting(Fact::indicator, Fact::status, Fact::period)
                .containsExactly(tuple("地区生产总值", Status.TARGET, "2024"), tuple("粮食产量", Status.TARGET, "2024"));
        List<Fact> intent = report(REVIEW, "全年力争新增城镇就业3200人。");
        assertThat(intent).extracting(Fact::status).containsExactly(Status.TARGET);
    }

    @Test
    void aComparisonWithLastYearNamesNoYear() {
        List<Fact> plan = report(PLAN, "地区生产总值比上年增长6%。");
        assertThat(plan).extracting(Fact::status, Fact::period).containsExactly(tuple(Status.TARGET, "2024"));
        List<Fact> review = report(REVIEW, "我们将招商引资作为一号工程,招商引资签约资金较去年同期增长12%。");
        assertThat(review).extracting(Fact::status, Fact::period).containsExactly(tuple(Status.ACTUAL, "2023"));
    }

    @Test
    void aSecondFigureAfterABoundOneNeedsAWordOfItsOwnMeasure() {
        List<Fact> facts = report(REVIEW, "完成人工造林1.2万亩、封山育林3万亩。");
        assertThat(facts).extracting(Fact::indicator, f -> f.value().toPlainString())
                .containsExactly(tuple("造林面积", "1.2"));
    }

    @Test
    void anIndicatorAfter占IsTheWholeOfAShare() {
        List<Fact> facts = report(REVIEW, "民生支出21.3亿元,占一般公共预算支出的82.5%。");
        assertThat(facts).extracting(Fact::indicator, Fact::measure)
                .containsExactly(tuple("民生支出", Measure.VALUE), tuple("民生支出", Measure.SHARE));
    }

    @Test
    void aClauseThatNamesNoIndicatorContinuesTheTopicOnlyWithAVerbOfItsLevel() {
        List<Fact> facts = report(REVIEW, "农村居民人均可支配收入连续3年较快增长,2023年首次突破1.5万元,新建村级活动场所12个。");
        assertThat(facts).extracting(Fact::indicator, f -> f.value().toPlainString(), Fact::unit, Fact::qualifier)
                .containsExactly(tuple("农村居民人均可支配收入", "15000", "元", Approximation.OVER));
    }

    @Test
    void aFigureBeforeItsIndicatorModifiesIt() {
        List<Fact> facts = report(PLAN, "完成2.3万亩营造林任务。");
        assertThat(facts).extracting(Fact::indicator, f -> f.value().toPlainString(), Fact::status)
                .containsExactly(tuple("造林面积", "2.3", Status.TARGET));
    }

    @Test
    void figuresAboutAScenicSpotOrAVillageAreNotTheCountys() {
        List<Fact> facts = report(REVIEW, "2023年某某湖景区共接待游客12.5万人次,实现旅游收入近900万元。"
                + "全县接待游客420万人次。");
        assertThat(facts).extracting(Fact::indicator, f -> f.value().toPlainString())
                .containsExactly(tuple("接待游客", "420"));
    }

    @Test
    void aFigureAboutTheCityIsTheCitys() {
        List<Fact> facts = extract("2024年3月1日\n柳林县新闻发布会\n全县地区生产总值312亿元。吕梁市地区生产总值2100亿元。\n");
        assertThat(facts).extracting(Fact::region, f -> f.value().toPlainString())
                .containsExactly(tuple("柳林县", "312"), tuple("吕梁市", "2100"));
    }

    @Test
    void periodsComeFromWrittenYearsRangesAndWordsRelativeToTheDocumentDate() {
        List<Fact> facts = extract("2025年01月08日\n某县新闻发布会\n近三年,累计完成营造林21.4万亩。"
                + "2021年至2024年共建成高标准农田8.6万亩。去年粮食产量2.4亿斤。从2021年的7.1亿元增长到2024年的9.8亿元,"
                + "一般公共预算收入稳步增长。\n");
        assertThat(facts).extracting(Fact::indicator, Fact::period)
                .contains(tuple("造林面积", "2022-2024"), tuple("高标准农田", "2021-2024"), tuple("粮食产量", "2024"));
    }

    @Test
    void aTurnOpeningWithLastYearSetsThePeriodOfWhatFollows() {
        List<Fact> facts = extract("某县县委书记接受专访\n记者:去年以来,某县做了哪些工作?\n"
                + "书记:去年以来,全县上下奋力拼搏。\n一是经济稳步增长。全年接待游客260万人次,旅游综合收入15.2亿元。\n"
                + "2024年工作中,我们将继续努力。\n");
        assertThat(facts).extracting(Fact::indicator, Fact::period)
                .containsExactly(tuple("接待游客", "2023"), tuple("旅游收入", "2023"));
    }

    @Test
    void anAmountNamedAsAnAdditionIsAChangeOfTheLevel() {
        List<Fact> facts = report(PLAN, "力争年内新增新能源装机40万千瓦,总装机突破210万千瓦。");
        assertThat(facts).extracting(Fact::indicator, Fact::measure, f -> f.value().toPlainString())
                .containsExactly(tuple("新能源装机容量", Measure.CHANGE, "40"), tuple("新能源装机容量", Measure.VALUE, "210"));
    }

    @Test
    void regressionAFigureThatBindsNowhereDoesNotBlockTheNextOne() {
        // 连续四年 is a number of years, not GDP; it once stood between GDP and its figure as a "first figure".
        List<Fact> facts = report(REVIEW, "全县地区生产总值连续四年保持在260亿元以上,全市排名第三。");
        assertThat(facts).extracting(Fact::measure, f -> f.value().toPlainString(), Fact::period)
                .containsExactly(tuple(Measure.VALUE, "260", "2020-2023"), tuple(Measure.RANK, "3", "2020-2023"));
    }

    @Test
    void regressionTheRateOfGoodAirDaysIsTheirShare() {
        List<Fact> facts = report(REVIEW, "空气质量优良天数达到320天,同比增加6天,优良率达87.7%。");
        assertThat(facts).extracting(Fact::indicator, Fact::measure, f -> f.value().toPlainString(), Fact::unit)
                .containsExactly(tuple("空气质量优良天数", Measure.VALUE, "320", "天"),
                        tuple("空气质量优良天数", Measure.CHANGE, "6", "天"),
                        tuple("空气质量优良天数", Measure.SHARE, "87.7", "%"));
    }

    @Test
    void regressionTheFirstIndustryIsNoRank() {
        List<Fact> facts = report(REVIEW, "全县第一产业增加值21.3亿元。");
        assertThat(facts).extracting(Fact::indicator, Fact::measure)
                .containsExactly(tuple("第一产业增加值", Measure.VALUE));
    }

    @Test
    void aStatisticalBulletinReportsTheYearItsTitleNames() {
        List<Fact> facts = extract("某县2023年国民经济和社会发展统计公报\n某县统计局\n2024年4月18日\n"
                + "初步核算,全县地区生产总值76.5亿元,比上年增长5.2%。\n");
        assertThat(facts).extracting(Fact::period).containsExactly("2023", "2023");
    }

    @Test
    void aYearAfterTheDocumentsIsAimedAtAndAYearBeforeItIsARestatedResult() {
        List<Fact> facts = report(PLAN, "到2025年,地区生产总值达到120亿元。2023年全县粮食产量2.2亿斤。");
        assertThat(facts).extracting(Fact::indicator, Fact::status, Fact::period)
                .containsExactly(tuple("地区生产总值", Status.TARGET, "2025"), tuple("粮食产量", Status.ACTUAL, "2023"));
    }

    @Test
    void spreadsTheThreeIndustriesOverTheirOwnIndicators() {
        List<Fact> facts = report(REVIEW, "第一、二、三产业增加值分别为21.3亿元、68.5亿元、95.8亿元。");
        assertThat(facts).extracting(Fact::indicator, f -> f.value().toPlainString())
                .containsExactly(tuple("第一产业增加值", "21.3"), tuple("第二产业增加值", "68.5"), tuple("第三产业增加值", "95.8"));
    }

    @Test
    void regressionACountyWhoseNameHoldsAPartNounIsNoPart() {
        List<Fact> facts = extract("2024年2月1日\n宁乡市政府工作报告\n一、2023年工作回顾\n宁乡市地区生产总值1452亿元。\n");
        assertThat(facts).extracting(Fact::region, Fact::indicator).containsExactly(tuple("宁乡市", "地区生产总值"));
    }

    @Test
    void aWordOfTheTotalAfterAnAdditionIsTheTotalsFigure() {
        List<Fact> facts = report(REVIEW, "全年新增市场主体2100户,总量达到15600户。");
        assertThat(facts).extracting(Fact::indicator, f -> f.value().toPlainString())
                .containsExactly(tuple("新增市场主体", "2100"), tuple("市场主体", "15600"));
    }

    @Test
    void aSiblingWhoseSharedHeadIsLeftOutTakesAFigureOfItsKind() {
        List<Fact> facts = report(PLAN, "粮食播种面积稳定在42万亩、产量达到2.6亿斤以上。");
        assertThat(facts).extracting(Fact::indicator, f -> f.value().toPlainString(), Fact::unit)
                .containsExactly(tuple("粮食播种面积", "42", "万亩"), tuple("粮食产量", "2.6", "亿斤"));
    }

    @Test
    void aListOpenedBy新增AddsToEveryItem() {
        List<Fact> facts = report(PLAN, "力争全年新增规上企业3户、市场主体2500户以上。");
        assertThat(facts).extracting(Fact::indicator, Fact::measure, f -> f.value().toPlainString())
                .containsExactly(tuple("新增规模以上企业", Measure.VALUE, "3"), tuple("新增市场主体", Measure.VALUE, "2500"));
    }

    @Test
    void aRankWithinANamedCityIsTheCountysRankInThatCity() {
        List<Fact> facts = extract("2024年2月5日\n孝义市委书记接受专访\n2023年,全市地区生产总值726.8亿元,总量位居吕梁市第一。\n");
        assertThat(facts).extracting(Fact::region, Fact::measure, f -> f.value().toPlainString(), Fact::scope)
                .containsExactly(tuple("孝义市", Measure.VALUE, "726.8", null), tuple("孝义市", Measure.RANK, "1", "全市"));
    }

    @Test
    void aRepeatedFigureIsReportedOnce() {
        List<Fact> facts = report(REVIEW, "地区生产总值98.62亿元。会上再次说明,地区生产总值98.62亿元。");
        assertThat(facts).hasSize(1);
    }

    @Test
    void aDocumentWithoutADateGivesNoFacts() {
        assertThat(extract("某县简介\n地区生产总值98.62亿元。\n")).isEmpty();
    }

    @Test
    void everyFactPointsAtTheOriginalTextOfItsFigure() {
        String text = "2024年2月26日\n臨澤縣政府工作報告\n一、2023年工作回顧\n地區(qū)生產(chǎn)總值98.62億元,增長(zhǎng)7.4%。\n";
        List<Fact> facts = extract(text);
        assertThat(facts).hasSize(2);
        for (Fact fact : facts) {
            String evidence = text.substring(fact.start(), fact.end());
            assertThat(evidence).startsWith("地區").contains(fact.measure() == Measure.VALUE ? "98.62億元" : "7.4%");
            assertThat(fact.text()).isEqualTo("地區(qū)生產(chǎn)總值98.62億元,增長(zhǎng)7.4%");
        }
        assertThat(facts.get(0).asWritten()).isEqualTo("98.62亿元");
    }
}
