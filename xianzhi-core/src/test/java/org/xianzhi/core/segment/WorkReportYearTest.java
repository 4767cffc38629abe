package org.xianzhi.core.segment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The year of a work report from its own structure, never from the page around it. */
class WorkReportYearTest {
    private final DocumentDating dating = new DocumentDating();

    @Test
    void theDeliveryLineDatesTheReportAndNotThePagesPostingDate() {
        String page = """
                工作报告
                2021年某某县政府工作报告
                时间:2023-01-24    作者:县域网    来源:政府官网    阅读:
                政府工作报告——2021年2月5日在某某县第十七届人民代表大会第五次会议上
                某某县人民政府县长 张三
                各位代表:
                一、2020年工作回顾
                """;
        assertThat(dating.time(page)).contains(new DocumentTime(new DocumentDate(2021, 2, 5), 2020));
    }

    @Test
    void aDateAfterTheCongressInBracketsAndChineseNumeralsCount() {
        assertThat(dating.date("政府工作报告\n——在某某县第十七届人民代表大会第一次会议上\n(2017年2月26日)\n各位代表:"))
                .contains(new DocumentDate(2017, 2, 26));
        assertThat(dating.date("政府工作报告\n二〇二三年一月十一日在某市第十六届人民代表大会第三次会议上"))
                .contains(new DocumentDate(2023, 1, 11));
    }

    @Test
    void withoutADeliveryLineTheHeadingsDecideAndTheTextBeatsTheTitle() {
        // Filed as a 2006 report, the text plans 2007 and reviews the year before.
        String misfiled = "某市2006年政府工作报告\n一、过去一年工作回顾\n全市生产总值增长12%。\n二、2007年目标任务\n今年的主要预期目标是:";
        assertThat(dating.time(misfiled)).contains(new DocumentTime(new DocumentDate(2007, 0, 0), 2006));
        String reviewOnly = "一、关于2014年政府工作\n2014年,全县生产总值完成60亿元。";
        assertThat(dating.time(reviewOnly)).contains(new DocumentTime(new DocumentDate(2015, 0, 0), 2014));
    }

    @Test
    void aDateRightAboveTheSalutationIsTheDeliveryAndALinkWithItsDateIsNoHeading() {
        String page = "(点击查阅更多2011年地方政府工作报告)\n(2011年1月12日 某某某)\n各位代表:\n"
                + "一、“十一五”时期经济社会发展取得重大成就\n全省生产总值增长11%。\n编辑推荐\n"
                + "2012年我国经济社会发展的总体思路2012年03月05日\n";
        assertThat(dating.time(page)).contains(new DocumentTime(new DocumentDate(2011, 1, 12), 2010));
        assertThat(WorkReportYear.yearOfHeadings(page)).isZero();
    }

    @Test
    void aLongLineStartingWithAYearIsNoHeading() {
        String text = "2016年是实现目标任务的关键一年,全县上下团结奋进,各项工作取得新成绩,经济社会保持平稳健康发展势头。\n"
                + "三、2017年工作任务\n";
        assertThat(WorkReportYear.yearOfHeadings(text)).isEqualTo(2017);
    }

    @Test
    void theTitleOrIssueDateDateAReportWithNothingElse() {
        assertThat(dating.date("标题:2024年某市政府工作报告\n发文时间:未知\n正文:\n今年政府工作的总体要求是:"))
                .contains(new DocumentDate(2024, 0, 0));
        assertThat(dating.date("标题:某省政府工作报告\n发文时间:2003-01-13\n正文:\n今年是全面贯彻的第一年"))
                .contains(new DocumentDate(2003, 0, 0));
    }

    @Test
    void otherDocumentsAreDatedAsBefore() {
        assertThat(dating.time("某县新闻发布会实录\n2025年01月06日 10:30\n来源:某市发布\n"))
                .contains(new DocumentTime(new DocumentDate(2025, 1, 6), 2024));
        assertThat(dating.time("某县2023年国民经济和社会发展统计公报\n2024年3月20日\n全县生产总值100亿元"))
                .contains(new DocumentTime(new DocumentDate(2024, 3, 20), 2023));
    }

    @Test
    void readsTheNumbersOfAWrittenDate() {
        assertThat(ChineseCalendarNumbers.year("二〇二二")).isEqualTo(2022);
        assertThat(ChineseCalendarNumbers.year("二零一九")).isEqualTo(2019);
        assertThat(ChineseCalendarNumbers.small("十二")).isEqualTo(12);
        assertThat(ChineseCalendarNumbers.small("二十六")).isEqualTo(26);
        assertThat(ChineseCalendarNumbers.small("七")).isEqualTo(7);
        assertThat(ChineseCalendarNumbers.small("31")).isEqualTo(31);
        assertThat(ChineseCalendarNumbers.small("十二十")).isEqualTo(-1);
    }
}
