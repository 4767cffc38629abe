package org.xianzhi.core.region;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.xianzhi.core.lexicon.PhraseMatcher;
import org.xianzhi.core.lexicon.PhraseOccurrences;
import org.xianzhi.core.lexicon.TsvResource;

/**
 * The administrative divisions of China at province, prefecture and county level, with lookups by code and by name
 * and a scan that finds every full or short name in a text. {@link #standard()} is loaded once from
 * {@code regions.tsv} (see {@code tools/build-regions.mjs}). Immutable and thread-safe.
 *
 * <p>Names are not unique: {@code 和平区} is a district of both 天津市 and 沈阳市, and short forms collide more often
 * ({@code 吉林} is a province and a city, {@code 河南} a province and a county of 青海). Lookups by name therefore
 * return lists, ordered by code.
 */
public final class RegionGazetteer {
    private static final String RESOURCE = "regions.tsv";
    private static final Comparator<Region> BY_CODE = Comparator.comparing(Region::code);
    /**
     * The national-level new areas, named like divisions but none of them: matched as names of no region, so that
     * the county short forms inside them ({@code 雄安新区} holds 安新) are not read as mentions.
     */
    private static final List<String> NOT_DIVISIONS = List.of("雄安新区", "两江新区", "天府新区", "贵安新区", "西咸新区",
            "兰州新区", "南沙新区", "舟山群岛新区", "金普新区", "长春新区", "赣江新区", "滇中新区", "哈尔滨新区", "福州新区",
            "西海岸新区", "湘江新区", "江北新区");

    private final List<Region> all;
    private final Map<String, Region> byCode;
    private final Map<String, List<Region>> byName;
    private final Map<String, List<Region>> byShortName;
    private final PhraseMatcher<NamedRegions> names;

    /** The regions carrying one name; {@code shortForm} when the name is their short form. */
    record NamedRegions(List<Region> regions, boolean shortForm) {
    }

    private static final class Standard {
        static final RegionGazetteer INSTANCE = of(parse(TsvResource.read(RegionGazetteer.class, RESOURCE)));
    }

    /** The divisions shipped with Xianzhi (2023 edition, 3,338 regions). */
    public static RegionGazetteer standard() {
        return Standard.INSTANCE;
    }

    /**
     * A gazetteer of the given regions.
     *
     * @throws IllegalArgumentException if two regions share a code or a region's parent is missing
     */
    public static RegionGazetteer of(Collection<Region> regions) {
        return new RegionGazetteer(regions);
    }

    private RegionGazetteer(Collection<Region> regions) {
        List<Region> sorted = new ArrayList<>(regions);
        sorted.sort(BY_CODE);
        this.all = List.copyOf(sorted);
        Map<String, Region> codes = new HashMap<>();
        Map<String, List<Region>> full = new HashMap<>();
        Map<String, List<Region>> shortForms = new HashMap<>();
        for (Region r : all) {
            if (codes.putIfAbsent(r.code(), r) != null) {
                throw new IllegalArgumentException("two regions with code " + r.code());
            }
            full.computeIfAbsent(r.name(), k -> new ArrayList<>()).add(r);
            if (r.hasShortForm()) {
                shortForms.computeIfAbsent(r.shortName(), k -> new ArrayList<>()).add(r);
            }
        }
        for (Region r : all) {
            if (r.parentCode() != null && !codes.containsKey(r.parentCode())) {
                throw new IllegalArgumentException("region " + r.code() + " " + r.name() + " has unknown parent "
                        + r.parentCode());
            }
        }
        this.byCode = Map.copyOf(codes);
        this.byName = freeze(full);
        this.byShortName = freeze(shortForms);

        // A string that is one region's full name and another's short form does not occur in the data; if it ever
        // does, the full name is the stronger reading.
        Map<String, NamedRegions> phrases = new LinkedHashMap<>();
        byShortName.forEach((name, rs) -> phrases.put(name, new NamedRegions(rs, true)));
        formerNames(all, full).forEach((name, r) -> phrases.put(name, new NamedRegions(List.of(r), false)));
        NOT_DIVISIONS.forEach(name -> phrases.put(name, new NamedRegions(List.of(), false)));
        byName.forEach((name, rs) -> phrases.put(name, new NamedRegions(rs, false)));
        this.names = PhraseMatcher.of(phrases);
    }

