package org.xianzhi.core.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.xianzhi.core.TestDocuments;

import com.github.houbb.opencc4j.util.ZhConverterUtil;

/** The real damaged documents in {@code shared/seeds}, when they are beside the repository (never in a fresh clone). */
class SeedDocumentsRepairTest {
    private final Normalizer repairs = new Normalizer(List.of(new GbkMojibakeRepairFilter(), new PinyinGlossFilter()));

    @Test
    void repairsTheLostByteRunsOfTheCountyWorkReport() {
        String report = TestDocuments.seedText("003_0761b37575dd39c7.txt");

        String simplified = ZhConverterUtil.toSimple(repairs.normalize(report).text());

        assertThat(simplified).contains("空气污染物浓度指标", "县中医院", "科学布局", "总投资14.65亿");
    }

    @Test
    void leavesNoDoubleQuestionMarkInAnySeed() {
        for (Path seed : TestDocuments.seeds()) {
            assertThat(repairs.normalize(TestDocuments.read(seed)).text()).as(seed.getFileName().toString())
                    .doesNotContain("??");
        }
    }

}
