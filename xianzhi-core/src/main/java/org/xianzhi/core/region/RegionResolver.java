package org.xianzhi.core.region;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import org.xianzhi.core.lexicon.PhraseMatch;
import org.xianzhi.core.lexicon.PhraseMatcher;
import org.xianzhi.core.lexicon.PhraseOccurrences;
import org.xianzhi.core.text.Words;

/**
 * Reads regions out of a document's normalized simplified text: which county the document is about
 * ({@link #resolve}), and whether a figure at some position is about that county or about its city, province or the
 * nation ({@link #scopeAt}). Immutable and thread-safe; never throws on odd text.
 *
 * <p>How a document's region is decided: every name the gazetteer finds is evidence for the regions carrying it,
 * weighted more in the head (title, dateline, first lines: where a document says whose it is) than in the body, and
 * less for a short form ({@code 柳林}) than for a full name ({@code 柳林县}). A region known only by its short form is a
 * candidate only if the text also names one of its ancestors ({@code 吕梁}): short forms are often ordinary words.
 * Each candidate is also credited a little of its ancestors' evidence, which is what settles a name shared by two
 * regions ({@code 和平区} of 天津 or of 沈阳) and never outweighs the county's own mentions. The county with the most
 * evidence wins; a prefecture wins instead when it clearly dominates (a city's own report); a tie is no answer.
 *
 * <p>Before that, the words a document uses for itself tell its level: a province's report says {@code 全省} and
 * {@code 我省} far more than anything else, a city's {@code 全市}, a county's {@code 全县} ({@link #selfLevel}). When they
 * do, only regions of that level are candidates, so a province report's many city names, or an ordinary word that is
 * also a county's short name ({@code 资源}, {@code 合作}), never make it a city's or a county's.
 */
public final class RegionResolver {
    private static final int HEAD_LINES = 3;
    private static final int HEAD_MIN_CHARS = 200;
    private static final int HEAD_MAX_CHARS = 400;
    private static final double HEAD_WEIGHT = 4.0;
    private static final double BODY_WEIGHT = 1.0;
    private static final double SHORT_FORM_WEIGHT = 0.5;
    private static final double ANCESTOR_SHARE = 0.1;
    /** A prefecture (province) is the document's region only when it has this many times the evidence of the best
     * county (and prefecture). */
    private static final double PREFECTURE_DOMINANCE = 3.0;
    private static final double TIE = 1e-9;

    /** Districts named by a common word; they count only right after their city's name (阳泉市城区). */
    private static final Set<String> GENERIC_NAMES = Set.of("城区", "郊区", "矿区", "东区", "西区");
    /**
     * After a two-character county name (代县, 高县, 成县) these characters mean the 县 began a word of its own and the
     * name is an accident of the text: 现代县域, 提高县级, 建成县城, 代县长. A real name is followed by 县 again (岚县县城),
     * or by 政府 or 委 (岚县政府, 岚县委员会), which are left out here.
     */
    private static final String WORD_AFTER_COUNTY = "域城级乡镇直区长内外属";

    /** Words that name a scope without naming a region. */
    private enum ScopeWord { COUNTY, CITY, PREFECTURE, DISTRICT, PROVINCE, NATION }