    /**
     * The names districts and county-level cities carried as counties (撤县设区, 撤县设市): {@code 徐水县} for 徐水区,
     * {@code 安国县} for 安国市, and {@code 藁城市} for a district that was a county-level city. Documents from before the
     * change name the place so; the figures are the same place's, under its current code. Only a name that no region
     * carries today, from a short form of two characters or more.
     */
    static Map<String, Region> formerNames(List<Region> regions, Map<String, List<Region>> current) {
        Map<String, Region> former = new HashMap<>();
        Map<String, Integer> claims = new HashMap<>();
        for (Region r : regions) {
            if (r.level() != RegionLevel.COUNTY || !r.hasShortForm() || r.shortName().length() < 2) {
                continue;
            }
            List<String> names = r.name().endsWith("区") ? List.of(r.shortName() + "县", r.shortName() + "市")
                    : r.name().endsWith("市") ? List.of(r.shortName() + "县") : List.of();
            for (String name : names) {
                if (!current.containsKey(name)) {
                    former.put(name, r);
                    claims.merge(name, 1, Integer::sum);
                }
            }
        }
        // Two places that could have carried one name: neither is named by it for sure.
        claims.forEach((name, n) -> {
            if (n > 1) {
                former.remove(name);
            }
        });
        return former;
    }

    private static Map<String, List<Region>> freeze(Map<String, List<Region>> map) {
        Map<String, List<Region>> frozen = new HashMap<>();
        map.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        return Map.copyOf(frozen);
    }

    private static List<Region> parse(TsvResource table) {
        List<Region> regions = new ArrayList<>();
        for (TsvResource.Row row : table.rows()) {
            try {
                String parent = row.get("parent");
                regions.add(new Region(row.get("code"), row.get("name"),
                        RegionLevel.valueOf(row.get("level").toUpperCase(Locale.ROOT)),
                        parent.isEmpty() ? null : parent, row.get("short")));
            } catch (IllegalArgumentException e) {
                throw row.error(e.getMessage());
            }
        }
        return regions;
    }

    /** Every region, ordered by code. */
    public List<Region> all() {
        return all;
    }

    /** The region with this 6-digit code. */
    public Optional<Region> byCode(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** The regions whose full official name is exactly {@code name}, ordered by code; empty if none. */
    public List<Region> byName(String name) {
        return byName.getOrDefault(name, List.of());
    }

    /** The regions whose short form is exactly {@code shortName} ({@code 吕梁}, {@code 柳林}), ordered by code. */
    public List<Region> byShortName(String shortName) {
        return byShortName.getOrDefault(shortName, List.of());
    }

    /** The enclosing region; empty for a province. */
    public Optional<Region> parent(Region region) {
        return region.parentCode() == null ? Optional.empty() : Optional.of(byCode.get(region.parentCode()));
    }

    /** The region and its ancestors, from the region up to its province. */
    public List<Region> lineage(Region region) {
        List<Region> chain = new ArrayList<>(3);
        for (Region r = region; r != null; r = r.parentCode() == null ? null : byCode.get(r.parentCode())) {
            chain.add(r);
        }
        return chain;
    }

    /** Whether {@code region} is {@code ancestor} or lies within it. */
    public boolean within(Region region, Region ancestor) {
        Objects.requireNonNull(ancestor, "ancestor");
        return lineage(region).contains(ancestor);
    }

    /** Every region name in the text, leftmost-longest and non-overlapping ({@code 吕梁市} is one mention, not 吕梁). */
    public List<RegionMention> mentions(CharSequence text) {
        return mentions(text, 0, text.length());
    }

    /** Every region name lying within {@code text[from, to)}. */
    public List<RegionMention> mentions(CharSequence text, int from, int to) {
        List<RegionMention> found = new ArrayList<>();
        names.scan(text, from, to, collector(found));
        return found;
    }

    /** Every region name in {@code text}, found once, for {@link #mentions(PhraseOccurrences, int, int)}. */
    PhraseOccurrences<NamedRegions> occurrences(CharSequence text) {
        return names.occurrences(text);
    }

    /** What {@link #mentions(CharSequence, int, int)} returns for the text the occurrences were found in. */
    static List<RegionMention> mentions(PhraseOccurrences<NamedRegions> occurrences, int from, int to) {
        List<RegionMention> found = new ArrayList<>();
        occurrences.scan(from, to, collector(found));
        return found;
    }

    private static PhraseMatcher.MatchSink<NamedRegions> collector(List<RegionMention> found) {
        return (start, end, phrase, named) -> {
            if (!named.regions().isEmpty()) {
                found.add(new RegionMention(start, end, named.regions(), named.shortForm()));
            }
        };
    }
}
