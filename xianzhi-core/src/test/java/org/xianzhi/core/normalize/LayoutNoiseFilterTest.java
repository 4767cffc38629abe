package org.xianzhi.core.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.xianzhi.core.text.MappedText;
import org.xianzhi.core.text.Span;

class LayoutNoiseFilterTest {
    private final LayoutNoiseFilter filter = new LayoutNoiseFilter();

    private MappedText run(String original) {
        return MappedText.of(original).then(filter);
    }

    @Test
    void removesSpacesInsideWordsAndBetweenNumbersAndUnitsKeepingOffsets() {
        String original = "实现旅游综合收 入18.36 亿元,消除风险3213 户,增长 12 %";
        MappedText out = run(original);

        assertThat(out.text()).isEqualTo("实现旅游综合收入18.36亿元,消除风险3213户,增长12%");
        int income = out.text().indexOf("入");
        assertThat(out.toOriginal(income, income + 1)).isEqualTo(new Span(original.indexOf("入"), original.indexOf("入") + 1));
        int households = out.text().indexOf("户");
        assertThat(out.toOriginal(households - 4, households + 1))
                .isEqualTo(new Span(original.indexOf("3213"), original.indexOf("户") + 1));
    }

    @Test
    void removesSpacesAroundPunctuationInChineseTextAndInsideDecimals() {
        assertThat(run("精神, 积极融入\"三城五地\" \"四强\"行动, 14项工程,增长1 . 5倍").text())
                .isEqualTo("精神,积极融入\"三城五地\"\"四强\"行动,14项工程,增长1.5倍");
    }

    @Test
    void joinsANumberBrokenByAStraySpaceInChineseText() {
        assertThat(run("森林覆盖率达到 4 3 %,生产总值完成 36.5 9亿元,排名第 1 2 位。").text())
                .isEqualTo("森林覆盖率达到43%,生产总值完成36.59亿元,排名第12位。");
        // Two whole numbers side by side, or a column of years, are not one number.
        assertThat(run("编号 1234 5678 号").text()).isEqualTo("编号1234 5678号");
        assertThat(filter.apply("年份 2019 2020 2021\n").text()).isEqualTo("年份2019 2020 2021\n");
    }

    @Test
    void keepsSpacesBetweenLatinWordsBetweenNumbersAndBeforeAClockTime() {
        String text = "  Annual report by IB2 for 2023 2024 ok\n2025年01月06日 19:19\n";
        assertThat(filter.apply(text).isUnchanged()).isTrue();
    }

    @Test
    void keepsTheSpaceBetweenTitleAndNameOnASpeakerLineButNotInRunningText() {
        String text = "  县委副书记、政府县长 李某某:\n\n  市人大常委会副主任、某县县委书记 张某某做客栏目,介绍情况。\n";
        assertThat(run(text).text()).isEqualTo(
                "  县委副书记、政府县长 李某某:\n\n  市人大常委会副主任、某县县委书记张某某做客栏目,介绍情况。\n");
    }

    @Test
    void joinsAHeadlineSetVerticallyIntoOneLine() {
        String original = "正文第一段。\n\n新\n\n时\n\n代\n\n新\n\n征\n\n程\n\n正文第二段。";
        MappedText out = run(original);

        assertThat(out.text()).isEqualTo("正文第一段。\n\n新时代新征程\n\n正文第二段。");
        int headline = out.text().indexOf("新时代");
        assertThat(out.toOriginal(headline + 1, headline + 2)).isEqualTo(new Span(original.indexOf("时"), original.indexOf("时") + 1));
        assertThat(out.toOriginal(headline, headline + 6)).isEqualTo(new Span(original.indexOf("新"), original.indexOf("程") + 1));
    }

    @Test
    void leavesTwoSingleCharacterLinesAlone() {
        String text = "甲\n乙\n全县生产总值增长。\n";
        assertThat(filter.apply(text).isUnchanged()).isTrue();
    }

    @Test
    void removesPageChromeWholeWithItsLineBreak() {
        String original = "天津|河北|山西|辽宁|吉林|上海|江苏\n"
                + "当前位置:首页>地方频道>某省>正文\n"
                + "来源:某某市发布\n"
                + "星期三\n"
                + "全县粮食产量达到12.6万吨。\n"
                + "本报记者 张某 摄\n"
                + "图为某某县新建的蔬菜大棚。\n"
                + "↑某县现代农业产业园\n"
                + "【编辑:李某】\n"
                + "责任编辑:王某\n"
                + "版权所有 某某日报社 Copyright © 2024\n"
                + "京ICP备12345678号\n"
                + "本网站所刊载信息,不代表本网观点。\n";
        MappedText out = run(original);

        assertThat(out.text()).isEqualTo("全县粮食产量达到12.6万吨。\n");
        assertThat(out.toOriginal(0, out.length() - 1)).isEqualTo(
                new Span(original.indexOf("全县"), original.indexOf("吨。") + 2));
    }

    @Test
    void keepsSectionHeadingsAddressesAndBareCaptions() {
        String text = "一、2023年工作回顾\n\n产业发展水平进一步提升\n\n记者朋友们:\n\n柳树下的县城一角\n\n"
                + "第一,我们聚力打好三张牌。\n";
        assertThat(filter.apply(text).isUnchanged()).isTrue();
    }

    @Test
    void joinsLinesOfANewspaperColumnBrokenInTheMiddleOfASentence() {
        String original = "一是项目建设提速推进。安排项目前期工作经\n"
                + "费2000万元,谋划实施500万元以上投资项\n"
                + "目134项,总投资121.7亿元,年计划投资3\n"
                + "3.9亿元。实施国省预算内投资项目14个。\n"
                + "\n"
                + "二是产业发展提质增效。全面落实产业链长\n"
                + "制,圆满完成三年倍增行动任务。\n";
        MappedText out = run(original);

        assertThat(out.text()).isEqualTo("一是项目建设提速推进。安排项目前期工作经费2000万元,谋划实施500万元以上投资项"
                + "目134项,总投资121.7亿元,年计划投资33.9亿元。实施国省预算内投资项目14个。\n\n"
                + "二是产业发展提质增效。全面落实产业链长制,圆满完成三年倍增行动任务。\n");
        int amount = out.text().indexOf("33.9");
        assertThat(out.toOriginal(amount, amount + 4)).isEqualTo(
                new Span(original.indexOf("资3\n") + 1, original.indexOf("3.9亿") + 3));
    }

    @Test
    void doesNotJoinHeadingsOfWebTextWithOneParagraphPerLine() {
        String paragraph = "全县地区生产总值连续四年保持在300亿元以上,全市排名第二;一般公共预算收入总量近三年连续保持在30亿元以上,"
                + "保持在全省前列;城镇、农村居民两项收入保持较快增长态势。";
        String text = "(山西省)2024年某某县人民政府政府工作报告\n政府工作报告\n"
                + "持续打好污染防治攻坚战,生态环境质量持续改善\n" + paragraph + "\n"
                + "(一)坚持创新驱动,加快构建现代产业体系\n" + paragraph + "\n" + paragraph + "\n" + paragraph + "\n";
        assertThat(filter.apply(text).isUnchanged()).isTrue();
    }
}