    private static final PhraseMatcher<ScopeWord> SCOPE_WORDS = PhraseMatcher.of(Map.ofEntries(
            Map.entry("全县", ScopeWord.COUNTY), Map.entry("我县", ScopeWord.COUNTY), Map.entry("本县", ScopeWord.COUNTY),
            Map.entry("该县", ScopeWord.COUNTY), Map.entry("县域", ScopeWord.COUNTY), Map.entry("全旗", ScopeWord.COUNTY),
            Map.entry("我旗", ScopeWord.COUNTY), Map.entry("全市", ScopeWord.CITY), Map.entry("我市", ScopeWord.CITY),
            Map.entry("本市", ScopeWord.CITY), Map.entry("市域", ScopeWord.CITY), Map.entry("全州", ScopeWord.PREFECTURE),
            Map.entry("我州", ScopeWord.PREFECTURE), Map.entry("全盟", ScopeWord.PREFECTURE),
            Map.entry("全地区", ScopeWord.PREFECTURE), Map.entry("全区", ScopeWord.DISTRICT),
            Map.entry("我区", ScopeWord.DISTRICT), Map.entry("本区", ScopeWord.DISTRICT),
            Map.entry("全省", ScopeWord.PROVINCE), Map.entry("我省", ScopeWord.PROVINCE), Map.entry("本省", ScopeWord.PROVINCE),
            Map.entry("省内", ScopeWord.PROVINCE), Map.entry("全国", ScopeWord.NATION), Map.entry("我国", ScopeWord.NATION)));
    /** 安全市场, 健全市场, 完全省: the 全 belongs to the word before. */
    private static final String WORD_BEFORE_QUAN = "安健完齐保周成顾俱";
    /** 占全市, 居全省, 高于全国: a comparison, the figure is still about the document's region. */
    private static final String COMPARISON_BEFORE = "占居列于超比";
    /** 全市第一, 全省前列, 全国率先, 全市平均, 全省唯一, 全省33年来: a ranking or comparison scope, not the figure's region. */
    private static final List<String> COMPARISON_AFTER = List.of("第", "排", "前", "首", "最", "领先", "率先", "平均", "之首", "同类",
            "唯一", "零", "1", "2", "3", "4", "5", "6", "7", "8", "9");

    private final RegionGazetteer gazetteer;

    public RegionResolver(RegionGazetteer gazetteer) {
        this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
    }

    /** A resolver over {@link RegionGazetteer#standard()}. */
    public static RegionResolver standard() {
        return new RegionResolver(RegionGazetteer.standard());
    }

    /**
     * The region a document is about: a county-level region, or a prefecture when the document is the city's own.
     *
     * @param text the document's normalized simplified text
     * @return empty when the text names no region, or two regions equally
     */
    public Optional<Region> resolve(CharSequence text) {
        return resolve(text, reliableMentions(text, gazetteer.mentions(text, 0, text.length())),
                SCOPE_WORDS.findAll(text, 0, text.length()));
    }

    /**
     * Reads a document once for its region and the scopes of its figures; cheaper than {@link #resolve} and a
     * {@link #scopeAt} per figure, with the same answers.
     *
     * @param text the document's normalized simplified text
     */
    public DocumentRegions read(CharSequence text) {
        return new DocumentRegions(text);
    }

    /**
     * A level speaks for the document when its words are this many, and this many times those of the next level: a
     * report says 全省 dozens of times; an interview with a county's secretary about the city's congress says 全市 a
     * few times and is still the county's.
     */
    private static final int SELF_LEVEL_MIN = 5;
    private static final double SELF_LEVEL_DOMINANCE = 3.0;
    /** Words a region says of itself open so: 全县, 我县, 本县. 县域经济 and 省内 are any province's words. */
    private static final String SELF_WORD_OPENINGS = "全我本";

    private Optional<Region> resolve(CharSequence text, List<RegionMention> reliable,
                                     List<PhraseMatch<ScopeWord>> scopeWords) {
        int head = headEnd(text);
        Map<Region, Double> evidence = new HashMap<>();
        Set<Region> namedInFull = new HashSet<>();
        for (RegionMention m : reliable) {
            double weight = (m.start() < head ? HEAD_WEIGHT : BODY_WEIGHT) * (m.shortForm() ? SHORT_FORM_WEIGHT : 1.0);
            for (Region r : m.regions()) {
                evidence.merge(r, weight, Double::sum);
                if (!m.shortForm()) {
                    namedInFull.add(r);
                }
            }
        }
        ScopeWord level = selfLevel(text, scopeWords);
        if (level != null) {
            Optional<Region> speaking = best(r -> speaksAs(r, level), evidence, namedInFull);
            if (speaking.isPresent()) {
                return speaking;
            }
        }
        Optional<Region> county = best(r -> r.level() == RegionLevel.COUNTY, evidence, namedInFull);
        Optional<Region> prefecture = best(r -> r.level() == RegionLevel.PREFECTURE, evidence, namedInFull);
        Optional<Region> province = best(r -> r.level() == RegionLevel.PROVINCE, evidence, namedInFull);
        if (province.isPresent() && dominates(province.get(), county, evidence)
                && dominates(province.get(), prefecture, evidence)) {
            return province;
        }
        if (prefecture.isPresent() && county.isPresent() && dominates(prefecture.get(), county, evidence)) {
            return prefecture;
        }
        return county.or(() -> prefecture);
    }

