package org.xianzhi.core.quantity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** {@link PowerOfTen#divide} is {@link BigDecimal#divide(BigDecimal)} to the last digit of scale. */
class PowerOfTenProperties {

    @Property(tries = 3000)
    void dividesByAMagnitudeExactlyAsBigDecimalDoes(@ForAll("figures") BigDecimal figure,
            @ForAll @IntRange(min = 0, max = 12) int exponent, @ForAll @IntRange(min = -3, max = 3) int divisorScale) {
        BigDecimal magnitude = new BigDecimal(BigInteger.TEN.pow(exponent), divisorScale);
        BigDecimal quotient = PowerOfTen.divide(figure, magnitude);
        assertThat(quotient).isEqualTo(figure.divide(magnitude));
        assertThat(quotient.scale()).isEqualTo(figure.divide(magnitude).scale());
    }

    @Property(tries = 1000)
    void dividesByOtherFactorsAsBigDecimalDoes(@ForAll("figures") BigDecimal figure,
            @ForAll("factors") BigDecimal factor) {
        BigDecimal expected;
        try {
            expected = figure.divide(factor);
        } catch (ArithmeticException nonTerminating) {
            assertThatThrownBy(() -> PowerOfTen.divide(figure, factor)).isInstanceOf(ArithmeticException.class);
            return;
        }
        assertThat(PowerOfTen.divide(figure, factor)).isEqualTo(expected);
    }

    @Example
    void readsAWrittenFigureBackFromItsMagnitude() {
        // 58.26亿 is read as 5826000000 with the magnitude 1e8; 3万 as 30000 over 1e4; 0.5万 as 5000.0
        assertThat(PowerOfTen.divide(new BigDecimal("5826000000.00"), BigDecimal.valueOf(100_000_000)))
                .isEqualTo(new BigDecimal("58.26"));
        assertThat(PowerOfTen.divide(new BigDecimal("5800000000.00"), BigDecimal.valueOf(100_000_000)))
                .isEqualTo(new BigDecimal("58.00"));
        assertThat(PowerOfTen.divide(new BigDecimal("5826000000"), BigDecimal.valueOf(100_000_000)))
                .isEqualTo(new BigDecimal("58.26"));
        assertThat(PowerOfTen.divide(BigDecimal.valueOf(30_000), BigDecimal.valueOf(10_000))).isEqualTo(BigDecimal.valueOf(3));
        assertThat(PowerOfTen.divide(new BigDecimal("5000.0"), BigDecimal.valueOf(10_000))).isEqualTo(new BigDecimal("0.5"));
        assertThat(PowerOfTen.divide(BigDecimal.ZERO.setScale(2), BigDecimal.TEN)).isEqualTo(BigDecimal.ZERO.setScale(2));
    }

    @Provide
    Arbitrary<BigDecimal> figures() {
        Arbitrary<BigInteger> unscaled = Arbitraries.oneOf(
                Arbitraries.longs().between(-1_000_000_000_000L, 1_000_000_000_000L).map(BigInteger::valueOf),
                Arbitraries.integers().between(0, 99).map(d -> BigInteger.valueOf(d).multiply(BigInteger.TEN.pow(8))),
                Arbitraries.bigIntegers().between(BigInteger.TEN.pow(17), BigInteger.TEN.pow(25)));
        return unscaled.flatMap(u -> Arbitraries.integers().between(-4, 8).map(scale -> new BigDecimal(u, scale)));
    }

    @Provide
    Arbitrary<BigDecimal> factors() {
        return Arbitraries.of(BigDecimal.valueOf(2), BigDecimal.valueOf(15), BigDecimal.valueOf(2000),
                BigDecimal.valueOf(3), BigDecimal.valueOf(-100), new BigDecimal("0.25"), BigDecimal.ZERO,
                new BigDecimal("1E+3"), new BigDecimal("100.00"));
    }
}
