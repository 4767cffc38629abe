package org.xianzhi.core.indicator;

import org.xianzhi.core.fact.Measure;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One indicator of the taxonomy.
 *
 * @param name      canonical name, the {@code indicator} of a fact ({@code 城镇居民人均可支配收入})
 * @param aliases   other spellings found in documents ({@code 城镇居民收入}); the name is not repeated here
 * @param unit      the canonical unit values are converted to ({@code 元}); empty when values keep the unit as written
 *                  ({@code 粮食产量}: {@code 3.68亿斤} stays 3.68 亿斤)
 * @param dimension what a value measures
 * @param measures  the measures that make sense for it
 * @param core      whether it is a core indicator of FACTS.md (only core facts count towards precision)
 * @param parts     for a distributive name ({@code 城乡居民人均可支配收入}) the canonical names of the indicators its
 *                  {@code 分别…、…} figures belong to, in order; empty for an ordinary indicator
 */
public record Indicator(String name, List<String> aliases, String unit, Dimension dimension, Set<Measure> measures,
                        boolean core, List<String> parts) {
    public Indicator {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(dimension, "dimension");
        aliases = List.copyOf(aliases);
        measures = Set.copyOf(measures);
        parts = List.copyOf(parts);
        if (name.isBlank()) {
            throw new IllegalArgumentException("indicator name must not be blank");
        }
        if (measures.isEmpty()) {
            throw new IllegalArgumentException("indicator " + name + " has no measures");
        }
        if (parts.size() == 1) {
            throw new IllegalArgumentException("indicator " + name + " spreads over a single part " + parts);
        }
    }

    /** Whether the name spreads over several indicators ({@code 城乡居民人均可支配收入} → 城镇…, 农村…). */
    public boolean distributive() {
        return !parts.isEmpty();
    }

    /** Whether {@code measure} makes sense for this indicator. */
    public boolean allows(Measure measure) {
        return measures.contains(measure);
    }
}
