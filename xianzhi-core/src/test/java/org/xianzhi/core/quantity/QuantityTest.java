package org.xianzhi.core.quantity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class QuantityTest {
    private final ChineseQuantityParser parser = new ChineseQuantityParser();

    @Test
    void keepsTheMagnitudeAndUnitAsWrittenBesideTheMultipliedOutValue() {
        Quantity q = parser.parse("粮食产量3.68亿斤").get(0);
        assertThat(q.value()).isEqualByComparingTo("368000000");
        assertThat(q.value().toPlainString()).isEqualTo("368000000");
        assertThat(q.writtenValue().toPlainString()).isEqualTo("3.68");
        assertThat(q.writtenUnit()).isEqualTo("亿斤");
        assertThat(q.magnitude()).isEqualTo("亿");
        assertThat(q.unit()).isEqualTo("斤");
    }

    @Test
    void printsValuesWithoutExponentOrTrailingZeros() {
        Quantity q = new Quantity(0, 1, new BigDecimal("3.87E+6"), null, "亩", QuantityKind.NUMBER, Approximation.EXACT,
                new BigDecimal("387.00"), "万亩", null, null);
        assertThat(q.value().toPlainString()).isEqualTo("3870000");
        assertThat(q.writtenValue().toPlainString()).isEqualTo("387");
        assertThat(q.magnitude()).isEqualTo("万");
    }

    @Test
    void rejectsEmptyOrReversedSpansNamingTheFields() {
        assertThatThrownBy(() -> new Quantity(5, 5, BigDecimal.ONE, null, "", QuantityKind.NUMBER, Approximation.EXACT,
                BigDecimal.ONE, "", null, null)).hasMessageContaining("start and end");
    }

    @Test
    void offsetsPointIntoTheTextGivenWithExclusiveEnds() {
        String text = "城乡居民人均可支配收入分别达到3.18万元、1.29万元";
        for (Quantity q : parser.parse(text)) {
            assertThat(text.substring(q.start(), q.end())).isEqualTo(q.text(text)).endsWith("万元");
        }
        assertThat(parser.parse(text)).extracting(Quantity::start).containsExactly(15, 22);
    }

    @Test
    void nullAndEmptyTextGiveNoQuantities() {
        assertThat(parser.parse(null)).isEmpty();
        assertThat(parser.parse("")).isEmpty();
        assertThat(parser.parse("没有任何数字的句子")).isEmpty();
    }
}
