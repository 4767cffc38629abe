package org.xianzhi.core.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.xianzhi.core.text.MappedText;
import org.xianzhi.core.text.Rewrite;

class PinyinGlossFilterTest {
    private final PinyinGlossFilter filter = new PinyinGlossFilter();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "全縣經濟社會發(fā)展穩中有進|全縣經濟社會發展穩中有進",
        "召開縣委常委會(huì)議研究部署|召開縣委常委會議研究部署",
        "副縣長(zhǎng)王明主持會議|副縣長王明主持會議",
        "打造獨(dú)特的文旅品牌|打造獨特的文旅品牌",
        "做好政策銜接(xián jiē)工作|做好政策銜接工作",
        "推動產業發(fa1)展|推動產業發展",
        "推動產業發(fa)展|推動產業發展",
        "推動產業發（fā）展|推動產業發展",
        "綠(lǜ)色發展與綠(lv4)色生活|綠色發展與綠色生活",
        "縣(xiàn)長(zhǎng)|縣長"})
    void removesGlossOnlyWhenItIsAReadingOfThePrecedingCharacter(String input, String expected) {
        assertThat(filter.apply(input).text()).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "第一部分(一)總體要求",
        "政府工作報告(2023)全文",
        "在首都(北京)召開",
        "大同市(山西省)渾源縣",
        "地區生產總值(GDP)增長6%",
        "管理辦法(試行)印發實施",
        "發展(fā)與(fa)不是讀音時保留: 好(fā)",
        "說明(見附件)",
        "(fā)開頭沒有前字",
        "發(fā 未閉合",
        "發(zzzzzzzzzz)過長"})
    void keepsParenthesesThatAreNotAGlossOfThePrecedingCharacter(String input) {
        assertThat(filter.apply(input).text()).isEqualTo(input);
    }

    @Test
    void leavesTextWithoutParenthesesUnchanged() {
        Rewrite rewrite = filter.apply("全縣經濟社會發展穩中有進，是否完成了目標?");
        assertThat(rewrite.isUnchanged()).isTrue();
    }

    @Test
    void mapsTheTextAfterARemovedGlossBackToItsOriginalPlace() {
        String original = "發(fā)展改革";
        MappedText mapped = MappedText.of(original).then(filter);
        assertThat(mapped.text()).isEqualTo("發展改革");
        assertThat(mapped.originalStart(1)).isEqualTo(original.indexOf('展'));
        assertThat(mapped.originalStart(0)).isZero();
    }
}
