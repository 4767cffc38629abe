package org.xianzhi.app.quality;

/** What a flag found wrong; the label is the API's {@code check} and the key of the pages' wording. */
public enum QualityCheck {
    /** A figure outside the plausible range of its indicator, measure and level of region. */
    IMPLAUSIBLE("implausible"),
    /** A level ten times (or a tenth of) the year before and the year after: a unit or digit slip, mostly. */
    SPIKE("spike"),
    /** Another report gives a different actual for the same indicator, measure and period. */
    CONFLICT("conflict"),
    /** The growth stated for a year does not follow from the levels of that year and the year before. */
    GROWTH_VS_LEVELS("growth_vs_levels");

    private final String label;

    QualityCheck(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
