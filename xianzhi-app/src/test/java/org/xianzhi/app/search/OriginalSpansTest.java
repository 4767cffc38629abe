package org.xianzhi.app.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.xianzhi.core.normalize.Normalizer;
import org.xianzhi.core.text.MappedText;
import org.xianzhi.core.text.Span;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.StringLength;

class OriginalSpansTest {
    private static final Normalizer NORMALIZER = Normalizer.standard();

    @Property(tries = 300)
    void decodingGivesBackEveryCharactersSpan(
            @ForAll @StringLength(max = 300) @CharRange(from = '\u4e00', to = '\u4fff') @CharRange(from = ' ', to = '~')
            @Chars({'(', ')', 'ā', 'í', 'ǎ', '，', '。', '\n', '&', ';', '０', '發', '展', '經', '濟'}) String original) {
        MappedText text = NORMALIZER.normalize(original);

        OriginalSpans spans = OriginalSpans.decode(OriginalSpans.encode(text), text.length());

        for (int i = 0; i < text.length(); i++) {
            assertThat(spans.toOriginal(i, i + 1)).isEqualTo(new Span(text.originalStart(i), text.originalEnd(i)));
        }
    }

    @Test
    void aCleanTextIsStoredInOneRun() {
        MappedText clean = MappedText.of("地区生产总值完成236.5亿元,增长6.8%。");

        assertThat(OriginalSpans.encode(clean)).hasSize(1);
    }

    @Test
    void aGlossRemovedFromTheMiddleStaysInsideThePassageSpan() {
        String original = "經濟發(fā)展穩中有進";
        MappedText text = NORMALIZER.normalize(original);
        OriginalSpans spans = OriginalSpans.decode(OriginalSpans.encode(text), text.length());

        Span all = spans.toOriginal(0, text.length());

        assertThat(text.text()).isEqualTo("经济发展稳中有进");
        assertThat(original.substring(all.start(), all.end())).isEqualTo(original);
    }

    @Test
    void rejectsAMapThatDoesNotFitItsText() {
        byte[] encoded = OriginalSpans.encode(MappedText.of("光伏发电"));

        assertThatThrownBy(() -> OriginalSpans.decode(encoded, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> OriginalSpans.decode(encoded, 5)).isInstanceOf(IllegalArgumentException.class);
    }
}
