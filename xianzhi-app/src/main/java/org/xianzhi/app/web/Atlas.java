package org.xianzhi.app.web;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.xianzhi.app.facts.UnitConversion;
import org.xianzhi.app.quality.FlagFilter;
import org.xianzhi.app.quality.PlausibleRanges;
import org.xianzhi.app.quality.QualityAudit;
import org.xianzhi.app.quality.QualityReport;
import org.xianzhi.app.search.SearchHit;
import org.xianzhi.app.search.SearchRequest;
import org.xianzhi.app.search.SearchResults;
import org.xianzhi.app.ingest.IngestReport;
import org.xianzhi.app.ingest.Ingester;
import org.xianzhi.app.store.DocumentSummary;
import org.xianzhi.app.store.FactQuery;
import org.xianzhi.app.store.FactStore;
import org.xianzhi.app.store.RegionSummary;
import org.xianzhi.app.store.StoredDocument;
import org.xianzhi.app.store.StoredFact;
import org.xianzhi.app.tracking.TargetStatus;
import org.xianzhi.app.tracking.TargetTracker;
import org.xianzhi.app.tracking.TrackedTarget;
import org.xianzhi.core.fact.RejectedFact;
import org.xianzhi.core.fact.Fact;
import org.xianzhi.core.fact.Measure;
import org.xianzhi.core.fact.Status;
import org.xianzhi.core.indicator.Indicator;
import org.xianzhi.core.indicator.IndicatorTaxonomy;
import org.xianzhi.core.ingest.DocumentReader;
import org.xianzhi.core.ingest.SourceDocument;
import org.xianzhi.core.ingest.UnreadableDocumentException;
import org.xianzhi.core.region.RegionGazetteer;

/**
 * The store as the pages and the API see it: regions with their indicators over the years, targets against actuals,
 * documents with their facts, search, and the upload of a new document. Both the HTML pages and the JSON API call
 * these methods and nothing else.
 *
 * <p>Bad arguments throw {@link IllegalArgumentException} (400); a region or document the store does not hold throws
 * {@link UnknownRecordException} (404).
 */
public final class Atlas {
    private final FactStore store;
    private final TargetTracker tracker;
    private final IndicatorTaxonomy taxonomy;
    private final DocumentSearch search;
    private final Ingester ingester;
    private final DocumentReader uploadReader;
    private final TargetCache targets;
    private final QualityCache quality;

    /**
     * @param ingester     what stores uploads; null for a read-only atlas
     * @param uploadReader reads uploads, with the size limit they are held to
     */
    public Atlas(FactStore store, TargetTracker tracker, IndicatorTaxonomy taxonomy, DocumentSearch search,
                 Ingester ingester, DocumentReader uploadReader) {
        this.store = Objects.requireNonNull(store, "store");
        this.tracker = Objects.requireNonNull(tracker, "tracker");
        this.taxonomy = Objects.requireNonNull(taxonomy, "taxonomy");
        this.search = Objects.requireNonNull(search, "search");
        this.ingester = ingester;
        this.uploadReader = Objects.requireNonNull(uploadReader, "uploadReader");
        this.targets = new TargetCache(store, tracker);
        this.quality = new QualityCache(store, new QualityAudit(PlausibleRanges.standard(), taxonomy,
                RegionGazetteer.standard()));
    }

    /** Starts tracking every target in the background, so that the first targets page does not wait for it. */
    public void warmUp() {
        targets.warmUp();
    }

    /** The ledger of projects, promises and officials of this atlas's store, judged as of today. */
    public ProjectLedger ledger() {
        return new ProjectLedger(store, java.time.Clock.systemUTC());
    }

    public boolean writable() {
        return ingester != null;
    }

    public IndicatorTaxonomy taxonomy() {
        return taxonomy;
    }

    public Overview overview(int latest) throws SQLException {
        return new Overview(store.documentCount(), store.factCount(), regions(), store.documentSummaries(null, latest));
    }

    /**
     * The regions with facts. Facts of a document whose region was not found have a blank region: they are about no
     * region a page can show, so they are not listed as one.
     */
    public List<RegionSummary> regions() throws SQLException {
        return store.regionSummaries().stream().filter(r -> r.name() != null && !r.name().isBlank()).toList();
    }

