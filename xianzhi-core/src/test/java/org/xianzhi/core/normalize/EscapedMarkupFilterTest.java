package org.xianzhi.core.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.xianzhi.core.text.MappedText;
import org.xianzhi.core.text.Span;

class EscapedMarkupFilterTest {
    private final EscapedMarkupFilter filter = new EscapedMarkupFilter();

    private MappedText run(String original) {
        return MappedText.of(original).then(filter);
    }

    @Test
    void decodesNamedAndNumericReferencesAndMapsEachBackToItsReference() {
        String original = "全县&ldquo;五力&rdquo;齐发&#12290;增长&#x3002;";
        MappedText out = run(original);

        assertThat(out.text()).isEqualTo("全县“五力”齐发。增长。");
        assertThat(out.toOriginal(2, 3)).isEqualTo(new Span(2, 9));
        assertThat(out.toOriginal(3, 5)).isEqualTo(new Span(9, 11));
        int fullStop = out.text().indexOf('。');
        assertThat(out.toOriginal(fullStop, fullStop + 1)).isEqualTo(new Span(original.indexOf("&#12290;"),
                original.indexOf("&#12290;") + 8));
    }

    @Test
    void turnsNonBreakingSpacesIntoPlainSpacesAndDecodesCommonPunctuation() {
        assertThat(run("县长&nbsp;王某&mdash;&mdash;答记者问&hellip;&middot;&lt;3&gt;&quot;").text())
                .isEqualTo("县长 王某——答记者问…·<3>\"");
        assertThat(run("总量&#160;增长").text()).isEqualTo("总量 增长");
    }

    @Test
    void decodesEscapesWrittenOutAsText() {
        MappedText out = run("第一段。\\r\\n第二段\\t完\\u3000毕\\n");

        assertThat(out.text()).isEqualTo("第一段。\n第二段\t完\u3000毕\n");
        assertThat(out.toOriginal(4, 5)).isEqualTo(new Span(4, 8));
        assertThat(out.toOriginal(5, 6)).isEqualTo(new Span(8, 9));
    }

    @Test
    void undoesDoubleEscapingInOneRun() {
        assertThat(run("每年&amp;nbsp;增长&amp;amp;lt;5%").text()).isEqualTo("每年 增长<5%");
        assertThat(run("研发&amp;试验").text()).isEqualTo("研发&试验");
    }

    @Test
    void leavesUnknownNamesBareAmpersandsAndLoneBackslashesAlone() {
        String text = "R&D投入增长&foo;, AT&T, 路径 C:\\Data\\x, 末尾\\";
        assertThat(filter.apply(text).isUnchanged()).isTrue();
    }

    @Test
    void leavesReferencesToAsciiLettersDigitsAndBackslashAlone() {
        String text = "&#110;&#x41;&bsol;n&semi;\\u0041";
        assertThat(filter.apply(text).isUnchanged()).isTrue();
    }

    @Test
    void doesNotDecodeAnAmpersandThatWouldStartANewReference() {
        String text = "\\u0026lt;";
        assertThat(filter.apply(text).isUnchanged()).isTrue();
    }
}
