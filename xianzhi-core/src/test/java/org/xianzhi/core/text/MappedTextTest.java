package org.xianzhi.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class MappedTextTest {

    /** Drops every parenthesised run, as a gloss filter would. */
    private static final TextFilter DROP_PARENTHESES = new TextFilter() {
        @Override
        public String name() {
            return "drop-parens";
        }

        @Override
        public Rewrite apply(String input) {
            RewriteBuilder out = new RewriteBuilder(input);
            int i = 0;
            while (i < input.length()) {
                int open = input.indexOf('(', i);
                int close = open < 0 ? -1 : input.indexOf(')', open);
                if (close < 0) {
                    out.keep(i, input.length());
                    break;
                }
                out.keep(i, open).skip(open, close + 1);
                i = close + 1;
            }
            return out.build();
        }
    };

    /** Replaces 縣 by 县 and 億元 by 亿元, keeping lengths. */
    private static final TextFilter SIMPLIFY = new TextFilter() {
        @Override
        public String name() {
            return "simplify";
        }

        @Override
        public Rewrite apply(String input) {
        RewriteBuilder out = new RewriteBuilder(input);
        for (int i = 0; i < input.length(); i++) {
            char c = input.charAt(i);
            if (c == '縣') {
                out.replace(i, i + 1, "县");
            } else if (c == '億') {
                out.replace(i, i + 1, "亿");
            } else {
                out.keep(i, i + 1);
            }
        }
        return out.build();
        }
    };

    @Test
    void composedFiltersMapEveryCharacterBackToTheOriginal() {
        String original = "渾源縣(xiàn)地區生產總值58.26億元";
        MappedText clean = MappedText.of(original).then(DROP_PARENTHESES).then(SIMPLIFY);

        assertThat(clean.text()).isEqualTo("渾源县地區生產總值58.26亿元");
        int figure = clean.text().indexOf("58.26亿元");
        Span span = clean.toOriginal(figure, figure + "58.26亿元".length());
        assertThat(original.substring(span.start(), span.end())).isEqualTo("58.26億元");
        Span county = clean.toOriginal(2, 3);
        assertThat(original.substring(county.start(), county.end())).isEqualTo("縣");
    }

    @Test
    void aReplacementOfAnotherLengthMapsToTheWholeReplacedSpan() {
        String original = "空??諝馕氣";
        RewriteBuilder out = new RewriteBuilder(original);
        Rewrite rewrite = out.keep(0, 1).replace(1, 5, "空氣").keep(5, 6).build();
        MappedText text = MappedText.of(original).then(rewrite);

        assertThat(text.text()).isEqualTo("空空氣氣");
        assertThat(text.toOriginal(1, 2)).isEqualTo(new Span(1, 5));
        assertThat(text.toOriginal(2, 3)).isEqualTo(new Span(1, 5));
        assertThat(text.toOriginal(3, 4)).isEqualTo(new Span(5, 6));
    }

    @Test
    void anInsertedCharacterMapsToAnEmptySpanAtItsAnchor() {
        String original = "甲乙";
        Rewrite rewrite = new RewriteBuilder(original).keep(0, 1).insert(1, "、").keep(1, 2).build();
        MappedText text = MappedText.of(original).then(rewrite);

        assertThat(text.text()).isEqualTo("甲、乙");
        assertThat(text.toOriginal(1, 2)).isEqualTo(new Span(1, 1));
        assertThat(text.toOriginal(0, 3)).isEqualTo(new Span(0, 2));
    }

    @Test
    void copyingTheWholeInputIsReportedAsUnchanged() {
        String original = "一般公共预算收入2.61亿元";
        Rewrite rewrite = new RewriteBuilder(original).keep(0, 5).replace(5, 8, "算收入").keep(8, original.length()).build();
        assertThat(rewrite.isUnchanged()).isTrue();
        assertThat(MappedText.of(original).then(rewrite).text()).isEqualTo(original);
    }

    @Test
    void spansOutOfOrderAreRefused() {
        RewriteBuilder out = new RewriteBuilder("abcdef").keep(0, 3);
        assertThatThrownBy(() -> out.keep(1, 2)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("out of order");
    }

    @Test
    void aRewriteOfAnotherTextIsRefused() {
        MappedText text = MappedText.of("甲乙丙");
        assertThatThrownBy(() -> text.then(Rewrite.unchanged("丁"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Property
    void composedSpansStayInRangeAndInOrder(@ForAll String original, @ForAll @IntRange(min = 0, max = 3) int rounds) {
        MappedText text = MappedText.of(original);
        for (int r = 0; r < rounds; r++) {
            text = text.then(DROP_PARENTHESES).then(SIMPLIFY);
        }
        int previousStart = 0;
        int previousEnd = 0;
        for (int i = 0; i < text.length(); i++) {
            int start = text.originalStart(i);
            int end = text.originalEnd(i);
            assertThat(start).isBetween(previousStart, original.length());
            assertThat(end).isBetween(Math.max(start, previousEnd), original.length());
            previousStart = start;
            previousEnd = end;
        }
    }
}
