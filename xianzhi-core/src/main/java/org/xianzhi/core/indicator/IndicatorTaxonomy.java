package org.xianzhi.core.indicator;

import org.xianzhi.core.fact.Measure;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.xianzhi.core.lexicon.PhraseMatcher;
import org.xianzhi.core.lexicon.TsvResource;

/**
 * The indicators Xianzhi knows, with lookup by canonical name or alias and a scan that finds every alias in a text.
 * {@link #standard()} is loaded once from {@code indicators.tsv}. Immutable and thread-safe.
 *
 * <p>The scan is leftmost-longest and non-overlapping: {@code 农村集体经济收入} is one mention of a non-core indicator,
 * not {@code 农村…收入} of a core one, and {@code 城镇居民人均可支配收入} wins over the {@code 人均可支配收入} inside it.
 */
public final class IndicatorTaxonomy {
    private static final String RESOURCE = "indicators.tsv";

    private final List<Indicator> all;
    private final Map<String, Indicator> byName;
    private final Map<String, Indicator> byAlias;
    private final PhraseMatcher<Indicator> aliases;
    /** See {@link #sharedHeads(Map)}. */
    private final Map<String, int[]> sharedHeads;

    private static final class Standard {
        static final IndicatorTaxonomy INSTANCE = of(parse(TsvResource.read(IndicatorTaxonomy.class, RESOURCE)));
    }

    /** The taxonomy shipped with Xianzhi. */
    public static IndicatorTaxonomy standard() {
        return Standard.INSTANCE;
    }

    /**
     * A taxonomy of the given indicators.
     *
     * @throws IllegalArgumentException if a name or alias is used twice, or a distributive indicator names a part that
     *                                  is missing or itself distributive
     */
    public static IndicatorTaxonomy of(Collection<Indicator> indicators) {
        return new IndicatorTaxonomy(indicators);
    }

    private IndicatorTaxonomy(Collection<Indicator> indicators) {
        this.all = List.copyOf(indicators);
        Map<String, Indicator> names = new LinkedHashMap<>();
        Map<String, Indicator> spellings = new LinkedHashMap<>();
        for (Indicator indicator : all) {
            if (names.putIfAbsent(indicator.name(), indicator) != null) {
                throw new IllegalArgumentException("indicator " + indicator.name() + " is listed twice");
            }
            List<String> own = new ArrayList<>(indicator.aliases());
            own.add(0, indicator.name());
            for (String spelling : own) {
                Indicator other = spellings.putIfAbsent(spelling, indicator);
                if (other != null) {
                    throw new IllegalArgumentException("'" + spelling + "' names both " + other.name() + " and "
                            + indicator.name());
                }
            }
        }
        for (Indicator indicator : all) {
            for (String part : indicator.parts()) {
                Indicator p = names.get(part);
                if (p == null || p.distributive()) {
                    throw new IllegalArgumentException(indicator.name() + " spreads over '" + part
                            + "', which is " + (p == null ? "not an indicator" : "itself distributive"));
                }
            }
        }
        this.byName = Map.copyOf(names);
        this.byAlias = Map.copyOf(spellings);
        this.aliases = PhraseMatcher.of(spellings);
        this.sharedHeads = sharedHeads(spellings);
    }

    /**
     * For each spelling, how many of its first characters another indicator's spelling has in their place before the
     * same head ({@code 农村|居民人均可支配收入} and {@code 城镇|居民人均可支配收入}: 2); spellings that share no head
     * are left out, so that most mentions cost one lookup.
     */
    private static Map<String, int[]> sharedHeads(Map<String, Indicator> spellings) {
        Map<String, List<Indicator>> byHead = new HashMap<>();
        spellings.forEach((spelling, indicator) -> {
            for (int replaced = 1; replaced <= MAX_SHARING_WORD && replaced < spelling.length(); replaced++) {
                byHead.computeIfAbsent(spelling.substring(replaced), head -> new ArrayList<>()).add(indicator);
            }
        });
        Map<String, int[]> out = new HashMap<>();
        spellings.forEach((spelling, indicator) -> {
            int[] lengths = IntStream.rangeClosed(1, Math.min(MAX_SHARING_WORD, spelling.length() - 1))
                    .filter(r -> byHead.get(spelling.substring(r)).stream().anyMatch(other -> other != indicator))
                    .toArray();
            if (lengths.length > 0) {
                out.put(spelling, lengths);
            }
        });
        return Map.copyOf(out);
    }

