package org.xianzhi.core.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class IndicatorTaxonomyProperties {
    private static final IndicatorTaxonomy TAXONOMY = IndicatorTaxonomy.standard();

    /** Random text built from pieces of real aliases, digits and punctuation, so that matches overlap often. */
    @Provide
    Arbitrary<String> reportLike() {
        List<String> pieces = TAXONOMY.all().stream()
                .flatMap(i -> i.aliases().stream())
                .flatMap(a -> List.of(a, a.substring(0, (a.length() + 1) / 2), a.substring(a.length() / 2)).stream())
                .distinct().toList();
        Arbitrary<String> piece = Arbitraries.oneOf(Arbitraries.of(pieces),
                Arbitraries.strings().withCharRange('\u0000', '\uffff').ofMaxLength(3),
                Arbitraries.of("增长", "5.5%", "亿元", ",", "、", "分别"));
        return piece.list().ofMaxSize(40).map(list -> String.join("", list));
    }

    @Property
    void mentionsAreOrderedNonOverlappingInRangeAndSpellAKnownAlias(@ForAll("reportLike") String text) {
        int previousEnd = 0;
        for (IndicatorMention m : TAXONOMY.find(text)) {
            assertThat(m.start()).isGreaterThanOrEqualTo(previousEnd);
            assertThat(m.end()).isLessThanOrEqualTo(text.length());
            assertThat(TAXONOMY.byAlias(m.alias())).contains(m.indicator());
            assertThat(text.substring(m.start(), m.end())).isEqualToIgnoringCase(m.alias());
            previousEnd = m.end();
        }
    }
}