    /**
     * The level a document speaks at: the scope word it uses for itself most ({@code 全省}, {@code 我市}, {@code 全县}),
     * not counting comparisons ({@code 全市第一}, {@code 占全省}), when it clearly dominates; else null.
     */
    /** Whether a wider region's evidence clearly outweighs a narrower candidate's (or there is none). */
    private static boolean dominates(Region wider, Optional<Region> narrower, Map<Region, Double> evidence) {
        return narrower.isEmpty() || evidence.get(wider) >= PREFECTURE_DOMINANCE * evidence.get(narrower.get());
    }

    private static ScopeWord selfLevel(CharSequence text, List<PhraseMatch<ScopeWord>> words) {
        int[] counts = new int[ScopeWord.values().length];
        for (PhraseMatch<ScopeWord> m : words) {
            if (m.value() != ScopeWord.NATION && SELF_WORD_OPENINGS.indexOf(m.phrase().charAt(0)) >= 0
                    && !partOfWord(text, m) && !comparison(text, m.start(), m.end())) {
                counts[m.value().ordinal()]++;
            }
        }
        ScopeWord first = null;
        int second = 0;
        for (ScopeWord w : ScopeWord.values()) {
            int n = counts[w.ordinal()];
            if (first == null || n > counts[first.ordinal()]) {
                second = first == null ? 0 : counts[first.ordinal()];
                first = w;
            } else if (n > second) {
                second = n;
            }
        }
        int top = counts[first.ordinal()];
        return top >= SELF_LEVEL_MIN && top >= SELF_LEVEL_DOMINANCE * second ? first : null;
    }

    /**
     * Whether a region can call itself by a scope word: {@code 全市} a prefecture or a county-level city, {@code 全区} a
     * district or an autonomous region, {@code 全县} a county, a banner or a district that was a county.
     */
    private static boolean speaksAs(Region r, ScopeWord word) {
        return switch (word) {
            case PROVINCE -> r.level() == RegionLevel.PROVINCE && !r.name().endsWith("自治区");
            case PREFECTURE -> r.level() == RegionLevel.PREFECTURE;
            case CITY -> r.level() == RegionLevel.PREFECTURE || r.level() == RegionLevel.COUNTY && r.name().endsWith("市");
            case DISTRICT -> r.level() == RegionLevel.COUNTY && r.name().endsWith("区")
                    || r.level() == RegionLevel.PROVINCE && r.name().endsWith("自治区");
            // A district that was a county still said 全县 then (徐水县, now 徐水区).
            case COUNTY -> r.level() == RegionLevel.COUNTY && !r.name().endsWith("市");
            case NATION -> false;
        };
    }

    private Optional<Region> best(Predicate<Region> candidate, Map<Region, Double> evidence,
                                  Set<Region> namedInFull) {
        List<Map.Entry<Region, Double>> scored = new ArrayList<>();
        for (Map.Entry<Region, Double> e : evidence.entrySet()) {
            Region r = e.getKey();
            if (!candidate.test(r)) {
                continue;
            }
            List<Region> lineage = gazetteer.lineage(r);
            double context = lineage.subList(1, lineage.size()).stream()
                    .mapToDouble(a -> evidence.getOrDefault(a, 0.0)).sum();
            if (!namedInFull.contains(r) && context == 0) {
                continue;
            }
            scored.add(Map.entry(r, e.getValue() + ANCESTOR_SHARE * context));
        }
        scored.sort(Map.Entry.<Region, Double>comparingByValue(Comparator.reverseOrder())
                .thenComparing(e -> e.getKey().code()));
        if (scored.isEmpty() || scored.size() > 1 && scored.get(0).getValue() - scored.get(1).getValue() < TIE) {
            return Optional.empty();
        }
        return Optional.of(scored.get(0).getKey());
    }