    /** Every indicator of the taxonomy, in its order, with its fact count. */
    public List<IndicatorEntry> indicators() throws SQLException {
        Map<String, Long> counts = store.factCountsByIndicator();
        return taxonomy.all().stream().map(i -> new IndicatorEntry(i, counts.getOrDefault(i.name(), 0L))).toList();
    }

    /** The canonical indicator a name or alias stands for. */
    public Indicator indicator(String nameOrAlias) {
        return taxonomy.byName(nameOrAlias).or(() -> taxonomy.byAlias(nameOrAlias)).orElseThrow(() ->
                new IllegalArgumentException("unknown indicator '" + nameOrAlias + "'; /api/indicators lists them"));
    }

    /** A region's page: {@code key} is its code or its full name. */
    public RegionProfile region(String key) throws SQLException {
        return region(key, FlagFilter.SHOW);
    }

    /** A region's page with the facts {@code flagged} keeps; its quality report covers every fact. */
    public RegionProfile region(String key, FlagFilter flagged) throws SQLException {
        List<StoredFact> every = store.facts(FactQuery.all().withRegion(key));
        if (every.isEmpty()) {
            throw new UnknownRecordException("no facts about region '" + key + "'");
        }
        QualityReport report = quality.region(every);
        List<StoredFact> facts = flagged.keep(every, report::flagged);
        Fact first = every.get(0).fact();
        List<IndicatorSeries> series = seriesOf(facts);
        List<StoredFact> ranks = facts.stream().filter(f -> f.fact().measure() == Measure.RANK).toList();
        return new RegionProfile(first.region(), first.regionCode(), series, facts, tracker.track(facts), ranks,
                store.documentSummaries(key, 200), report);
    }

    /**
     * The indicators over the years of each region a key names, or of every region when none is, read with one query
     * for all of them: every region's whole profile ({@link #region}) costs a few queries each.
     */
    public List<RegionSeries> series(List<String> keys) throws SQLException {
        List<RegionSeries> out = new ArrayList<>();
        if (!keys.isEmpty()) {
            for (String key : keys) {
                RegionProfile p = region(key);
                out.add(new RegionSeries(p.name(), p.code(), p.series()));
            }
            return out;
        }
        // a region's key is its code where the facts have one, as the store's region summaries have it
        Map<String, List<StoredFact>> byRegion = store.facts(FactQuery.all()).stream().collect(Collectors.groupingBy(
                f -> f.fact().regionCode() != null ? f.fact().regionCode() : f.fact().region(), Collectors.toList()));
        for (RegionSummary r : regions()) {
            List<StoredFact> facts = byRegion.get(r.key());
            if (facts != null) {
                Fact first = facts.get(0).fact();
                out.add(new RegionSeries(first.region(), first.regionCode(), seriesOf(facts)));
            }
        }
        return out;
    }

    /** Every indicator and measure of {@code facts} over the years, indicators in taxonomy order. */
    private List<IndicatorSeries> seriesOf(List<StoredFact> facts) {
        Map<String, List<StoredFact>> byIndicator = facts.stream()
                .collect(Collectors.groupingBy(f -> f.fact().indicator(), LinkedHashMap::new, Collectors.toList()));
        List<IndicatorSeries> series = new ArrayList<>();
        for (String name : indicatorOrder(byIndicator.keySet())) {
            Map<Measure, List<StoredFact>> byMeasure = byIndicator.get(name).stream()
                    .collect(Collectors.groupingBy(f -> f.fact().measure(), () -> new EnumMap<>(Measure.class), Collectors.toList()));
            for (Measure m : measureOrder(byMeasure)) {
                IndicatorSeries s = series(name, m, byMeasure.get(m));
                if (!s.isEmpty()) {
                    series.add(s);
                }
            }
        }
        return series;
    }

    /** The store's regions placed in the divisions of China. */
    public RegionHierarchy hierarchy() throws SQLException {
        return new RegionHierarchy(RegionGazetteer.standard(), store.regionSummaries());
    }

