package org.xianzhi.core.indicator;

import org.xianzhi.core.fact.Measure;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.xianzhi.core.TestDocuments;

class IndicatorTaxonomyTest {
    private static final IndicatorTaxonomy TAXONOMY = IndicatorTaxonomy.standard();

    /** The core indicators as FACTS.md lists them. */
    private static final List<String> CORE = List.of("地区生产总值", "第一产业增加值", "第二产业增加值", "第三产业增加值",
            "规模以上工业增加值", "固定资产投资", "社会消费品零售总额", "一般公共预算收入", "一般公共预算支出", "民生支出",
            "城镇居民人均可支配收入", "农村居民人均可支配收入", "脱贫人口人均纯收入", "市场主体", "招商引资签约资金",
            "新能源装机容量", "粮食产量", "粮食播种面积", "高标准农田", "造林面积", "森林覆盖率", "林草覆盖率",
            "空气质量优良天数", "接待游客", "旅游收入", "新增城镇就业", "专项债券资金", "重点项目投资", "新增规模以上企业");

    private static List<String> names(String text) {
        return TAXONOMY.find(text).stream().map(m -> m.indicator().name()).toList();
    }

    @Test
    void readsANameThatSharesItsHeadWithTheNext() {
        List<IndicatorMention> found = TAXONOMY.find("今年城镇、乡村居民人均可支配收入分别达到3.6万元、1.8万元");
        assertThat(found).extracting(m -> m.indicator().name(), IndicatorMention::alias)
                .containsExactly(tuple("城镇居民人均可支配收入", "城镇"), tuple("农村居民人均可支配收入", "乡村居民人均可支配收入"));
        // a word before a coordinator that makes no other indicator's name is none
        assertThat(names("医疗、乡村居民人均可支配收入")).containsExactly("农村居民人均可支配收入");
    }

    @Test
    void holdsExactlyTheCoreIndicatorsOfFactsMdAsCore() {
        assertThat(TAXONOMY.core().stream().map(Indicator::name)).containsExactlyInAnyOrderElementsOf(CORE);
        assertThat(TAXONOMY.all().size()).isBetween(80, 150);
    }

    @Test
    void agreesWithTheCoreListInFactsMdWhenTheSharedDocsArePresent() throws IOException {
        Optional<Path> facts = TestDocuments.sharedFile("docs/FACTS.md");
        assumeTrue(facts.isPresent(), "no shared/docs/FACTS.md next to the repository");
        String doc = Files.readString(facts.get(), StandardCharsets.UTF_8);
        String section = doc.substring(doc.indexOf("## Core indicators"));
        String list = section.substring(section.indexOf("\n\n") + 2, section.indexOf("\n\nAliases"));
        Set<String> listed = Set.copyOf(Arrays.stream(list.split("[,\\s]+")).filter(s -> !s.isBlank()).toList());
        assertThat(TAXONOMY.core().stream().map(Indicator::name)).containsExactlyInAnyOrderElementsOf(listed);
    }

    @ParameterizedTest
    @CsvSource({
            "GDP, 地区生产总值", "生产总值, 地区生产总值", "规上工业增加值, 规模以上工业增加值", "社零额, 社会消费品零售总额",
            "新增就业, 新增城镇就业", "旅游综合收入, 旅游收入", "游客人数, 接待游客", "接待游客, 接待游客",
            "新能源总装机规模, 新能源装机容量", "新能源备案装机规模, 新能源装机容量", "优良天数, 空气质量优良天数", "空气质量优良率, 空气质量优良天数",
            "营造林, 造林面积", "人工造林, 造林面积",
            // beyond FACTS.md's sample
            "固投, 固定资产投资", "公共财政预算收入, 一般公共预算收入", "农民人均可支配收入, 农村居民人均可支配收入",
            "签约资金, 招商引资签约资金", "专项债, 专项债券资金", "重点项目完成投资, 重点项目投资",
            "新升规企业, 新增规模以上企业", "粮食总产, 粮食产量", "市场主体总量, 市场主体", "经济总量, 地区生产总值"})
    void mapsTheAliasesDocumentsUse(String alias, String canonical) {
        assertThat(TAXONOMY.byAlias(alias).map(Indicator::name)).contains(canonical);
        assertThat(names("全年" + alias + "稳步增长")).containsExactly(canonical);
    }

    @ParameterizedTest
    @CsvSource({
            "全部财政收入, 全部财政收入", "财政总收入, 全部财政收入", "农村集体经济收入, 农村集体经济收入",
            "村集体经济收入, 农村集体经济收入", "人均地区生产总值, 人均地区生产总值", "新增市场主体, 新增市场主体",
            "涉税市场主体占比, 涉税市场主体", "县域就诊率, 县域就诊率", "城镇调查失业率, 城镇调查失业率",
            "第一产业总产值, 农林牧渔业总产值", "工业固定资产投资, 工业投资", "新型农业经营主体, 新型农业经营主体",
            "PM2.5平均浓度, PM2.5平均浓度", "光伏装机规模, 光伏装机容量",
            "一般债券, 一般债券", "中央预算内资金, 中央预算内资金", "衔接资金, 衔接资金", "到位资金, 到位资金",
            "出口总额, 出口总额", "进出口总额, 进出口总额", "税收收入, 税收收入", "城镇化率, 城镇化率",
            "煤矿先进产能占比, 先进产能占比", "地表水优良比例, 地表水优良比例", "生活垃圾无害化处理率, 垃圾无害化处理率",
            "全体居民人均可支配收入, 全体居民人均可支配收入", "农业生产总值, 农林牧渔业总产值"})
    void readsNonCoreIndicatorsAsThemselvesNeverAsACoreOne(String phrase, String canonical) {
        List<IndicatorMention> mentions = TAXONOMY.find(phrase);
        assertThat(mentions).singleElement().satisfies(m -> {
            assertThat(m.indicator().name()).isEqualTo(canonical);
            assertThat(m.indicator().core()).isFalse();
            assertThat(m.start()).isZero();
            assertThat(m.end()).isEqualTo(phrase.length());
        });
    }