    private static List<Indicator> parse(TsvResource table) {
        List<Indicator> indicators = new ArrayList<>();
        for (TsvResource.Row row : table.rows()) {
            try {
                indicators.add(new Indicator(row.get("name"), list(row.get("aliases")), row.get("unit"),
                        Dimension.ofToken(row.get("dimension")),
                        list(row.get("measures")).stream().map(Measure::ofLabel).collect(Collectors.toSet()),
                        core(row.get("core")), list(row.get("parts"))));
            } catch (IllegalArgumentException e) {
                throw row.error(e.getMessage());
            }
        }
        return indicators;
    }

    private static List<String> list(String field) {
        return field.isEmpty() ? List.of() : Arrays.asList(field.split("\\|"));
    }

    private static boolean core(String field) {
        return switch (field) {
            case "yes" -> true;
            case "no" -> false;
            default -> throw new IllegalArgumentException("core must be yes or no, was '" + field + "'");
        };
    }

    /** Every indicator, in data-file order. */
    public List<Indicator> all() {
        return all;
    }

    /** The core indicators of FACTS.md, in data-file order. */
    public List<Indicator> core() {
        return all.stream().filter(Indicator::core).toList();
    }

    /** Whether {@code name} is the canonical name of a core indicator. */
    public boolean isCore(String name) {
        Indicator indicator = byName.get(name);
        return indicator != null && indicator.core();
    }

    /** The indicator with this canonical name. */
    public Optional<Indicator> byName(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** The indicator spelled exactly so, by its canonical name or an alias. */
    public Optional<Indicator> byAlias(String spelling) {
        return Optional.ofNullable(byAlias.get(spelling));
    }

    /** The canonical names of all indicators. */
    public Set<String> names() {
        return byName.keySet();
    }

    /** Every indicator mention in the text, leftmost-longest and non-overlapping, in text order. */
    public List<IndicatorMention> find(CharSequence text) {
        return find(text, 0, text.length());
    }

    /**
     * Every indicator mention lying within {@code text[from, to)}, in text order. A name whose head is shared with the
     * one after it ({@code 城镇、农村居民人均可支配收入}, {@code 城镇和农村居民收入}) is a mention of its own, spanning
     * the words written for it.
     */
    public List<IndicatorMention> find(CharSequence text, int from, int to) {
        List<IndicatorMention> found = new ArrayList<>();
        aliases.scan(text, from, to, (start, end, alias, indicator) -> {
            IndicatorMention sharing = sharingTheHead(text, from, start, alias, indicator);
            if (sharing != null && (found.isEmpty() || found.get(found.size() - 1).end() <= sharing.start())) {
                found.add(sharing);
            }
            found.add(new IndicatorMention(start, end, alias, indicator));
        });
        return found;
    }

    /** What joins the first of two names that share a head to the second. */
    private static final String COORDINATORS = "、和及与";
    /** The longest word written for a name that shares its head ({@code 城镇}, {@code 城市}). */
    private static final int MAX_SHARING_WORD = 3;

    /**
     * The mention before {@code [start, …)} of another indicator that shares its head ({@code 城镇} in
     * {@code 城镇、农村居民人均可支配收入}): a word before a coordinator which, put in place of the alias's first
     * characters, spells an alias of another indicator. Null when there is none.
     */
    private IndicatorMention sharingTheHead(CharSequence text, int from, int start, String alias, Indicator indicator) {
        int joint = start - 1;
        int[] replacedLengths = sharedHeads.get(alias);
        if (replacedLengths != null && joint > from && COORDINATORS.indexOf(text.charAt(joint)) >= 0) {
            for (int length = 1; length <= MAX_SHARING_WORD && joint - length >= from; length++) {
                CharSequence word = text.subSequence(joint - length, joint);
                if (!isHan(word)) {
                    break;
                }
                for (int replaced : replacedLengths) {
                    Indicator other = byAlias.get(word + alias.substring(replaced));
                    if (other != null && other != indicator) {
                        return new IndicatorMention(joint - length, joint, word.toString(), other);
                    }
                }
            }
        }
        return null;
    }

    private static boolean isHan(CharSequence word) {
        return word.chars().allMatch(c -> c >= 0x4E00 && c <= 0x9FFF);
    }
}
