package org.xianzhi.app.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.xianzhi.core.indicator.IndicatorTaxonomy;

class IndicatorQueryExpansionTest {
    private final IndicatorQueryExpansion expansion = new IndicatorQueryExpansion(IndicatorTaxonomy.standard());

    @Test
    void anIndicatorNameStandsForEverySpellingOfIt() {
        String expanded = expansion.expand("旅游收入");
        assertThat(expanded).startsWith("(\"旅游收入\" OR ").contains("\"旅游综合收入\"").endsWith(")");
        // 地区生产总值 holds 生产总值: the shorter spelling finds it, and marks no more than the name.
        assertThat(expansion.expand("GDP")).contains("\"GDP\"", "\"生产总值\"").doesNotContain("\"地区生产总值\"");
    }

    @Test
    void anAliasStandsForItsIndicatorAndTheOtherAliases() {
        assertThat(expansion.expand("社零额")).contains("\"社零\"", "\"社会消费品零售\"").doesNotContain("社零额");
    }

    @Test
    void quotedPhrasesOtherWordsAndOperatorsStayAsWritten() {
        assertThat(expansion.expand("\"旅游收入\"")).isEqualTo("\"旅游收入\"");
        assertThat(expansion.expand("光伏 OR 扶贫")).isEqualTo("光伏 OR 扶贫");
        assertThat(expansion.expand("光伏 -旅游收入")).startsWith("光伏 -(\"旅游收入\" OR ");
        assertThat(expansion.expand("(旅游收入 OR 光伏)")).startsWith("((\"旅游收入\" OR ").endsWith(" OR 光伏)");
    }
}