    /**
     * Per region (by its key), the actual of an indicator and measure for {@code year}, or for the latest single year
     * reported when {@code year} is null; the latest report wins. Facts the quality audit flagged are passed over.
     */
    public Map<String, StoredFact> latest(String indicatorName, Measure measure, Integer year) throws SQLException {
        String name = indicator(indicatorName).name();
        List<StoredFact> facts = store.facts(FactQuery.all().withIndicator(name).withStatus(Status.ACTUAL)
                .withYears(year, year)).stream()
                .filter(f -> f.fact().measure() == measure && f.fact().period().length() == 4).toList();
        QualityReport report = quality.of(facts);
        Map<String, StoredFact> latest = new LinkedHashMap<>();
        facts.stream().filter(f -> !report.flagged(f))
                .sorted(Comparator.comparing((StoredFact f) -> f.fact().period()).reversed().thenComparing(TargetTracker.LATEST_FIRST))
                .forEach(f -> latest.putIfAbsent(f.fact().regionCode() != null ? f.fact().regionCode() : f.fact().region(), f));
        return latest;
    }

    /** The quality flags of these facts, each of their regions audited as a whole. */
    public QualityReport quality(List<StoredFact> facts) throws SQLException {
        return quality.of(facts);
    }

    /** The facts a query selects, at most {@code limit}; the indicator must be known. */
    public List<StoredFact> facts(FactQuery q, int limit) throws SQLException {
        return facts(q, limit, FlagFilter.SHOW);
    }

    /** The facts a query selects that {@code flagged} keeps, at most {@code limit}. */
    public List<StoredFact> facts(FactQuery q, int limit, FlagFilter flagged) throws SQLException {
        FactQuery query = q.indicator() == null ? q : q.withIndicator(indicator(q.indicator()).name());
        if (flagged == FlagFilter.SHOW) {
            return store.facts(query, limit);
        }
        List<StoredFact> all = store.facts(query);
        QualityReport report = quality.of(all);
        return flagged.keep(all, report::flagged).stream().limit(limit).toList();
    }

    /** Targets with their verdicts, filtered; each is judged against the actuals of the same selection. */
    public List<TrackedTarget> targets(String region, String indicator, Integer year, TargetStatus status, int limit)
            throws SQLException {
        TargetCache.Selection selection = new TargetCache.Selection(region,
                indicator == null ? null : indicator(indicator).name(), year);
        return targets.targets(selection).stream().filter(t -> status == null || t.status() == status)
                .limit(limit).toList();
    }

    public List<DocumentSummary> documents(String region, int limit) throws SQLException {
        return store.documentSummaries(region, limit);
    }

    public DocumentView document(String id) throws SQLException {
        StoredDocument d = store.document(id).orElseThrow(() -> new UnknownRecordException("no document '" + id + "'"));
        return new DocumentView(d, store.factsOf(id));
    }

    /**
     * One indicator across regions. {@code measure} may be null: then the measure most of their facts have (a value
     * where there is one).
     */
    public Comparison compare(String indicatorName, List<String> regionKeys, Measure measure) throws SQLException {
        if (regionKeys.isEmpty()) {
            throw new IllegalArgumentException("name at least one region to compare");
        }
        Indicator indicator = indicator(indicatorName);
        List<RegionSummary> known = store.regionSummaries();
        Map<RegionSummary, List<StoredFact>> factsByRegion = new LinkedHashMap<>();
        for (String key : regionKeys) {
            RegionSummary region = known.stream().filter(r -> key.equals(r.code()) || key.equals(r.name())).findFirst()
                    .orElseThrow(() -> new UnknownRecordException("no facts about region '" + key + "'"));
            factsByRegion.put(region, store.facts(FactQuery.all().withRegion(region.key()).withIndicator(indicator.name())));
        }
        Measure m = measure;
        if (m == null) {
            Map<Measure, List<StoredFact>> all = factsByRegion.values().stream().flatMap(List::stream)
                    .collect(Collectors.groupingBy(f -> f.fact().measure(), () -> new EnumMap<>(Measure.class), Collectors.toList()));
            m = all.isEmpty() ? Measure.VALUE : measureOrder(all).get(0);
        }
        Measure chosen = m;
        List<StoredFact> every = factsByRegion.values().stream().flatMap(List::stream)
                .filter(f -> f.fact().measure() == chosen).toList();
        String unit = unitOf(indicator.name(), chosen, every);
        List<Comparison.RegionSeries> rows = new ArrayList<>();
        for (Map.Entry<RegionSummary, List<StoredFact>> e : factsByRegion.entrySet()) {
            List<StoredFact> facts = e.getValue().stream().filter(f -> f.fact().measure() == chosen).toList();
            rows.add(new Comparison.RegionSeries(e.getKey().name(), e.getKey().code(),
                    series(indicator.name(), chosen, unit, facts)));
        }
        return new Comparison(indicator.name(), chosen, unit, rows);
    }

