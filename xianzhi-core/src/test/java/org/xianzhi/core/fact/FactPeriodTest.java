package org.xianzhi.core.fact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.xianzhi.core.quantity.Approximation;

class FactPeriodTest {
    private static Fact withPeriod(String period) {
        return new Fact("d", "f.txt", "某县", null, "地区生产总值", Measure.VALUE, Status.ACTUAL, period,
                new BigDecimal("152.3"), "亿元", "152.3亿元", Approximation.EXACT, null, "", 0, 0);
    }

    @Test
    void acceptsAYearOrARangeOfYears() {
        assertThat(withPeriod("2024").period()).isEqualTo("2024");
        assertThat(withPeriod("2021-2025").period()).isEqualTo("2021-2025");
    }

    @Test
    void rejectsAnyOtherPeriodWritingIncludingFullWidthDigits() {
        for (String bad : new String[] {"", "24", "20245", "2024-", "2024-25", "2024/2025", "２０２４", "2024-2025 ", "二〇二四"}) {
            assertThatThrownBy(() -> withPeriod(bad)).as(bad).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("period");
        }
    }
}
