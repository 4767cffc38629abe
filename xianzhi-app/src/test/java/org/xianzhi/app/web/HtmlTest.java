package org.xianzhi.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.xianzhi.app.store.StoredFact;
import org.xianzhi.core.fact.Fact;
import org.xianzhi.core.fact.Measure;
import org.xianzhi.core.fact.Status;
import org.xianzhi.core.quantity.Approximation;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** Escaping and the marking of facts in a document's text, on any text and any spans. */
class HtmlTest {
    static String unescape(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
    }

    @Property
    void escapedTextHasNoMarkupAndReadsBackAsItWas(@ForAll String text) {
        String escaped = Html.escape(text);
        assertThat(escaped).doesNotContain("<", ">", "\"", "'");
        assertThat(unescape(escaped)).isEqualTo(text);
    }

    @Property
    void markedTextShowsTheOriginalWithAnAnchorPerFact(@ForAll @Size(max = 200) String text,
                                                       @ForAll @Size(max = 12) List<@IntRange(min = -5, max = 260) Integer> offsets) {
        List<StoredFact> facts = new ArrayList<>();
        for (int i = 0; i + 1 < offsets.size(); i += 2) {
            int a = Math.max(0, offsets.get(i));
            int b = Math.max(a, offsets.get(i + 1));
            facts.add(fact(facts.size(), a, b));
        }
        Html h = new Html();
        Pages.markedText(h, text, facts);
        String html = h.toString();
        assertThat(unescape(html.replaceAll("<[^>]*>", ""))).isEqualTo(text);
        for (StoredFact f : facts) {
            assertThat(html).contains("<span class=\"anchor\" id=\"f" + f.seq() + "\"></span>");
        }
    }

    @Test
    void overlappingFactsShareTheRunTheyBothCover() {
        Html h = new Html();
        Pages.markedText(h, "增长6%<b>", List.of(fact(0, 0, 4), fact(1, 2, 7)));
        assertThat(h.toString()).isEqualTo("<span class=\"anchor\" id=\"f0\"></span><mark class=\"fact\" data-seq=\"0\">增长</mark>"
                + "<span class=\"anchor\" id=\"f1\"></span><mark class=\"fact\" data-seq=\"0 1\">6%</mark>"
                + "<mark class=\"fact\" data-seq=\"1\">&lt;b&gt;</mark>");
    }

    @Test
    void aDocumentWithoutItsTextShowsEachFactsSentenceOnce() {
        Html h = new Html();
        Pages.factSentences(h, List.of(fact(0, 3, 9, "全县生产总值增长6%，<收入>增长5%。"), fact(1, 12, 16, "全县生产总值增长6%，<收入>增长5%。"),
                fact(2, 20, 28, "粮食产量达到8亿斤。")));
        assertThat(h.toString()).isEqualTo("<span class=\"anchor\" id=\"f0\"></span><span class=\"anchor\" id=\"f1\"></span>"
                + "<mark class=\"fact\" data-seq=\"0 1\">全县生产总值增长6%，&lt;收入&gt;增长5%。</mark>\n"
                + "<span class=\"anchor\" id=\"f2\"></span><mark class=\"fact\" data-seq=\"2\">粮食产量达到8亿斤。</mark>\n");
    }

    @Test
    void aSearchPassageKeepsItsMarksAndNothingElse() {
        assertThat(Pages.onlyMarks("a<mark>b</mark><img src=x>&amp;\u0001"))
                .isEqualTo("a<mark>b</mark>&lt;img src=x&gt;&amp;");
    }

    private static StoredFact fact(int seq, int start, int end) {
        return fact(seq, start, end, "");
    }

    private static StoredFact fact(int seq, int start, int end, String sentence) {
        return new StoredFact(seq, new Fact("d", "f.txt", "曹县", "371721", "地区生产总值", Measure.VALUE, Status.ACTUAL,
                "2023", BigDecimal.ONE, "亿元", "1亿元", Approximation.EXACT, null, sentence, start, end), null);
    }
}
