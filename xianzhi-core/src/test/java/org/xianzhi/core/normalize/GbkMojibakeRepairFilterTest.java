package org.xianzhi.core.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.xianzhi.core.normalize.gbk.GbkDamage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.xianzhi.core.text.MappedText;
import org.xianzhi.core.text.Span;

class GbkMojibakeRepairFilterTest {
    private final GbkMojibakeRepairFilter repair = new GbkMojibakeRepairFilter();
    private final PinyinGlossFilter glosses = new PinyinGlossFilter();

    /** Damage starts where the lead byte of the 。 before {@code damagedWord} is lost. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "優良天數比例達到87.4%。空氣污染物濃度指標(biāo)持續下降。|空氣污染物濃度指標",
        "全年完成投資12.6億元。科學(xué)規劃城區道路。|科學規劃",
        "新建標準化廠房5萬平方米。總投資8.2億元的產業園開工建設。|總投資8.2億元",
        "提出意見建議180件。“缺經(jīng)費”的問題得到解決。|“缺經費”"})
    void repairsGbkMisalignmentAfterLostLeadByte(String original, String damagedWord) {
        String damaged = GbkDamage.loseByte(original, original.indexOf('。'), true);
        assertThat(damaged).doesNotContain(damagedWord);

        String repaired = glosses.apply(repair.apply(damaged).text()).text();

        assertThat(repaired).contains(damagedWord).doesNotContain("?").doesNotContain("!");
        assertThat(sentencePunctuationAsOne(repaired)).isEqualTo(sentencePunctuationAsOne(glosses.apply(original).text()));
    }

    /** Some decoders also print the lone lead byte of the lost pair as a {@code ?}, giving {@code ??}. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "今年完成造林2.3萬畝。縣城綠化覆蓋率達到41%。",
        "全年完成投資12.6億元。科學(xué)規劃城區道路。",
        "提出意見建議180件。“缺經(jīng)費”的問題得到解決。"})
    void repairsRunThatStartsWithALoneLeadByte(String original) {
        int at = original.indexOf('。');
        String damaged = GbkDamage.loseByte(original, at, true);
        String withLoneLead = damaged.substring(0, at) + "?" + damaged.substring(at);

        String repaired = glosses.apply(repair.apply(withLoneLead).text()).text();

        assertThat(repaired).isEqualTo(glosses.apply(original).text());
    }

    /**
     * The seeds' damage of a run ({@link GbkDamage#loseRunEdges}): the first character's lead byte and the last one's
     * trail byte lost, no mark on either side. The repair finds the run by its rare characters and chooses both ends.
     * (The damage also makes full-width punctuation ASCII, as the seeds' later steps did.)
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "今年全县新建高标准农田三万亩,粮食总产量稳定在二十万吨以上。|新建高标准农田",
        "去年全县地区生产总值增长百分之六,增速居全市第二位。|地区生产总值",
        "全年接待游客三百万人次,旅游综合收入达到二十亿元。|旅游综合收入"})
    void repairsARunWhoseFirstLeadAndLastTrailBytesWereLost(String original, String run) {
        int start = original.indexOf(run);
        String damaged = GbkDamage.loseRunEdges(original, start, start + run.length());
        assertThat(damaged).doesNotContain(run);

        assertThat(repair.apply(damaged).text()).isEqualTo(original);
    }

    /**
     * The first character of a run is one of a hundred that share its surviving byte; the document tells which. A
     * county's name that the report repeats ({@code 婺源}, rare to the model, beside the common {@code 能源}), and an
     * enumeration whose other items are there ({@code 一是…三是} before a damaged {@code 二是}).
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "婺源县今年接待游客二千万人次。婺源县旅游收入增长百分之九。婺源县人民政府新闻办公室发布。|婺源县人民政府新",
        "一是稳住工业基本盘;二是壮大绿色产业,新增光伏装机十万千瓦;三是办好民生实事。|二是壮大绿色产业"})
    void readsTheFirstCharacterOfARunByTheDocumentItself(String original, String run) {
        int at = original.lastIndexOf(run);
        String damaged = GbkDamage.loseRunEdges(original, at, at + run.length());

        assertThat(repair.apply(damaged).text()).isEqualTo(original);
    }

    /** Damage written in kana, Greek or box drawing has no rare Han pair to betray it, and is found all the same. */
    @Test
    void findsARunMadeOfSymbolRowsOfGbk() {
        String original = "今年的重点工作:一是综合实力稳步提升,全县生产总值增长百分之五。";
        int at = original.indexOf("一是综合实力稳步");
        String damaged = GbkDamage.loseRunEdges(original, at, at + 8);
        assertThat(damaged).matches(".*[\\u0370-\\u052F\\u2500-\\u257F\\u3040-\\u312F].*");

        String repaired = repair.apply(damaged).text();

        // the run is found and its middle restored; without 二是 in the document, 不是 reads as well as 一是
        assertThat(repaired).contains("是综合实力稳步提升").hasSameSizeAs(original)
                .doesNotMatch(".*[\\u0370-\\u052F\\u2500-\\u257F\\u3040-\\u312F].*");
    }

    @Test
    void leavesRareNamesThatTheModelKnowsTogetherAlone() {
        String text = "湄潭县和婺源县的茶产业，【打印本页】【关闭窗口】";
        assertThat(repair.apply(text).isUnchanged()).isTrue();
    }

    @Test
    void repairsRunWhoseLostByteIsATrailByte() {
        String original = "全年地區生產總值完成152.3億元，同比增長6.5%。";
        String damaged = GbkDamage.loseByte(original, original.indexOf('元'), false);
        assertThat(damaged).contains("鲩L");

        assertThat(repair.apply(damaged).text()).isEqualTo(original);
    }

    @Test
    void mapsTheRepairedRunToTheWholeDamagedRun() {
        String original = "新建標準化廠房5萬平方米。總投資8.2億元的產業園開工建設。";
        String damaged = GbkDamage.loseByte(original, original.indexOf('。'), true);
        int runStart = damaged.indexOf('?');
        int runEnd = damaged.indexOf('8');

        MappedText mapped = MappedText.of(damaged).then(repair);
        int repairedStart = mapped.text().indexOf("總投資") - 1;

        assertThat(mapped.toOriginal(repairedStart, repairedStart + 4)).isEqualTo(new Span(runStart, runEnd));
        assertThat(mapped.originalStart(mapped.text().indexOf('8'))).isEqualTo(runEnd);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "縣政府副縣長就全縣經濟社會發展情況回答記者提問：具體采取了哪些舉措?取得了哪些成效?",
        "请问下一步如何推动煤炭产业高质量发展?”柳林县委副书记回答了这个问题。",
        "是否?这是一个问题!我们要坚定信心!",
        "What? 县里的GDP增长了6.5%，人均收入达到3.2万元。",
        "全县接待游客420万人次，实现旅游收入28.6亿元。恒山景区游客中心投入使用。",
        "我们坚持把巩固拓展脱贫攻坚成果同乡村振兴有效衔接，守好“三条线”。"})
    void leavesCleanTextUnchanged(String clean) {
        assertThat(repair.apply(clean).isUnchanged()).isTrue();
    }

    private static String sentencePunctuationAsOne(String text) {
        return text.replace('，', '。');
    }
}
