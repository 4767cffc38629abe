package org.xianzhi.core.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * What a general recognizer of Chinese numbers reads ({@code recognizer-cases.tsv}, our own cases of the kinds of a
 * reference recognizer's specifications; {@code ./xianzhi bench quantities} prints the recall): every case is read
 * with its value, and what only a general reading finds is no figure, so that facts are never made of it.
 */
class RecognizerCasesTest {
    private final ChineseQuantityParser parser = new ChineseQuantityParser();

    @ParameterizedTest(name = "{0}: {1} = {2}")
    @CsvFileSource(resources = "recognizer-cases.tsv", delimiter = '\t', numLinesToSkip = 4)
    void readsEveryCaseWithItsValue(String kind, String text, BigDecimal value) {
        List<Quantity> read = parser.parse(text);
        BigDecimal tolerance = value.abs().max(BigDecimal.ONE).multiply(new BigDecimal("1e-6"));
        assertThat(read).as("quantities of %s", text)
                .anySatisfy(q -> assertThat(q.value().subtract(value).abs()).isLessThanOrEqualTo(tolerance));
    }

    @Test
    void readsGeneralFormsButKeepsThemFromTheFigures() {
        String text = "门票打八折,买了一打鸡蛋和一只羊,月薪40k,二十几万人,规模2e5,五十五兆";
        assertThat(parser.parse(text)).hasSize(7).noneMatch(Quantity::figure);
        assertThat(parser.figures(text)).isEmpty();
    }

    @Test
    void keepsTheFiguresOfAReportWhereGeneralFormsStandBeside() {
        String text = "全县生产总值58.26亿元,增长5.5%,新建一批项目,其中十几个已投产";
        assertThat(parser.figures(text)).extracting(q -> q.text(text)).containsExactly("58.26亿元", "5.5%");
        assertThat(parser.parse(text)).extracting(q -> q.text(text))
                .containsExactly("58.26亿元", "5.5%", "一批", "十几个");
    }

    @Test
    void mapsOffsetsOfSpacedNumeralsBackToTheTextAsGiven() {
        String text = "收入7 万5 千4 百元,增长 百 分 之 八";
        List<Quantity> read = parser.parse(text);
        assertThat(read).extracting(q -> q.text(text)).containsExactly("7 万5 千4 百元", "百 分 之 八");
        assertThat(read.get(0).start()).isEqualTo(2);
        assertThat(read.get(1).end()).isEqualTo(text.length());
    }
}
