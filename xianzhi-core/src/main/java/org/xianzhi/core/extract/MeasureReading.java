package org.xianzhi.core.extract;

import java.math.BigDecimal;
import java.util.Optional;

import org.xianzhi.core.fact.Measure;
import org.xianzhi.core.indicator.Dimension;
import org.xianzhi.core.indicator.Indicator;
import org.xianzhi.core.quantity.Quantity;
import org.xianzhi.core.text.Words;

/**
 * Reads what a figure measures from the words between its indicator and the figure (the bridge):
 * {@code 增长5.5%} is growth, {@code 占GDP比重57.69%} a share, {@code 提高2.97个百分点} a change, {@code 全市第一} a rank,
 * and a figure in the indicator's own kind of unit its value.
 *
 * @param measure the measure
 * @param value   the figure, signed ({@code 下降3%} is growth -3) and scaled ({@code 增长2.5倍} is growth 250)
 */
record MeasureReading(Measure measure, BigDecimal value) {
    private static final String[] SHARE_CUES = {"占", "比重", "占比"};
    private static final String[] GROWTH_CUES = {"增长", "增速", "增幅", "同比", "比上年", "上升", "提高", "增加", "递增"};
    private static final String[] DECLINE_CUES = {"下降", "减少", "回落", "降低", "负增长"};
    private static final String[] RANK_CUES = {"排名", "位列", "位居"};
    private static final String[] CHANGE_VERBS = {"增加", "提高", "减少", "下降", "降低", "增长"};
    /** {@code 高于全市平均水平1.2个百分点}: a gap to a benchmark measures nothing of the county's own. */
    private static final String[] COMPARISONS = {"高于", "低于", "快于", "慢于", "超出", "平均水平", "平均增速"};
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** {@code 森林覆盖率提高到36.35%}: a verb of growth that names where the level arrived is no growth. */
    private static final String[] RISE_TO = {"提高到", "提升到", "增长到", "增加到", "上升到", "提高至", "提升至", "增至", "升至",
        "上升至", "增长至", "增加至"};

    /**
     * The measure of {@code figure} for {@code indicator}, or empty when the figure is none of its measures.
     *
     * @param added whether the indicator was named as an addition ({@code 新增新能源装机50万千瓦}): its amount is then
     *              a change of the level, not the level
     */
    static Optional<MeasureReading> read(Indicator indicator, String bridge, Quantity figure, String baseUnit,
                                         boolean added) {
        if (Words.containsAny(bridge, COMPARISONS)) {
            return Optional.empty();
        }
        Optional<MeasureReading> reading = switch (figure.kind()) {
            case RANK -> Optional.of(new MeasureReading(Measure.RANK, figure.value()));
            case PERCENTAGE_POINT -> Optional.of(new MeasureReading(Measure.CHANGE, signed(bridge, figure.value())));
            case MULTIPLE -> Words.containsAny(bridge, GROWTH_CUES)
                    ? Optional.of(new MeasureReading(Measure.GROWTH, figure.value().multiply(HUNDRED)))
                    : Optional.empty();
            case PERCENT -> percent(indicator, bridge, figure);
            case NUMBER -> amount(indicator, bridge, figure, baseUnit, added);
            default -> Optional.empty();
        };
        return reading.filter(r -> indicator.allows(r.measure()));
    }

    private static Optional<MeasureReading> percent(Indicator indicator, String bridge, Quantity figure) {
        if (Words.containsAny(bridge, SHARE_CUES)) {
            return Optional.of(new MeasureReading(Measure.SHARE, figure.value()));
        }
        boolean arrived = indicator.dimension() == Dimension.PERCENT && Words.containsAny(bridge, RISE_TO);
        if (!arrived && (Words.containsAny(bridge, GROWTH_CUES) || Words.containsAny(bridge, DECLINE_CUES))) {
            return Optional.of(new MeasureReading(Measure.GROWTH, signed(bridge, figure.value())));
        }
        if (indicator.dimension() == Dimension.PERCENT) {
            return Optional.of(new MeasureReading(Measure.VALUE, figure.value()));
        }
        // 优良率达81.1%: the rate of a count of days is the share of the year's days.
        if (indicator.dimension() == Dimension.DAYS) {
            return Optional.of(new MeasureReading(Measure.SHARE, figure.value()));
        }
        return Optional.empty();
    }

    private static Optional<MeasureReading> amount(Indicator indicator, String bridge, Quantity figure, String baseUnit,
                                                   boolean added) {
        if (!UnitDimensions.fits(baseUnit, indicator.dimension())) {
            return Optional.empty();
        }
        BigDecimal value = figure.writtenValue() != null ? figure.writtenValue() : figure.value();
        // 同比增加9天: a verb of change right before the figure makes it a change, not a level.
        for (String verb : CHANGE_VERBS) {
            if (added || bridge.endsWith(verb)) {
                return Optional.of(new MeasureReading(Measure.CHANGE, signed(bridge, value)));
            }
        }
        return Optional.of(new MeasureReading(Measure.VALUE, value));
    }

    /** Whether the words before a figure say which measure it is: growth, decline, share or rank. */
    static boolean namesAMeasure(String bridge) {
        return Words.containsAny(bridge, GROWTH_CUES) || Words.containsAny(bridge, DECLINE_CUES)
                || Words.containsAny(bridge, SHARE_CUES) || Words.containsAny(bridge, RANK_CUES);
    }

    /** Whether the words before a figure speak of a change ({@code 同比增加9天}). */
    static boolean namesAChange(String bridge) {
        return Words.containsAny(bridge, CHANGE_VERBS);
    }

    /** A figure after a word of decline is negative, unless it is written negative already. */
    private static BigDecimal signed(String bridge, BigDecimal value) {
        return Words.containsAny(bridge, DECLINE_CUES) && value.signum() > 0 ? value.negate() : value;
    }
}
