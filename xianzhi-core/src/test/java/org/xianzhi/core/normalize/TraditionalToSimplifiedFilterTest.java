package org.xianzhi.core.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.CsvSource;
import org.xianzhi.core.text.MappedText;
import org.xianzhi.core.text.Span;

class TraditionalToSimplifiedFilterTest {
    private final TraditionalToSimplifiedFilter filter = new TraditionalToSimplifiedFilter();

    private String convert(String text) {
        return filter.apply(text).text();
    }

    @ParameterizedTest
    @CsvSource({
            "嵐縣縣長介紹發展情況, 岚县县长介绍发展情况",
            "鄉鎮産業和產業規模以上, 乡镇产业和产业规模以上",
            "鐵路糧食畝萬億, 铁路粮食亩万亿",
            "臺灣平臺舞臺檯面, 台湾平台舞台台面",
            "裏面這裡範圍合併甦醒, 里面这里范围合并苏醒",
            "嶗山鑄造銜接日曆歷史, 崂山铸造衔接日历历史",
            "週末恢復複雜蒐集瞭解, 周末恢复复杂搜集了解",
            "縣醫院和鄉鎮衛生院, 县医院和乡镇卫生院",
            "麵粉後來於是一隻什麼, 面粉后来于是一只什么",
            "乾淨乾旱乾燥餅乾, 干净干旱干燥饼干",
            "幹部頭髮鬱金香, 干部头发郁金香",
    })
    void convertsCountyDocumentVocabulary(String traditional, String simplified) {
        assertThat(convert(traditional)).isEqualTo(simplified);
    }

    /** Our own cases of the kinds the reference converter tests (t2s-cases.tsv; {@code ./xianzhi bench t2s}). */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvFileSource(resources = "t2s-cases.tsv", delimiter = '\t', numLinesToSkip = 5)
    void convertsTheCasesOfTheReferenceConvertersKinds(String kind, String traditional, String simplified) {
        assertThat(convert(traditional)).isEqualTo(simplified);
    }

    @Test
    void keepsTheNamesThatAreWrittenWithQian() {
        assertThat(convert("乾隆年間在乾縣修建，乾坤未定，乾安縣")).isEqualTo("乾隆年间在乾县修建，乾坤未定，乾安县");
    }

    @Test
    void readsZheAfterVerbsButKeepsZhuInWordsAboutFameAndWriting() {
        assertThat(convert("標志著蒲縣邁出新步伐，隨著發展，有著名的景區和著作，效果顯著，著力推進"))
                .isEqualTo("标志着蒲县迈出新步伐，随着发展，有著名的景区和著作，效果显著，着力推进");
    }

    @Test
    void keepsGarlicSproutsWrittenWithTai() {
        assertThat(convert("蒜薹種植")).isEqualTo("蒜薹种植");
    }

    @Test
    void leavesCleanSimplifiedTextUnchanged() {
        String simplified = "乾隆年间乾县著名景区标志着发展,于是干部只有里面面粉后来么。"
                + "全县地区生产总值58.26亿元,规模以上工业增加值增长3.7%,着力推进蒜薹种植,显著提升。";
        assertThat(filter.apply(simplified).isUnchanged()).isTrue();
    }

    @Test
    void mapsEveryCharacterToTheOneItCameFrom() {
        String original = "今年縣政府發展糧食產業";
        MappedText out = MappedText.of(original).then(filter);

        assertThat(out.text()).isEqualTo("今年县政府发展粮食产业");
        for (int i = 0; i < out.length(); i++) {
            assertThat(out.toOriginal(i, i + 1)).isEqualTo(new Span(i, i + 1));
        }
    }

    @Test
    void mapsBothHalvesOfASupplementaryResultToTheCharacterItReplaced() {
        MappedText out = MappedText.of("甲㗲乙").then(filter);

        assertThat(out.text()).isEqualTo("甲\uD843\uDD7E乙");
        assertThat(out.toOriginal(1, 3)).isEqualTo(new Span(1, 2));
        assertThat(out.toOriginal(3, 4)).isEqualTo(new Span(2, 3));
    }
}
