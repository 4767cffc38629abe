package org.xianzhi.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xianzhi.core.fact.Fact;
import org.xianzhi.core.fact.Measure;
import org.xianzhi.core.ingest.DocumentReader;
import org.xianzhi.core.ingest.UnreadableDocumentException;

/** A figure no store column holds is refused where it is read, with a reason; the document's other facts stay. */
class PoisonFigureTest {
    private static Pipeline pipeline;

    @BeforeAll
    static void load() {
        pipeline = Pipeline.standard();
    }

    private static Pipeline.Result process(String text) throws UnreadableDocumentException {
        return pipeline.process(new DocumentReader().read("report.txt", text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aThirtyEightDigitFigureIsRejectedAndTheGrowthBesideItKept() throws UnreadableDocumentException {
        Pipeline.Result r = process("石楼县2023年政府工作报告\n"
                + "2023年，全县地区生产总值完成99999999999999999999999999999999999999亿元，增长6.1%。\n");

        assertThat(r.rejected()).singleElement().satisfies(rejected -> {
            assertThat(rejected.fact().asWritten()).isEqualTo("99999999999999999999999999999999999999亿元");
            assertThat(rejected.message()).startsWith("report.txt: 地区生产总值 99999999999999999999999999999999999999亿元 at [")
                    .contains("dropped: figure of 38 digits before the decimal point");
        });
        assertThat(r.facts()).extracting(Fact::measure).containsExactly(Measure.GROWTH);
    }

    @Test
    void aChineseNumeralOfStackedMagnitudesIsRejectedToo() throws UnreadableDocumentException {
        Pipeline.Result r = process("石楼县2023年政府工作报告\n"
                + "2023年，全县地区生产总值完成九千九百九十九亿亿亿亿亿亿元，一般公共预算收入3.2亿元。\n");

        assertThat(r.rejected()).singleElement().extracting(rejected -> rejected.fact().asWritten())
                .isEqualTo("九千九百九十九亿亿亿亿亿亿元");
        assertThat(r.facts()).extracting(Fact::indicator).containsExactly("一般公共预算收入");
    }

    @Test
    void ordinaryFiguresAreNeverRejected() throws UnreadableDocumentException {
        Pipeline.Result r = process("石楼县2023年政府工作报告\n"
                + "2023年，全县地区生产总值完成98.62亿元，增长7.4%；粮食产量达到3.68亿斤。\n");

        assertThat(r.rejected()).isEmpty();
        assertThat(r.facts()).hasSizeGreaterThanOrEqualTo(3);
    }
}
