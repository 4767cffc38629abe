package org.xianzhi.app.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.IndexSearcher.TooManyClauses;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.xianzhi.app.store.StoredDocument;
import org.xianzhi.core.indicator.IndicatorTaxonomy;
import org.xianzhi.core.normalize.Normalizer;
import org.xianzhi.core.segment.DocumentDate;
import org.xianzhi.core.text.MappedText;
import org.xianzhi.core.text.Span;

/**
 * A Lucene index of the stored documents' normalized text, as overlapping pairs of Han characters (Lucene's CJK
 * bigrams): a query of several characters matches where they occur in a row, as written. Pairs, not words: smartcn's
 * word segmentation cost eight times what extracting a document's facts does, which made search, not reading, the
 * bound of ingest; pairs are found at the speed of tokenizing, and a query such as {@code 旅游收入} finds the same text.
 * A single character on its own in a query finds only a character on its own in a text. Documents are added or
 * replaced by id, so indexing one twice changes nothing; changes become visible to searches on {@link #commit()}.
 * Searching is safe from any number of threads while another indexes. One process at a time may write an index
 * ({@link #open}); any number may read it beside the writer ({@link #openForReading}), each search seeing the writer's
 * last commit.
 *
 * <p>Passages are mapped back to the original text through the offset map of the normalizer, stored with each
 * document (see {@link OriginalSpans}): indexing normalizes the original again with {@link Normalizer#standard()}
 * (deterministic, and the same chain the pipeline runs) and indexes that text. It is the stored normalized text
 * unless the normalizer changed since the document was extracted; then the index holds the newer normalization, and
 * passages still point at the right original text. Ingest hands over the normalization its pipeline made instead
 * ({@link #index(StoredDocument, MappedText)}).
 */
public final class SearchIndex implements AutoCloseable {
    static final String ID = "id";
    private static final String FILE = "file";
    private static final String REGION = "region";
    private static final String REGION_CODE = "region_code";
    private static final String DATE = "date";
    private static final String YEAR = "year";
    private static final String KIND = "kind";
    private static final String TEXT = "text";
    private static final String SPANS = "spans";
    private static final String EXTRACTED = "extracted";
    private static final int PASSAGES_PER_HIT = 3;
    private static final FieldType TEXT_TYPE = textType();
    /**
     * Names how the text was analysed, kept with each commit: an index analysed another way (smartcn, before) cannot
     * answer queries analysed this way, so it is emptied on opening and rebuilt from the store.
     */
    private static final String ANALYSIS_KEY = "analysis";
    static final String ANALYSIS = "cjk-bigram-2"; // 2: region code, year and kind indexed for the search filters
    /** Text indexed before a segment is written: real documents are large, and fewer segments mean fewer merges. */
    private static final double RAM_BUFFER_MB = 64;

    private final Path dir;
    private final FSDirectory directory;
    private final Analyzer analyzer;
    /** Null for an index opened for reading. */
    private final IndexWriter writer;
    /** Null for an index opened for reading before anything was ever committed to it. */
    private SearcherManager searchers;
    private final Normalizer normalizer;
    private final IndicatorQueryExpansion expansion = new IndicatorQueryExpansion(IndicatorTaxonomy.standard());

    private SearchIndex(Path dir, FSDirectory directory, Analyzer analyzer, IndexWriter writer,
                        SearcherManager searchers, Normalizer normalizer) {
        this.dir = dir;
        this.directory = directory;
        this.analyzer = analyzer;
        this.writer = writer;
        this.searchers = searchers;
        this.normalizer = normalizer;
    }