    /** The end of the head: the first few non-blank lines, at least {@value #HEAD_MIN_CHARS} characters. */
    private static int headEnd(CharSequence text) {
        int n = text.length();
        int lines = 0;
        boolean inLine = false;
        int i = 0;
        for (; i < n && i < HEAD_MAX_CHARS && lines < HEAD_LINES; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                lines += inLine ? 1 : 0;
                inLine = false;
            } else if (!Character.isWhitespace(c)) {
                inLine = true;
            }
        }
        return Math.max(Math.min(HEAD_MIN_CHARS, n), i);
    }

    /**
     * Whom the figure starting at {@code figureStart} is about: the nearest scope said before it in its clause — a
     * scope word ({@code 全县}, {@code 全市}, {@code 全省}, {@code 全国}) or a region name (another region's only by its
     * full name) — or, when nothing is said,
     * the document's own region. Comparisons are not scopes: in {@code 增速全市排名第一} or {@code 占全市的三成} the figure
     * is still the county's (the caller reads {@code 全市} as the rank's scope).
     *
     * @param own         the document's region
     * @param text        the normalized text
     * @param clauseStart where the figure's clause starts; nothing before it is looked at
     * @param figureStart where the figure starts, {@code clauseStart <= figureStart <= text.length()}
     */
    public RegionScope scopeAt(Region own, CharSequence text, int clauseStart, int figureStart) {
        Objects.requireNonNull(own, "own");
        Objects.checkFromToIndex(clauseStart, figureStart, text.length());
        return scope(own, text, SCOPE_WORDS.findAll(text, clauseStart, figureStart),
                reliableMentions(text, gazetteer.mentions(text, clauseStart, figureStart)));
    }

    /** The scope of a figure from the scope words and the region names of its clause before it. */
    private RegionScope scope(Region own, CharSequence text, List<PhraseMatch<ScopeWord>> words,
            List<RegionMention> names) {
        PhraseMatch<ScopeWord> word = null;
        for (PhraseMatch<ScopeWord> m : words) {
            if (!partOfWord(text, m) && !comparison(text, m.start(), m.end())) {
                word = m;
            }
        }
        RegionMention name = null;
        List<Region> lineage = gazetteer.lineage(own);
        for (RegionMention m : names) {
            // A short form names a scope only for the county's own lineage: 关中平原 is no mention of 平原县.
            boolean trusted = !m.shortForm() || lineage.stream().anyMatch(m::names);
            if (trusted && !comparison(text, m.start(), m.end())) {
                name = m;
            }
        }
        if (name != null && (word == null || name.start() > word.start())) {
            return scopeOfName(own, name);
        }
        return word == null ? new RegionScope(RegionScope.Kind.OWN, own) : scopeOfWord(own, word.value());
    }

    /** {@code 安全市场}, {@code 健全市场}: the 全 belongs to the word before. */
    private static boolean partOfWord(CharSequence text, PhraseMatch<ScopeWord> m) {
        return m.phrase().charAt(0) == '全' && m.start() > 0 && WORD_BEFORE_QUAN.indexOf(text.charAt(m.start() - 1)) >= 0;
    }

    private static boolean comparison(CharSequence text, int start, int end) {
        if (start > 0 && COMPARISON_BEFORE.indexOf(text.charAt(start - 1)) >= 0) {
            return true;
        }
        for (String after : COMPARISON_AFTER) {
            if (Words.startsWith(text, end, after)) {
                return true;
            }
        }
        return false;
    }

    private RegionScope scopeOfWord(Region own, ScopeWord word) {
        List<Region> lineage = gazetteer.lineage(own);
        Region province = lineage.get(lineage.size() - 1);
        Optional<Region> parent = gazetteer.parent(own);
        return switch (word) {
            case COUNTY -> own(own);
            case NATION -> new RegionScope(RegionScope.Kind.NATION, null);
            // A county-level city calls itself 全市; so does a prefecture.
            case CITY -> own.level() != RegionLevel.COUNTY || own.name().endsWith("市") || parent.isEmpty()
                    ? own(own) : enclosing(parent.get());
            case PREFECTURE -> lineage.stream().filter(r -> r.level() == RegionLevel.PREFECTURE && !r.equals(own))
                    .findFirst().map(RegionResolver::enclosing).orElseGet(() -> own(own));
            // 全区 is a district's own word, and an autonomous region's (广西, 宁夏) for the counties within it.
            case DISTRICT -> !own.name().endsWith("区") && province.name().endsWith("自治区") && !province.equals(own)
                    ? enclosing(province) : own(own);
            case PROVINCE -> province.equals(own) ? own(own) : enclosing(province);
        };
    }

    private RegionScope scopeOfName(Region own, RegionMention name) {
        if (name.names(own)) {
            return own(own);
        }
        for (Region ancestor : gazetteer.lineage(own)) {
            if (name.names(ancestor)) {
                return enclosing(ancestor);
            }
        }
        List<Region> lineage = gazetteer.lineage(own);
        Region province = lineage.get(lineage.size() - 1);
        Region other = name.regions().stream().filter(r -> gazetteer.within(r, province)).findFirst()
                .orElse(name.regions().get(0));
        return new RegionScope(RegionScope.Kind.OTHER, other);
    }

    private static RegionScope own(Region own) {
        return new RegionScope(RegionScope.Kind.OWN, own);
    }

    private static RegionScope enclosing(Region region) {
        return new RegionScope(RegionScope.Kind.ENCLOSING, region);
    }

    /**
     * The gazetteer's mentions without the accidental ones: generic district names not preceded by their city, and
     * two-character county names whose 县 starts the next word.
     */
    private static List<RegionMention> reliableMentions(CharSequence text, List<RegionMention> all) {
        List<RegionMention> kept = new ArrayList<>(all.size());
        for (int i = 0; i < all.size(); i++) {
            RegionMention m = all.get(i);
            String name = m.regions().get(0).name();
            if (GENERIC_NAMES.contains(name) && !m.shortForm()) {
                RegionMention before = i > 0 && all.get(i - 1).end() == m.start() ? all.get(i - 1) : null;
                List<Region> under = before == null ? List.of() : m.regions().stream()
                        .filter(r -> before.regions().stream().anyMatch(p -> p.code().equals(r.parentCode())))
                        .toList();
                if (!under.isEmpty()) {
                    kept.add(new RegionMention(m.start(), m.end(), under, false));
                }
            } else if (!m.shortForm() && m.end() - m.start() == 2 && m.end() < text.length()
                    && WORD_AFTER_COUNTY.indexOf(text.charAt(m.end())) >= 0) {
                continue;
            } else {
                kept.add(m);
            }
        }
        return kept;
    }

    /**
     * One document read for regions: the names and scope words in it are found once, and every question about it is
     * answered from them, exactly as {@link #resolve} and {@link #scopeAt} answer it. Immutable; holds the text.
     */
    public final class DocumentRegions {
        private final CharSequence text;
        private final PhraseOccurrences<RegionGazetteer.NamedRegions> names;
        private final PhraseOccurrences<ScopeWord> words;
        private final Optional<Region> region;

        private DocumentRegions(CharSequence text) {
            this.text = text;
            this.names = gazetteer.occurrences(text);
            this.words = SCOPE_WORDS.occurrences(text);
            this.region = resolve(text, reliableMentions(text, RegionGazetteer.mentions(names, 0, text.length())),
                    words.findAll(0, text.length()));
        }

        /** What {@link RegionResolver#resolve} says of the text. */
        public Optional<Region> region() {
            return region;
        }

        /**
         * What {@link RegionResolver#scopeAt} says of the figure at {@code figureStart}, the document's region being
         * the {@code own} one.
         *
         * @throws IllegalStateException when the document has no region (see {@link #region()})
         */
        public RegionScope scopeAt(int clauseStart, int figureStart) {
            Region own = region.orElseThrow(() -> new IllegalStateException("the document names no region"));
            Objects.checkFromToIndex(clauseStart, figureStart, text.length());
            return scope(own, text, words.findAll(clauseStart, figureStart), reliableMentions(text, RegionGazetteer.mentions(names, clauseStart, figureStart)));
        }
    }
}
