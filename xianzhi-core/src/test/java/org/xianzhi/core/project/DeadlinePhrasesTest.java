package org.xianzhi.core.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The deadline phrases of plans, each with the day it resolves to in a document speaking of 2025. */
class DeadlinePhrasesTest {
    private static final DeadlinePhrases PHRASES = new DeadlinePhrases();

    @ParameterizedTest
    @CsvSource({
        "项目年内竣工投产, 2025-12-31",
        "力争年底前完成主体工程, 2025-12-31",
        "确保5月底前挂牌运营, 2025-05-31",
        "力争五月底投入运营, 2025-05-31",
        "十二月底前全部完成, 2025-12-31",
        "上半年开工建设, 2025-06-30",
        "一季度完成招标, 2025-03-31",
        "第三季度投用, 2025-09-30",
        "国庆前建成通车, 2025-09-30",
        "于2026年6月30日前完成整改, 2026-06-30",
        "10月前完成征地, 2025-09-30",
        "将于今年竣工投产, 2025-12-31",
        "汛期前全部建成运行, 2025-05-31",
        "确保秋季开学前投入使用, 2025-08-31",
        "到2027年完成老城区管网改造, 2027-12-31",
        "2026年底前建成, 2026-12-31",
    })
    void resolvesTheDeadlineOfAPromise(String text, String day) {
        List<Deadline> found = PHRASES.find(text, 0, text.length(), 2025);
        assertThat(found).extracting(Deadline::date).containsExactly(LocalDate.parse(day));
    }

    @ParameterizedTest
    @ValueSource(strings = {"三年内新建学校10所", "3个月前完成备案", "前三季度增长6%", "去年底已建成", "今年,我们将重点抓好五件事",
        "2024年全县生产总值增长5%"})
    void spansAgesAndThePastAreNoDeadlines(String text) {
        assertThat(PHRASES.find(text, 0, text.length(), 2025)).isEmpty();
    }
}