    public SearchResults search(SearchRequest request) throws Exception {
        if (request.query().isBlank()) {
            throw new IllegalArgumentException("q must not be empty");
        }
        return search.search(request);
    }

    /** Stores an uploaded document (read, normalized, extracted) unless the store already holds it. */
    public UploadResult upload(String file, byte[] bytes) throws SQLException, InterruptedException {
        if (ingester == null) {
            throw new IllegalStateException("this server is read-only");
        }
        SourceDocument doc;
        try {
            doc = uploadReader.read(file, bytes);
        } catch (UnreadableDocumentException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        IngestReport report;
        // One writer at a time: DuckDB takes one writing connection per process well, not several racing.
        synchronized (this) {
            report = ingester.ingest(file, bytes, uploadReader);
            targets.clear();
            quality.clear();
        }
        if (!report.badFiles().isEmpty()) {
            throw new IllegalArgumentException(file + ": " + report.badFiles().get(0).reason());
        }
        StoredDocument stored = store.document(doc.id()).orElseThrow(() ->
                new IllegalStateException("document " + doc.id() + " was ingested but is not in the store"));
        return new UploadResult(doc.id(), stored.file(), report.tally().stored() == 1, stored.factCount(),
                report.rejectedFacts().stream().map(RejectedFact::message).toList());
    }

    /** Taxonomy order, then any indicator the taxonomy does not know, by name. */
    private List<String> indicatorOrder(Collection<String> names) {
        Map<String, Integer> rank = new HashMap<>();
        List<Indicator> all = taxonomy.all();
        for (int i = 0; i < all.size(); i++) {
            rank.put(all.get(i).name(), i);
        }
        return names.stream().sorted(Comparator.comparing((String n) -> rank.getOrDefault(n, Integer.MAX_VALUE))
                .thenComparing(Function.identity())).toList();
    }

    /** Value first when present (it is what an indicator is about), then the measures with most facts. */
    private static List<Measure> measureOrder(Map<Measure, List<StoredFact>> byMeasure) {
        return byMeasure.keySet().stream().sorted(Comparator
                .comparing((Measure m) -> m != Measure.VALUE)
                .thenComparing(m -> -byMeasure.get(m).size())
                .thenComparing(Enum::ordinal)).toList();
    }

    private IndicatorSeries series(String indicator, Measure measure, List<StoredFact> facts) {
        return series(indicator, measure, unitOf(indicator, measure, facts), facts);
    }

    /** One point per single year and status: the latest report's figure, in {@code unit}; other units are left out. */
    private static IndicatorSeries series(String indicator, Measure measure, String unit, List<StoredFact> facts) {
        Map<Integer, SeriesPoint> actuals = new TreeMap<>();
        Map<Integer, SeriesPoint> targets = new TreeMap<>();
        facts.stream().sorted(TargetTracker.LATEST_FIRST).forEach(f -> {
            Fact fact = f.fact();
            if (fact.measure() != measure || fact.period().length() != 4) {
                return;
            }
            Optional<BigDecimal> value = UnitConversion.convert(fact.value(), fact.unit(), unit);
            if (value.isPresent()) {
                Map<Integer, SeriesPoint> into = fact.status() == Status.TARGET ? targets : actuals;
                into.putIfAbsent(Integer.parseInt(fact.period()), new SeriesPoint(Integer.parseInt(fact.period()), value.get(), f));
            }
        });
        return new IndicatorSeries(indicator, measure, unit, List.copyOf(actuals.values()), List.copyOf(targets.values()));
    }

    /** The indicator's canonical unit for values; otherwise the unit most of the facts are in. */
    private String unitOf(String indicator, Measure measure, List<StoredFact> facts) {
        if (measure == Measure.VALUE) {
            Optional<String> canonical = taxonomy.byName(indicator).map(Indicator::unit).filter(u -> !u.isEmpty());
            if (canonical.isPresent()) {
                return canonical.get();
            }
        }
        return facts.stream().filter(f -> f.fact().measure() == measure)
                .collect(Collectors.groupingBy(f -> f.fact().unit(), TreeMap::new, Collectors.counting()))
                .entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("");
    }
}
