package org.xianzhi.core.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IndicatorEnglishTest {
    private final IndicatorEnglish english = IndicatorEnglish.standard();

    @Test
    void everyIndicatorOfTheTaxonomyHasAnEnglishName() {
        for (Indicator i : IndicatorTaxonomy.standard().all()) {
            assertThat(english.indicator(i.name())).as(i.name()).isPresent()
                    .hasValueSatisfying(n -> assertThat(n).isNotBlank().doesNotContainPattern("\\p{IsHan}"));
        }
        assertThat(english.indicator("地区生产总值")).hasValue("GDP");
    }

    @Test
    void everyCanonicalUnitIsEnglishAndUnknownUnitsStayAsWritten() {
        for (Indicator i : IndicatorTaxonomy.standard().all()) {
            assertThat(english.unit(i.unit())).as(i.name() + " in " + i.unit()).doesNotContainPattern("\\p{IsHan}");
        }
        assertThat(english.unit("亿元")).isEqualTo("100 million yuan");
        assertThat(english.unit("个百分点")).isEqualTo("percentage points");
        assertThat(english.unit("万件")).isEqualTo("万件");
        assertThat(english.qualifier("over")).hasValue("over");
    }
}
