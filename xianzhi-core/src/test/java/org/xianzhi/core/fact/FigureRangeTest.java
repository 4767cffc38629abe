package org.xianzhi.core.fact;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** FigureRange: what a DECIMAL(38,10) column holds is taken, what it cannot hold is refused with a reason. */
class FigureRangeTest {

    @ParameterizedTest
    @ValueSource(strings = {"58.26", "0", "-14.7", "0.000000000001", "9999999999999999999999999999",
        "9999999999999999999999999999.49999", "1234567890123456789012345678.1234567890"})
    void aStorableFigureHasNoProblem(String figure) {
        assertThat(FigureRange.problem(new BigDecimal(figure))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"99999999999999999999999999999999999999", "10000000000000000000000000000",
        "-10000000000000000000000000000", "99990000000000000000000000000000000000000000", "1E+49",
        "9999999999999999999999999999.99999999999"})
    void aFigureBeyondTheColumnIsRefusedWithTheDigitCount(String figure) {
        assertThat(FigureRange.problem(new BigDecimal(figure))).hasValueSatisfying(reason -> assertThat(reason)
                .contains("digits before the decimal point").contains("DECIMAL(38,10)"));
    }
}
