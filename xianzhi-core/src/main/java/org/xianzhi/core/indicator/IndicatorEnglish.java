package org.xianzhi.core.indicator;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.xianzhi.core.lexicon.TsvResource;

/**
 * The taxonomy in English: indicators, units and qualifiers by their Chinese names (labels for qualifiers), from
 * {@code english.tsv} beside the taxonomy. Immutable and thread-safe.
 */
public final class IndicatorEnglish {
    private static final String RESOURCE = "english.tsv";

    private static final class Standard {
        static final IndicatorEnglish INSTANCE = parse(TsvResource.read(IndicatorEnglish.class, RESOURCE));
    }

    private final Map<String, String> indicators;
    private final Map<String, String> units;
    private final Map<String, String> qualifiers;

    private IndicatorEnglish(Map<String, String> indicators, Map<String, String> units, Map<String, String> qualifiers) {
        this.indicators = Map.copyOf(indicators);
        this.units = Map.copyOf(units);
        this.qualifiers = Map.copyOf(qualifiers);
    }

    public static IndicatorEnglish standard() {
        return Standard.INSTANCE;
    }

    private static IndicatorEnglish parse(TsvResource table) {
        Map<String, Map<String, String>> kinds = Map.of("indicator", new HashMap<>(), "unit", new HashMap<>(),
                "qualifier", new HashMap<>());
        for (TsvResource.Row row : table.rows()) {
            Map<String, String> kind = kinds.get(row.get("kind"));
            if (kind == null) {
                throw row.error("kind must be indicator, unit or qualifier, was '" + row.get("kind") + "'");
            }
            if (kind.put(row.get("name"), row.get("english")) != null) {
                throw row.error(row.get("kind") + " '" + row.get("name") + "' is listed twice");
            }
        }
        return new IndicatorEnglish(kinds.get("indicator"), kinds.get("unit"), kinds.get("qualifier"));
    }

    /** The English name of a canonical indicator name. */
    public Optional<String> indicator(String name) {
        return Optional.ofNullable(indicators.get(name));
    }

    /**
     * A unit in English ({@code 亿元} → {@code 100 million yuan}; {@code 个}, a bare count, → empty); a unit not in
     * the table stays as written.
     */
    public String unit(String unit) {
        return units.getOrDefault(unit, unit);
    }

    /** A qualifier label ({@code about}) in English words. */
    public Optional<String> qualifier(String label) {
        return Optional.ofNullable(qualifiers.get(label));
    }
}
