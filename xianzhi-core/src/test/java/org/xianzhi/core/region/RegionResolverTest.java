package org.xianzhi.core.region;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class RegionResolverTest {
    private static final RegionGazetteer GAZETTEER = RegionGazetteer.standard();
    private static final RegionResolver RESOLVER = new RegionResolver(GAZETTEER);

    private static Optional<String> codeOf(String text) {
        return RESOLVER.resolve(text).map(Region::code);
    }

    private static Region region(String code) {
        return GAZETTEER.byCode(code).orElseThrow();
    }

    @Test
    void resolvesACountyNamedInTheHeadline() {
        assertThat(codeOf("岚县\n县委书记接受专访,谈岚县马铃薯产业发展。")).contains("141127");
        assertThat(codeOf("市人大常委会副主任、蒲县县委书记就落实市两会精神接受采访。")).contains("141033");
        assertThat(codeOf("(山西省)2024年大同市浑源县人民政府政府工作报告\n各位代表:现在我代表县人民政府报告工作。"))
                .contains("140225");
    }

    @Test
    void resolvesACountyNamedMostInTheBodyOverNeighboursNamedOnce() {
        String text = "陇南市融媒体中心主任对话西和县委书记\n去年以来,西和县项目建设提速推进,礼县雷王片区供水工程加快,"
                + "西和县半夏产业提质增效,西和县接待游客390多万人次。";
        assertThat(codeOf(text)).contains("621225");
    }

    @Test
    void settlesASharedNameByTheCityOrProvinceTheTextNames() {
        assertThat(codeOf("和平区召开经济工作会议。沈阳市委常委出席,和平区全年地区生产总值增长5%。")).contains("210102");
        assertThat(codeOf("天津市和平区召开经济工作会议,和平区全年地区生产总值增长5%。")).contains("120101");
        assertThat(codeOf("和平区召开经济工作会议,和平区全年地区生产总值增长5%。")).isEmpty();
    }

    @Test
    void acceptsABareShortFormOnlyWhenTheFullNameOrAnAncestorIsAlsoNamed() {
        assertThat(codeOf("柳林\n稳增长 扩投资 促发展\n在吕梁市组织的新闻发布会上,柳林有关负责人介绍情况。")).contains("141125");
        assertThat(codeOf("柳林\n夜幕下柳林县城一角。")).contains("141125");
        assertThat(codeOf("柳林深处有一座小村庄,柳林边上是河。")).isEmpty();
    }

    @Test
    void ignoresCountyNamesThatAreAccidentsOfTheText() {
        // 现代县域 holds 代县, 提高县级 holds 高县, 建成县城 holds 成县; none of them is named.
        assertThat(codeOf("推进现代县域经济,提高县级统筹能力,建成县城污水处理厂。")).isEmpty();
        // 城区 counts only after its city.
        assertThat(codeOf("中心城区改造提速,主城区绿化提升。")).isEmpty();
        assertThat(codeOf("阳泉市城区政府工作报告\n城区全年地区生产总值增长5%。")).contains("140302");
    }

    @Test
    void resolvesTheCityForTheCitysOwnReport() {
        String text = "吕梁市人民政府工作报告\n过去一年,吕梁市地区生产总值增长5%,吕梁市一般公共预算收入增长3%,"
                + "吕梁市新能源装机容量突破千万千瓦,离石区城市更新加快。";
        assertThat(codeOf(text)).contains("141100");
    }

    @Test
    void aProvincesReportIsTheProvincesWhateverCitiesAndWordsItNames() {
        // 河北 is also the short form of 天津's 河北区, 资源 of a county in 广西; the report speaks as 全省.
        String text = "标题:某年山西省政府工作报告\n各位代表:过去一年,全省经济稳中有进,全省生产总值增长5%。"
                + "太原市、大同市、吕梁市协同发展,山西资源型经济转型加快,我省能源革命综合改革试点深入推进,"
                + "全省一般公共预算收入增长4%,县域经济活力增强,全省粮食产量稳定,全省接待游客增长。";
        assertThat(codeOf(text)).contains("140000");
    }

    @Test
    void aDocumentSpeakingAsACityIsACityOrACountyLevelCity() {
        String prefecture = "吕梁市政府工作报告\n全市生产总值增长5%,我市新能源装机突破千万千瓦,离石区、柳林县、孝义市项目加快,"
                + "全市粮食产量稳定,全市一般公共预算收入增长3%。吕梁市城市更新加快,全市接待游客增长,吕梁市文旅融合发展。";
        assertThat(codeOf(prefecture)).contains("141100");
        String countyLevelCity = "孝义市政府工作报告\n全市生产总值增长5%,我市煤炭产量稳定,吕梁市下达的任务全面完成,"
                + "全市一般公共预算收入增长3%,全市粮食产量稳定,孝义市城区改造加快,全市接待游客增长,孝义市文旅融合发展。";
        assertThat(codeOf(countyLevelCity)).contains("141181");
    }

    @Test
    void aReportFromBeforeACountyBecameADistrictIsTheDistricts() {
        // 清苑县 has been 清苑区 since 2015; its older reports say 全县 and 清苑县.
        String text = "清苑县政府工作报告\n各位代表:过去一年,全县生产总值增长9%,全县财政收入增长12%,清苑县农业产业化加快,"
                + "全县粮食产量稳定,全县接待游客增长,全县新增城镇就业3000人。";
        assertThat(codeOf(text)).contains("130608");
        assertThat(GAZETTEER.mentions("清苑县").get(0).shortForm()).isFalse();
        // A name a region carries today is never another's former name: 和县 is 和县.
        assertThat(GAZETTEER.mentions("和县").get(0).regions()).extracting(Region::name).containsExactly("和县");
    }

    @Test
    void comparisonsWithTheProvinceDoNotMakeACityReportTheProvinces() {
        String text = "保定市政府工作报告\n地区生产总值增长6%、全省第二,研发投入连续11年全省前列,成为全省唯一试点,"
                + "实现全省零的突破,全省33年来首次,保定市城市更新加快,保定市接待游客增长,全市粮食产量稳定。";
        assertThat(codeOf(text)).contains("130600");
    }

    @Test
    void findsNothingInTextWithoutRegions() {
        assertThat(codeOf("")).isEmpty();
        assertThat(codeOf("地区生产总值增长5.5%,固定资产投资增长12%。")).isEmpty();
    }

    @Test
    void readsTheCountyAsTheScopeOfAFigureWithNoOtherScopeBeforeIt() {
        Region liulin = region("141125");
        String text = "全县地区生产总值连续四年保持在300亿元以上";
        assertThat(RESOLVER.scopeAt(liulin, text, 0, text.indexOf("300")))
                .isEqualTo(new RegionScope(RegionScope.Kind.OWN, liulin));
        String plain = "一般公共预算收入总量保持在30亿元以上";
        assertThat(RESOLVER.scopeAt(liulin, plain, 0, plain.indexOf("30亿")).isOwn()).isTrue();
    }

    @Test
    void readsTheCityProvinceOrNationAsTheScopeWhenTheClauseNamesThem() {
        Region liulin = region("141125");
        assertThat(scope(liulin, "全市地区生产总值增长5%", "5%"))
                .isEqualTo(new RegionScope(RegionScope.Kind.ENCLOSING, region("141100")));
        assertThat(scope(liulin, "吕梁市接待游客2000万人次", "2000"))
                .isEqualTo(new RegionScope(RegionScope.Kind.ENCLOSING, region("141100")));
        assertThat(scope(liulin, "全省粮食产量达到300亿斤", "300"))
                .isEqualTo(new RegionScope(RegionScope.Kind.ENCLOSING, region("140000")));
        assertThat(scope(liulin, "全国居民人均可支配收入增长6.3%", "6.3"))
                .isEqualTo(new RegionScope(RegionScope.Kind.NATION, null));
        assertThat(scope(liulin, "离石区地区生产总值增长4%", "4%"))
                .isEqualTo(new RegionScope(RegionScope.Kind.OTHER, region("141102")));
    }

    @Test
    void takesTheScopeNearestBeforeTheFigure() {
        Region liulin = region("141125");
        assertThat(scope(liulin, "全市经济稳中向好,柳林县地区生产总值增长5%", "5%").isOwn()).isTrue();
        assertThat(scope(liulin, "全县经济稳中向好,全市地区生产总值增长5%", "5%").region()).isEqualTo(region("141100"));
    }

    @Test
    void doesNotTakeARankingOrComparisonForTheFiguresRegion() {
        Region hunyuan = region("140225");
        assertThat(scope(hunyuan, "一般公共预算收入2.61亿元,增速全市排名第一", "第一").isOwn()).isTrue();
        assertThat(scope(hunyuan, "粮食产量占全市的三成,达到3.68亿斤", "3.68").isOwn()).isTrue();
        assertThat(scope(hunyuan, "收入增速高于全省平均水平2个百分点", "2个").isOwn()).isTrue();
        assertThat(scope(hunyuan, "健全市场主体培育机制,市场主体达到17687户", "17687").isOwn()).isTrue();
    }

    @Test
    void readsCityWordsAsOwnForACountyLevelCityAndDistrictWordsByRegionType() {
        Region xiaoyi = region("141181");
        assertThat(scope(xiaoyi, "全市地区生产总值增长5%", "5%").isOwn()).isTrue();
        assertThat(scope(region("141002"), "全区地区生产总值增长5%", "5%").isOwn()).isTrue();
        Region sanjiang = region("450226");
        assertThat(scope(sanjiang, "居民收入增速全区第一,全区粮食产量增长2%", "2%"))
                .isEqualTo(new RegionScope(RegionScope.Kind.ENCLOSING, region("450000")));
    }

    private static RegionScope scope(Region own, String clause, String figure) {
        return RESOLVER.scopeAt(own, clause, 0, clause.indexOf(figure));
    }
}