    /**
     * Opens the index in {@code dir}, creating the folder and an empty index when missing. One process at a time may
     * hold an index open.
     *
     * @throws IllegalStateException when another process holds it
     */
    public static SearchIndex open(Path dir) throws IOException {
        Files.createDirectories(dir);
        FSDirectory directory = FSDirectory.open(dir);
        // No stop words: the English ones CJKAnalyzer drops by default mean nothing in these texts.
        Analyzer analyzer = new CJKAnalyzer(CharArraySet.EMPTY_SET);
        try {
            IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer)
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND).setRAMBufferSizeMB(RAM_BUFFER_MB));
            try {
                if (!ANALYSIS.equals(analysisOf(writer))) {
                    writer.deleteAll();
                }
                writer.setLiveCommitData(Map.of(ANALYSIS_KEY, ANALYSIS).entrySet());
                return new SearchIndex(dir, directory, analyzer, writer, new SearcherManager(writer, null),
                        Normalizer.standard());
            } catch (IOException | RuntimeException e) {
                writer.close();
                throw e;
            }
        } catch (LockObtainFailedException e) {
            directory.close();
            throw new IllegalStateException("the search index " + dir + " is open in another process", e);
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    /**
     * Opens the index in {@code dir} to write it, waiting up to {@code patience} for another process to let go of it.
     *
     * @throws IllegalStateException when it stayed held
     */
    public static SearchIndex openWhenFree(Path dir, Duration patience) throws IOException {
        long deadline = System.nanoTime() + patience.toNanos();
        while (true) {
            try {
                return open(dir);
            } catch (IllegalStateException held) {
                if (System.nanoTime() > deadline) {
                    throw held;
                }
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw held;
                }
            }
        }
    }

    /**
     * Opens the index in {@code dir} to search it, beside a process that may be writing it: each search first takes
     * up what the writer last committed. A folder without an index searches as empty until one is committed there.
     */
    public static SearchIndex openForReading(Path dir) throws IOException {
        Files.createDirectories(dir);
        FSDirectory directory = FSDirectory.open(dir);
        Analyzer analyzer = new CJKAnalyzer(CharArraySet.EMPTY_SET);
        SearchIndex index = new SearchIndex(dir, directory, analyzer, null, null, Normalizer.standard());
        index.refresh();
        return index;
    }

    /** For an index opened for reading: takes up the writer's last commit, if any. */
    private synchronized void refresh() throws IOException {
        if (writer != null) {
            return;
        }
        if (searchers == null) {
            if (!DirectoryReader.indexExists(directory)) {
                return;
            }
            searchers = new SearcherManager(directory, null);
        }
        searchers.maybeRefresh();
    }

    /** The searcher to use now; null when the index has nothing yet. */
    private IndexSearcher acquire() throws IOException {
        refresh();
        return searchers == null ? null : searchers.acquire();
    }

    public Path dir() {
        return dir;
    }

    private IndexWriter writer() {
        if (writer == null) {
            throw new IllegalStateException("the search index " + dir + " was opened for reading");
        }
        return writer;
    }

    /** How the last commit's text was analysed; null for an index that never said (or has never been committed). */
    private static String analysisOf(IndexWriter writer) {
        Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
        if (data != null) {
            for (Map.Entry<String, String> e : data) {
                if (e.getKey().equals(ANALYSIS_KEY)) {
                    return e.getValue();
                }
            }
        }
        return writer.getDocStats().maxDoc == 0 ? ANALYSIS : null;
    }

    /** Adds a document, or replaces the one with its id. */
    public void index(StoredDocument doc) throws IOException {
        index(doc, normalizer.normalize(doc.original()));
    }

    /**
     * Adds a document, or replaces the one with its id, given its normalization (text and offset map) as the pipeline
     * just made it, so that it is not normalized twice. Safe from many threads at once: each analyses its own
     * document.
     */
    public void index(StoredDocument doc, MappedText text) throws IOException {
        Document d = new Document();
        d.add(new StringField(ID, doc.id(), Field.Store.YES));
        d.add(new StoredField(FILE, doc.file()));
        if (doc.region() != null) {
            d.add(new StringField(REGION, doc.region(), Field.Store.YES));
        }
        if (doc.regionCode() != null) {
            d.add(new StringField(REGION_CODE, doc.regionCode(), Field.Store.NO));
        }
        if (doc.date() != null) {
            d.add(new StoredField(DATE, format(doc.date())));
            d.add(new IntPoint(YEAR, doc.date().year()));
        }
        d.add(new StringField(KIND, doc.kind().label(), Field.Store.NO));
        d.add(new Field(TEXT, text.text(), TEXT_TYPE));
        d.add(new StoredField(SPANS, new BytesRef(OriginalSpans.encode(text))));
        d.add(new StoredField(EXTRACTED, extractionStamp(doc.extractedAt())));
        writer().updateDocument(new Term(ID, doc.id()), d);
    }

    /** Adds or replaces each document. */
    public void index(List<StoredDocument> docs) throws IOException {
        for (StoredDocument doc : docs) {
            index(doc);
        }
    }

    /** Removes a document; nothing happens when it is not indexed. */
    public void delete(String docId) throws IOException {
        writer().deleteDocuments(new Term(ID, docId));
    }

    /** Makes what was indexed and deleted durable and visible to searches. */
    public void commit() throws IOException {
        writer().commit();
        searchers.maybeRefreshBlocking();
    }

    /** The ids of the documents visible to searches (as of the last commit). */
    public Set<String> documentIds() throws IOException {
        return extractionStamps().keySet();
    }

    /**
     * For each document visible to searches, the {@link #extractionStamp} of the extraction it was indexed from: a
     * document re-extracted in the store after it was indexed has another stamp there.
     */
    Map<String, Long> extractionStamps() throws IOException {
        Map<String, Long> stamps = new HashMap<>();
        Set<String> fields = Set.of(ID, EXTRACTED);
        IndexSearcher searcher = acquire();
        if (searcher == null) {
            return stamps;
        }
        try {
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                LeafReader reader = leaf.reader();
                Bits live = reader.getLiveDocs();
                StoredFields stored = reader.storedFields();
                for (int i = 0; i < reader.maxDoc(); i++) {
                    if (live == null || live.get(i)) {
                        Document d = stored.document(i, fields);
                        IndexableField extracted = d.getField(EXTRACTED);
                        stamps.put(d.get(ID), extracted == null ? -1L : extracted.numericValue().longValue());
                    }
                }
            }
        } finally {
            searchers.release(searcher);
        }
        return stamps;
    }

    /** An extraction time in milliseconds: the stores keep microseconds, the clock may give nanoseconds. */
    static long extractionStamp(Instant extractedAt) {
        return extractedAt.toEpochMilli();
    }

    /**
     * The documents that best match {@code query}, best first. The query is in Lucene's classic syntax over the
     * normalized text: words ({@code 旅游收入} must occur as written, its words in a row), {@code "phrases"},
     * {@code AND}, {@code OR}, {@code NOT}, {@code -word}, {@code (groups)}; several words separated by spaces must
     * all occur. Write the query in Simplified characters, as the text is.
     *
     * @throws IllegalArgumentException for a query that cannot be parsed, or a limit below 1
     */
    public List<SearchHit> search(String query, int limit) throws IOException {
        if (limit < 1) {
            throw new IllegalArgumentException("limit cannot be less than 1, was " + limit);
        }
        return search(SearchRequest.of(query, limit)).hits();
    }

    /**
     * The documents that match a request's query ({@link #search(String, int)}) among those of its region, year and
     * kind: how many in all, and the best of them with their passages. An indicator's name or alias in the query
     * stands for all its spellings ({@link IndicatorQueryExpansion}).
     *
     * @throws IllegalArgumentException for a query that cannot be parsed
     */
    public SearchResults search(SearchRequest request) throws IOException {
        Query parsed = parse(expansion.expand(request.query()));
        BooleanQuery.Builder filtered = new BooleanQuery.Builder().add(parsed, BooleanClause.Occur.MUST);
        if (request.region() != null) {
            filtered.add(new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(REGION, request.region())), BooleanClause.Occur.SHOULD)
                    .add(new TermQuery(new Term(REGION_CODE, request.region())), BooleanClause.Occur.SHOULD)
                    .build(), BooleanClause.Occur.FILTER);
        }
        if (request.year() != null) {
            filtered.add(IntPoint.newExactQuery(YEAR, request.year()), BooleanClause.Occur.FILTER);
        }
        if (request.kind() != null) {
            filtered.add(new TermQuery(new Term(KIND, request.kind().label())), BooleanClause.Occur.FILTER);
        }
        Query query = filtered.build();
        IndexSearcher searcher = acquire();
        if (searcher == null) {
            return new SearchResults(0, List.of());
        }
        try {
            TopDocs top = searcher.search(query, request.limit());
            if (top.scoreDocs.length == 0) {
                return new SearchResults(0, List.of());
            }
            long total = searcher.count(query);
            int[] docIds = new int[top.scoreDocs.length];
            for (int i = 0; i < docIds.length; i++) {
                docIds[i] = top.scoreDocs[i].doc;
            }
            List<MarkedPassages.Marked>[] marked = PassageHighlighter.of(searcher, analyzer)
                    .passages(TEXT, parsed, docIds, PASSAGES_PER_HIT);
            StoredFields stored = searcher.storedFields();
            List<SearchHit> hits = new ArrayList<>(docIds.length);
            for (int i = 0; i < docIds.length; i++) {
                ScoreDoc sd = top.scoreDocs[i];
                hits.add(hit(stored.document(sd.doc), sd.score, marked[i]));
            }
            return new SearchResults(total, hits);
        } finally {
            searchers.release(searcher);
        }
    }

    private Query parse(String query) {
        if (query == null || query.isBlank()) {
            throw new IllegalArgumentException("the query is empty");
        }
        QueryParser parser = new QueryParser(TEXT, analyzer);
        // Chinese has no spaces: a run of characters between spaces that the analyzer splits into words is meant as
        // one phrase, and the runs are joined with AND.
        parser.setSplitOnWhitespace(true);
        parser.setAutoGeneratePhraseQueries(true);
        parser.setDefaultOperator(QueryParser.Operator.AND);
        try {
            return parser.parse(query);
        } catch (ParseException e) {
            throw new IllegalArgumentException("cannot parse the query «" + query + "»: " + firstLine(e.getMessage()), e);
        } catch (TooManyClauses e) {
            throw new IllegalArgumentException("the query «" + query + "» has too many words or clauses", e);
        }
    }

    private static SearchHit hit(Document d, float score, List<MarkedPassages.Marked> marked) {
        List<Passage> passages = new ArrayList<>();
        if (marked != null) {
            String text = d.get(TEXT);
            BytesRef encoded = d.getBinaryValue(SPANS);
            OriginalSpans spans = OriginalSpans.decode(
                    Arrays.copyOfRange(encoded.bytes, encoded.offset, encoded.offset + encoded.length), text.length());
            for (MarkedPassages.Marked m : marked) {
                if (m.end() > m.start()) {
                    Span original = spans.toOriginal(m.start(), m.end());
                    passages.add(new Passage(m.html(), original.start(), original.end()));
                }
            }
        }
        return new SearchHit(d.get(ID), d.get(FILE), d.get(REGION), d.get(DATE), score, passages);
    }

    static String format(DocumentDate date) {
        if (date.month() == 0) {
            return String.valueOf(date.year());
        }
        String ym = String.format(Locale.ROOT, "%04d-%02d", date.year(), date.month());
        return date.day() == 0 ? ym : ym + String.format(Locale.ROOT, "-%02d", date.day());
    }

    private static String firstLine(String message) {
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }

    private static FieldType textType() {
        FieldType type = new FieldType();
        type.setTokenized(true);
        type.setStored(true);
        // No offsets in the postings: writing them was a fifth of indexing, and the highlighter finds the matches of
        // the few hits it shows by analysing their text again, which bigrams make cheap.
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
        type.freeze();
        return type;
    }

    @Override
    public void close() throws IOException {
        try {
            if (searchers != null) {
                searchers.close();
            }
            if (writer != null) {
                writer.close();
            }
        } finally {
            directory.close();
            analyzer.close();
        }
    }
}
