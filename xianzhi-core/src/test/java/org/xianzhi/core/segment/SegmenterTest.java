package org.xianzhi.core.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class SegmenterTest {
    private final Segmenter segmenter = new Segmenter();

    private static String clauseText(String text, Clause c) {
        return text.substring(c.start(), c.end());
    }

    @Test
    void splitsSentencesAtFinalPunctuationAndClausesAtCommasButNotInsideNumbers() {
        String text = "全县生产总值1,100亿元,增长5.2%;粮食产量3.1亿斤。接待游客突破200万人次!";
        List<Sentence> sentences = segmenter.split(text);

        assertThat(sentences).hasSize(2);
        assertThat(sentences.get(0).clauses()).extracting(c -> clauseText(text, c))
                .containsExactly("全县生产总值1,100亿元", "增长5.2%", "粮食产量3.1亿斤");
        assertThat(clauseText(text, sentences.get(1).clauses().get(0))).isEqualTo("接待游客突破200万人次");
    }

    @Test
    void headingsOfReviewAndPlanSetTheKindOfTheSectionsBelowThem() {
        String text = """
                政府工作报告
                一、2023年工作回顾
                地区生产总值86.4亿元。
                (一)产业发展
                粮食产量2.9亿斤。
                二、2024年工作安排
                主要预期目标是:地区生产总值增长6%。
                """;
        List<Sentence> sentences = segmenter.split(text);

        Sentence gdp = sentences.stream().filter(s -> text.substring(s.start(), s.end()).startsWith("地区生产总值86")).findFirst().orElseThrow();
        Sentence grain = sentences.stream().filter(s -> text.substring(s.start(), s.end()).startsWith("粮食")).findFirst().orElseThrow();
        Sentence target = sentences.stream().filter(s -> text.substring(s.start(), s.end()).startsWith("主要预期")).findFirst().orElseThrow();
        assertThat(gdp.section().kind()).isEqualTo(Section.Kind.REVIEW);
        assertThat(gdp.section().year()).isEqualTo(2023);
        assertThat(grain.section().kind()).isEqualTo(Section.Kind.REVIEW);
        assertThat(target.section().kind()).isEqualTo(Section.Kind.PLAN);
        assertThat(target.section().year()).isEqualTo(2024);
    }

    @Test
    void aHeadingRunIntoItsFirstSentenceStillOpensItsSection() {
        String text = """
                一年来,全县新建道路12公里。
                2025年经济社会发展目标任务和重点工作今年是“十五五”开局之年,全县新建道路15公里。
                今年重点工作是完成城北片区改造,新建道路8公里。
                """;
        List<Sentence> sentences = segmenter.split(text);

        assertThat(sentences.get(0).section().kind()).isEqualTo(Section.Kind.UNSTATED);
        assertThat(sentences.get(1).section().kind()).isEqualTo(Section.Kind.PLAN);
        assertThat(sentences.get(1).section().year()).isEqualTo(2025);
        // a sentence that speaks of its 重点工作 is no heading: the section stays what the run-in heading opened
        assertThat(sentences.get(2).section().start()).isEqualTo(sentences.get(1).section().start());
        assertThat(SectionHeadings.runIn("“十四五”时期和2024年工作回顾“十四五”时期,是全县砥砺奋进的五年", 40))
                .isEqualTo("“十四五”时期和2024年工作回顾");
        assertThat(SectionHeadings.runIn("全县重点工作安排到位,成效明显", 40)).isNull();
    }

    @Test
    void aLongLineIsNeverAHeading() {
        assertThat(Segmenter.isHeading("产业发展水平进一步提升")).isTrue();
        assertThat(Segmenter.isHeading("全县地区生产总值连续四年保持在300亿元以上,全市排名第二")).isFalse();
        assertThat(Segmenter.isHeading("地区生产总值86.4亿元。")).isFalse();
    }

    @Test
    void datesADocumentByTheFullDateInItsHeadOrElseByTheYearItNamesMost() {
        DocumentDating dating = new DocumentDating();
        assertThat(dating.date("某县新闻发布会实录\n2025年01月06日 10:30\n来源:某市发布\n")).contains(new DocumentDate(2025, 1, 6));
        assertThat(dating.date("政府工作报告\n——2024年3月12日在某县第十八届人民代表大会第三次会议上")).contains(new DocumentDate(2024, 3, 12));
        assertThat(dating.date("发布时间:2023-05-18 09:00")).contains(new DocumentDate(2023, 5, 18));
        assertThat(dating.date("2022年粮食产量增长,2023年继续增长,2023年再创新高,2022年…")).contains(new DocumentDate(2023, 0, 0));
        assertThat(dating.date("没有任何年份的文字")).isEmpty();
        assertThat(dating.date("编号12024年8月")).isEmpty();
    }

    @Test
    void printsADateToThePrecisionItIsKnown() {
        assertThat(new DocumentDate(2024, 1, 22).iso()).isEqualTo("2024-01-22");
        assertThat(new DocumentDate(2024, 7, 0).iso()).isEqualTo("2024-07");
        assertThat(new DocumentDate(2024, 0, 0).iso()).isEqualTo("2024");
    }

    @Test
    void aDocumentOfTheFirstQuarterReportsTheYearBefore() {
        assertThat(new DocumentDate(2025, 1, 6).resultYear()).isEqualTo(2024);
        assertThat(new DocumentDate(2024, 7, 1).resultYear()).isEqualTo(2024);
        assertThat(new DocumentDate(2024, 0, 0).resultYear()).isEqualTo(2024);
    }
}
