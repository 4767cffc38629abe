package org.xianzhi.app.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class SentenceBreaksTest {
    @Test
    void breaksAfterSentenceEndsAndLineBreaks() {
        String text = "政府工作报告\n地区生产总值增长6.8%。光伏产值突破20亿元!还有吗?末句";
        BreakIterator breaks = new SentenceBreaks();
        breaks.setText(text);

        List<String> pieces = new ArrayList<>();
        for (int start = breaks.first(), end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
            pieces.add(text.substring(start, end));
        }

        assertThat(pieces).containsExactly("政府工作报告\n", "地区生产总值增长6.8%。", "光伏产值突破20亿元!", "还有吗?", "末句");
    }

    @Test
    void followingAndPrecedingFindTheBoundariesAroundAnOffset() {
        String text = "增长6.8%。光伏产值突破20亿元。";
        BreakIterator breaks = new SentenceBreaks();
        breaks.setText(text);

        assertThat(breaks.preceding(9)).isEqualTo(7);
        assertThat(breaks.following(9)).isEqualTo(text.length());
        assertThat(breaks.following(7)).isEqualTo(text.length());
        assertThat(breaks.preceding(7)).isZero();
        assertThat(breaks.preceding(0)).isEqualTo(BreakIterator.DONE);
        assertThat(breaks.following(text.length())).isEqualTo(BreakIterator.DONE);
        assertThat(breaks.last()).isEqualTo(text.length());
        assertThat(breaks.previous()).isEqualTo(7);
    }
}
