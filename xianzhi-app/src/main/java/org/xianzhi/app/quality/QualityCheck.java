package org.xianzhi.app.quality;

/** What a flag found wrong; the label is the API's {@code check} and the key of the pages' wording. */
public enum QualityCheck {
    /** A figure outside the plausible range of its indicator, measure and level of region. */
    IMPLAUSIBLE("implausible", "超出该指标的合理范围", "implausible for its indicator"),
    /** A level ten times (or a tenth of) the year before and the year after: a unit or digit slip, mostly. */
    SPIKE("spike", "与前后两年相差十倍以上", "tenfold jump from the year before and back"),
    /** Another report gives a different actual for the same indicator, measure and period. */
    CONFLICT("conflict", "另一报告给出不同的实际值", "another report gives a different actual"),
    /** The growth stated for a year does not follow from the levels of that year and the year before. */
    GROWTH_VS_LEVELS("growth_vs_levels", "增速与前后两年的数值不符", "growth contradicts the two years' levels");

    private final String label;
    private final String chinese;
    private final String english;

    QualityCheck(String label, String chinese, String english) {
        this.label = label;
        this.chinese = chinese;
        this.english = english;
    }

    /** What the check found, in Chinese. */
    public String chinese() {
        return chinese;
    }

    /** What the check found, in English (the API's and the exports' {@code reason}). */
    public String english() {
        return english;
    }

    public String label() {
        return label;
    }
}
