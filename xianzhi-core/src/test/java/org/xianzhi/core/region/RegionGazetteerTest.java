package org.xianzhi.core.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class RegionGazetteerTest {
    private static final RegionGazetteer GAZETTEER = RegionGazetteer.standard();

    private static Region code(String code) {
        return GAZETTEER.byCode(code).orElseThrow();
    }

    @Test
    void holdsEveryDivisionOfThePackageAtThreeLevels() {
        assertThat(GAZETTEER.all()).hasSize(3338);
        assertThat(GAZETTEER.all().stream().filter(r -> r.level() == RegionLevel.PROVINCE)).hasSize(31);
        assertThat(GAZETTEER.all().stream().filter(r -> r.level() == RegionLevel.PREFECTURE)).hasSize(333);
        assertThat(GAZETTEER.all().stream().filter(r -> r.level() == RegionLevel.COUNTY)).hasSize(2974);
    }

    @Test
    void findsARegionByCodeWithItsParent() {
        Region lanxian = code("141127");
        assertThat(lanxian.name()).isEqualTo("岚县");
        assertThat(lanxian.level()).isEqualTo(RegionLevel.COUNTY);
        assertThat(GAZETTEER.parent(lanxian).map(Region::name)).contains("吕梁市");
        assertThat(GAZETTEER.lineage(lanxian).stream().map(Region::name)).containsExactly("岚县", "吕梁市", "山西省");
        assertThat(GAZETTEER.byCode("999999")).isEmpty();
    }

    @Test
    void hangsMunicipalDistrictsAndProvinceAdministeredCountiesUnderTheProvince() {
        assertThat(GAZETTEER.byName("和平区").stream().map(r -> GAZETTEER.parent(r).orElseThrow().name()))
                .containsExactly("天津市", "沈阳市");
        Region jiyuan = GAZETTEER.byName("济源市").get(0);
        assertThat(GAZETTEER.parent(jiyuan).map(Region::name)).contains("河南省");
        assertThat(GAZETTEER.byName("市辖区")).isEmpty();
        assertThat(GAZETTEER.byName("东莞市")).singleElement()
                .satisfies(r -> assertThat(r.level()).isEqualTo(RegionLevel.PREFECTURE));
    }

    @Test
    void listsEveryRegionSharingAName() {
        assertThat(GAZETTEER.byName("鼓楼区").stream().map(Region::code))
                .containsExactly("320106", "320302", "350102", "410204");
        assertThat(GAZETTEER.byName("西和县").stream().map(Region::code)).containsExactly("621225");
        assertThat(GAZETTEER.byName("不存在县")).isEmpty();
    }

    @Test
    void givesTheShortFormsUsedInRunningText() {
        assertThat(shortOf("山西省")).isEqualTo("山西");
        assertThat(shortOf("内蒙古自治区")).isEqualTo("内蒙古");
        assertThat(shortOf("广西壮族自治区")).isEqualTo("广西");
        assertThat(shortOf("吕梁市")).isEqualTo("吕梁");
        assertThat(shortOf("黔东南苗族侗族自治州")).isEqualTo("黔东南");
        assertThat(shortOf("柳林县")).isEqualTo("柳林");
        assertThat(shortOf("三江侗族自治县")).isEqualTo("三江");
        assertThat(shortOf("鄂温克族自治旗")).isEqualTo("鄂温克");
        assertThat(shortOf("神农架林区")).isEqualTo("神农架");
        assertThat(shortOf("万柏林区")).isEqualTo("万柏林");
        // No safe shorter form: the name itself.
        assertThat(shortOf("岚县")).isEqualTo("岚县");
        assertThat(shortOf("土默特左旗")).isEqualTo("土默特左旗");
        assertThat(GAZETTEER.byShortName("吉林").stream().map(Region::name)).containsExactly("吉林省", "吉林市");
    }

    private static String shortOf(String name) {
        return GAZETTEER.byName(name).get(0).shortName();
    }

    @Test
    void findsNamesLeftmostLongestWithTheirForm() {
        String text = "吕梁市柳林县与吕梁各县";
        List<RegionMention> mentions = GAZETTEER.mentions(text);
        assertThat(mentions.stream().map(m -> text.substring(m.start(), m.end()))).containsExactly("吕梁市", "柳林县", "吕梁");
        assertThat(mentions.get(0).shortForm()).isFalse();
        assertThat(mentions.get(2).shortForm()).isTrue();
        assertThat(mentions.get(2).regions()).containsExactly(code("141100"));
    }

    @Test
    void tellsWhetherARegionLiesWithinAnother() {
        assertThat(GAZETTEER.within(code("141127"), code("140000"))).isTrue();
        assertThat(GAZETTEER.within(code("141127"), code("141127"))).isTrue();
        assertThat(GAZETTEER.within(code("141127"), code("140200"))).isFalse();
    }

    @Test
    void rejectsARegionWhoseParentIsMissing() {
        Region orphan = new Region("141127", "岚县", RegionLevel.COUNTY, "141100", "岚县");
        assertThatThrownBy(() -> RegionGazetteer.of(List.of(orphan))).hasMessageContaining("141100");
        assertThatThrownBy(() -> new Region("14112", "岚县", RegionLevel.COUNTY, "141100", "岚县"))
                .hasMessageContaining("6 digits");
    }
}
