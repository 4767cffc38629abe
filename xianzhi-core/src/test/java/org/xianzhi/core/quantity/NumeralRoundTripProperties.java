package org.xianzhi.core.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;

/** Every number written in Arabic, Chinese (simple and financial) or mixed form parses back to the same value. */
class NumeralRoundTripProperties {
    private final ChineseQuantityParser parser = new ChineseQuantityParser();

    @Property(tries = 2000)
    void arabicIntegersReadBack(@ForAll @LongRange(min = 0, max = 9_999_999_999_999_999L) long value) {
        assertReadsWhole(Long.toString(value), BigDecimal.valueOf(value));
    }

    @Property(tries = 1000)
    void arabicIntegersWithThousandsSeparatorsReadBack(@ForAll @LongRange(min = 1000, max = 999_999_999_999L) long value) {
        assertReadsWhole(NumeralWriter.grouped(value), BigDecimal.valueOf(value));
    }

    @Property(tries = 1000)
    void fullWidthNumbersReadBack(@ForAll("decimals") BigDecimal value) {
        assertReadsWhole(NumeralWriter.fullWidth(value.toPlainString()), value);
    }

    @Property(tries = 2000)
    void simpleChineseNumeralsReadBack(@ForAll("integers") long value) {
        assertReadsWhole(NumeralWriter.chinese(value, NumeralWriter.SIMPLE_DIGITS, NumeralWriter.SIMPLE_UNITS, false),
                BigDecimal.valueOf(value));
    }

    @Property(tries = 1000)
    void simpleChineseNumeralsWithShortTenReadBack(@ForAll("integers") long value) {
        assertReadsWhole(NumeralWriter.chinese(value, NumeralWriter.SIMPLE_DIGITS, NumeralWriter.SIMPLE_UNITS, true),
                BigDecimal.valueOf(value));
    }

    @Property(tries = 2000)
    void financialChineseNumeralsReadBack(@ForAll("integers") long value) {
        assertReadsWhole(NumeralWriter.chinese(value, NumeralWriter.FINANCIAL_DIGITS, NumeralWriter.FINANCIAL_UNITS,
                false), BigDecimal.valueOf(value));
    }

    @Property(tries = 2000)
    void mixedArabicAndMagnitudeWordsReadBack(@ForAll("integers") long value) {
        assertReadsWhole(NumeralWriter.mixed(value), BigDecimal.valueOf(value));
    }

    @Property(tries = 1000)
    void arabicDecimalsReadBack(@ForAll("decimals") BigDecimal value) {
        assertReadsWhole(value.toPlainString(), value);
    }

    @Property(tries = 1000)
    void chineseDecimalsReadBack(@ForAll("decimals") BigDecimal value) {
        assertReadsWhole(NumeralWriter.chineseDecimal(value, NumeralWriter.SIMPLE_DIGITS, NumeralWriter.SIMPLE_UNITS),
                value);
    }

    @Property(tries = 1000)
    void decimalsWithAMagnitudeWordAreMultipliedOut(@ForAll("decimals") BigDecimal written,
                                                     @ForAll("magnitudes") String magnitude) {
        BigDecimal scale = magnitude.equals("万") ? BigDecimal.valueOf(10_000) : BigDecimal.valueOf(100_000_000);
        String text = "投资" + written.toPlainString() + magnitude + "元";
        List<Quantity> found = parser.parse(text);
        assertThat(found).hasSize(1);
        Quantity q = found.get(0);
        assertThat(q.value()).isEqualByComparingTo(written.multiply(scale));
        assertThat(q.writtenValue()).isEqualByComparingTo(written);
        assertThat(q.writtenUnit()).isEqualTo(magnitude + "元");
        assertThat(q.unit()).isEqualTo("元");
    }

    @Property(tries = 1000)
    void percentagesReadTheSameInDigitsAndInWords(@ForAll("decimals") BigDecimal value) {
        String words = "百分之" + NumeralWriter.chineseDecimal(value, NumeralWriter.SIMPLE_DIGITS, NumeralWriter.SIMPLE_UNITS);
        Quantity fromWords = parser.parse("增长" + words).get(0);
        Quantity fromDigits = parser.parse("增长" + value.toPlainString() + "%").get(0);
        assertThat(fromWords.value()).isEqualByComparingTo(value);
        assertThat(fromDigits.value()).isEqualByComparingTo(value);
        assertThat(fromWords.kind()).isEqualTo(QuantityKind.PERCENT).isEqualTo(fromDigits.kind());
    }

    @Provide
    Arbitrary<Long> integers() {
        return Arbitraries.oneOf(
                Arbitraries.longs().between(0, 100),
                Arbitraries.longs().between(0, 100_000),
                Arbitraries.longs().between(0, 9_999_999_999_999_999L),
                // numbers with many zeros test the 零 rules: 10005, 100000005, 300000000
                Arbitraries.longs().between(1, 9).flatMap(lead -> Arbitraries.integers().between(1, 15).flatMap(
                        shift -> Arbitraries.longs().between(0, 99).map(tail -> lead * (long) Math.pow(10, shift) + tail))));
    }

    @Provide
    Arbitrary<BigDecimal> decimals() {
        return Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.valueOf(1_000_000)).ofScale(4)
                .map(BigDecimal::stripTrailingZeros)
                .map(d -> d.scale() < 0 ? d.setScale(0) : d);
    }

    @Provide
    Arbitrary<String> magnitudes() {
        return Arbitraries.of("万", "亿");
    }

    private void assertReadsWhole(String text, BigDecimal expected) {
        List<Quantity> found = parser.parse(text);
        assertThat(found).as("quantities in %s", text).hasSize(1);
        Quantity q = found.get(0);
        assertThat(q.start()).as("start in %s", text).isZero();
        assertThat(q.end()).as("end in %s", text).isEqualTo(text.length());
        assertThat(q.value()).as("value of %s", text).isEqualByComparingTo(expected);
    }
}