    @Test
    void prefersTheLongestAliasAtTheLeftmostPosition() {
        String text = "城镇居民人均可支配收入3.18万元,农村集体经济收入村均达到17.77万元,居民人均可支配收入增长6%";
        List<IndicatorMention> mentions = TAXONOMY.find(text);
        assertThat(mentions.stream().map(m -> text.substring(m.start(), m.end())))
                .containsExactly("城镇居民人均可支配收入", "农村集体经济收入", "居民人均可支配收入");
        assertThat(mentions.stream().map(m -> m.indicator().name()))
                .containsExactly("城镇居民人均可支配收入", "农村集体经济收入", "全体居民人均可支配收入");
    }

    @Test
    void findsEveryIndicatorOfAWorkReportSentenceWithOffsets() {
        String text = "地区生产总值58.26亿元,第三产业增加值33.61亿元,占GDP比重57.69%。固定资产投资26.08亿元,"
                + "规模以上工业增加值增速3.7%,一般公共预算收入2.61亿元,全部财政收入3.9亿元。";
        List<IndicatorMention> mentions = TAXONOMY.find(text);
        assertThat(mentions.stream().map(m -> m.indicator().name())).containsExactly("地区生产总值", "第三产业增加值",
                "地区生产总值", "固定资产投资", "规模以上工业增加值", "一般公共预算收入", "全部财政收入");
        IndicatorMention gdp = mentions.get(2);
        assertThat(text.substring(gdp.start(), gdp.end())).isEqualTo("GDP");
        assertThat(gdp.alias()).isEqualTo("GDP");
    }

    @Test
    void spreadsTheDistributiveIncomeOverUrbanAndRural() {
        String text = "城乡居民人均可支配收入分别达到3.18万元、1.29万元";
        assertThat(TAXONOMY.find(text)).singleElement().satisfies(m -> {
            assertThat(m.indicator().distributive()).isTrue();
            assertThat(m.indicator().core()).isFalse();
            assertThat(m.indicator().parts()).containsExactly("城镇居民人均可支配收入", "农村居民人均可支配收入");
        });
        assertThat(names("城镇、农村居民人均可支配收入分别增长4.3%、9.9%")).containsExactly("城乡居民人均可支配收入");
    }

    @Test
    void givesUnitsDimensionsAndMeasures() {
        Indicator urban = TAXONOMY.byName("城镇居民人均可支配收入").orElseThrow();
        assertThat(urban.unit()).isEqualTo("元");
        assertThat(urban.dimension()).isEqualTo(Dimension.MONEY);
        assertThat(urban.allows(Measure.GROWTH)).isTrue();
        Indicator grain = TAXONOMY.byName("粮食产量").orElseThrow();
        assertThat(grain.unit()).as("kept in the unit as written").isEmpty();
        assertThat(grain.dimension()).isEqualTo(Dimension.MASS);
        Indicator forest = TAXONOMY.byName("森林覆盖率").orElseThrow();
        assertThat(forest.allows(Measure.CHANGE)).isTrue();
        assertThat(forest.allows(Measure.GROWTH)).isFalse();
        assertThat(TAXONOMY.byName("第三产业增加值").orElseThrow().allows(Measure.SHARE)).isTrue();
    }

    @Test
    void rejectsAnAliasNamingTwoIndicators() {
        Indicator a = new Indicator("财政总收入", List.of("财政收入"), "亿元", Dimension.MONEY, Set.of(Measure.VALUE),
                false, List.of());
        Indicator b = new Indicator("一般公共预算收入", List.of("财政收入"), "亿元", Dimension.MONEY,
                Set.of(Measure.VALUE), true, List.of());
        assertThatThrownBy(() -> IndicatorTaxonomy.of(List.of(a, b)))
                .hasMessageContaining("财政收入").hasMessageContaining("财政总收入").hasMessageContaining("一般公共预算收入");
    }

    @Test
    void rejectsADistributiveIndicatorWithAMissingPart() {
        Indicator both = new Indicator("城乡居民人均可支配收入", List.of(), "元", Dimension.MONEY, Set.of(Measure.VALUE),
                false, List.of("城镇居民人均可支配收入", "农村居民人均可支配收入"));
        assertThatThrownBy(() -> IndicatorTaxonomy.of(List.of(both))).hasMessageContaining("not an indicator");
    }

}
