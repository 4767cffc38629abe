package org.xianzhi.core.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.xianzhi.core.text.MappedText;
import org.xianzhi.core.text.Span;

class FullWidthFilterTest {
    private final FullWidthFilter filter = new FullWidthFilter();

    private MappedText run(String original) {
        return MappedText.of(original).then(filter);
    }

    @Test
    void foldsDigitsPercentAndTheDecimalPointOfNumbersCharacterForCharacter() {
        MappedText out = run("财政收入３．６８亿元，增长１２．５％");

        assertThat(out.text()).isEqualTo("财政收入3.68亿元,增长12.5%");
        for (int i = 0; i < out.length(); i++) {
            assertThat(out.toOriginal(i, i + 1)).isEqualTo(new Span(i, i + 1));
        }
    }

    @Test
    void foldsThousandsSeparatorsBracketsAndClausePunctuation() {
        assertThat(run("新增１，１００户（含脱贫户）：完成！是否达标？是；ＧＤＰ").text())
                .isEqualTo("新增1,100户(含脱贫户):完成!是否达标?是;GDP");
    }

    @Test
    void keepsSentencePunctuationOfChineseAndTheFullStopOutsideNumbers() {
        String text = "一是加快建设。二是“三城五地”、《规划》．１．加快";
        assertThat(run(text).text()).isEqualTo("一是加快建设。二是“三城五地”、《规划》．1．加快");
    }

    @Test
    void foldsSignsOnlyNextToDigits() {
        assertThat(run("增速－１４．７％，５＋５产业，－－完－－").text()).isEqualTo("增速-14.7%,5+5产业,－－完－－");
    }

    @Test
    void turnsTheIdeographicSpaceIntoASpaceAndKeepsAmpersandAndBackslash() {
        assertThat(run("\u3000\u3000第一，＆ｎｂｓｐ；＼ｎ").text()).isEqualTo("  第一,＆nbsp;＼n");
    }

    @Test
    void leavesHalfWidthTextUnchanged() {
        assertThat(filter.apply("2023年增长3.68%,达到1,100户(含):完成。").isUnchanged()).isTrue();
    }
}
