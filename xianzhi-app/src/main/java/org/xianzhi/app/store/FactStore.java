package org.xianzhi.app.store;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.xianzhi.core.fact.Fact;
import org.xianzhi.core.fact.Measure;
import org.xianzhi.core.quantity.Approximation;
import org.xianzhi.core.fact.Status;
import org.xianzhi.core.indicator.IndicatorTaxonomy;
import org.xianzhi.core.ingest.DocumentFormat;
import org.xianzhi.core.region.RegionGazetteer;
import org.xianzhi.core.segment.DocumentDate;

/**
 * The store as a service: documents and facts in, records out. Opening it brings the schema to the newest version and
 * the reference tables up to date. The query methods are safe to call from several threads (each takes its own
 * connection); writing goes through a {@link StoreWriter}.
 */
public final class FactStore implements AutoCloseable {
    private static final String FACT_COLUMNS = "f.doc_id, f.seq, d.file, f.region, f.region_code, f.indicator,"
            + " f.measure, f.status, f.period, f.value, f.unit, f.as_written, f.qualifier, f.scope, f.text,"
            + " f.evidence_start, f.evidence_end, d.doc_year, d.doc_month, d.doc_day";
    private static final int FETCH_SIZE = 1000;

    private final Database database;
    private final int schemaVersion;

    private FactStore(Database database, int schemaVersion) {
        this.database = database;
        this.schemaVersion = schemaVersion;
    }

    /**
     * Opens (and creates or upgrades) the store at {@code location}: the path of a DuckDB file, or a JDBC URL
     * ({@code jdbc:postgresql://host:port/db?user=…}, {@code jdbc:duckdb:PATH}).
     */
    public static FactStore open(String location) throws SQLException {
        return open(location, Clock.systemUTC());
    }

    static FactStore open(String location, Clock clock) throws SQLException {
        Database database = Database.open(location, DuckDbFile.Access.READ_WRITE);
        try (Connection c = database.connectForWriting()) {
            int version = SchemaMigrations.migrate(c, database.dialect(), clock);
            ReferenceTables.refresh(c, RegionGazetteer.standard(), IndicatorTaxonomy.standard());
            return new FactStore(database, version);
        } catch (SQLException | RuntimeException e) {
            database.close();
            throw e;
        }
    }

    /**
     * Opens an existing store to read it. A DuckDB file is then opened read-only, beside any number of other readers
     * (other xianzhi commands, Python's {@code duckdb.connect(path, read_only=True)}), and only while in use, so that
     * a writer gets its turn; the schema is brought up to date first when this program's is newer.
     *
     * @throws MissingStoreException when the DuckDB file does not exist
     */
    public static FactStore openForReading(String location) throws SQLException {
        if (Dialect.ofUrl(location).orElse(null) == Dialect.POSTGRESQL) {
            // A server keeps readers and writers apart itself; its database is made a store on first use.
            return open(location);
        }
        Database database = Database.open(location, DuckDbFile.Access.READ_ONLY);
        try {
            int version;
            boolean current;
            try (Connection c = database.connect()) {
                version = SchemaMigrations.current(c);
                current = version == SchemaMigrations.latest()
                        && ReferenceTables.isCurrent(c, RegionGazetteer.standard(), IndicatorTaxonomy.standard());
            }
            if (!current) {
                database.close();
                open(location).close();
                database = Database.open(location, DuckDbFile.Access.READ_ONLY);
                version = SchemaMigrations.latest();
            }
            return new FactStore(database, version);
        } catch (SQLException | RuntimeException e) {
            database.close();
            throw e;
        }
    }

    public Dialect dialect() {
        return database.dialect();
    }

    /**
     * Tunes the store for serving many small queries at once: on DuckDB each query then runs on the thread that asked
     * for it. Its worker threads pay off for scans of millions of rows, but a page's queries are small, and handing
     * their steps between threads made a request wait for threads the machine's load had descheduled.
     */
    public void serveSmallQueries() throws SQLException {
        database.threads(1);
    }

    public int schemaVersion() {
        return schemaVersion;
    }

    /** A writer with a connection of its own; close it when done. */
    public StoreWriter writer() throws SQLException {
        return new StoreWriter(database, database.dialect());
    }

    /** The ids of every stored document. */
    public Set<String> documentIds() throws SQLException {
        Set<String> ids = new HashSet<>();
        query("SELECT id FROM documents", List.of(), rs -> ids.add(rs.getString(1)));
        return ids;
    }

    /** When each stored document was last extracted, by id: what something kept beside the store checks itself against. */
    public Map<String, Instant> extractionTimes() throws SQLException {
        Map<String, Instant> times = new HashMap<>();
        query("SELECT id, extracted_at FROM documents", List.of(),
                rs -> times.put(rs.getString("id"), Columns.getInstant(rs, "extracted_at")));
        return times;
    }

    /**
     * What changes whenever a document is stored or extracted again: the number of documents and the latest
     * extraction time. What is computed from the store can be kept until this changes.
     */
    public record Revision(long documents, Instant lastExtracted) {
    }

    /** The store's {@link Revision} now: one small query. */
    public Revision revision() throws SQLException {
        Revision[] found = new Revision[1];
        query("SELECT COUNT(*) AS n, MAX(extracted_at) AS extracted_at FROM documents", List.of(),
                rs -> found[0] = new Revision(rs.getLong("n"), Columns.getInstant(rs, "extracted_at")));
        return found[0];
    }

    public int documentCount() throws SQLException {
        return (int) count("SELECT COUNT(*) FROM documents");
    }

    public long factCount() throws SQLException {
        return count("SELECT COUNT(*) FROM facts");
    }

    public Optional<StoredDocument> document(String id) throws SQLException {
        List<StoredDocument> found = new ArrayList<>();
        query("SELECT * FROM documents WHERE id = ?", List.of(id), rs -> found.add(document(rs)));
        return found.stream().findFirst();
    }

    /** Every stored document, one at a time, in id order; the texts of all documents are never held at once. */
    public void forEachDocument(Consumer<StoredDocument> sink) throws SQLException {
        query("SELECT * FROM documents ORDER BY id", List.of(), rs -> sink.accept(document(rs)));
    }

    /** Whether {@code region} names a region of China (full name or 6-digit code) or one the stored facts are about. */
    public boolean isKnownRegion(String region) throws SQLException {
        return exists("SELECT 1 FROM regions WHERE name = ? OR code = ?"
                + " UNION ALL SELECT 1 FROM facts WHERE region = ? OR region_code = ? LIMIT 1", region, 4);
    }

    /** Whether {@code indicator} is an indicator's canonical name or alias, or one the stored facts have. */
    public boolean isKnownIndicator(String indicator) throws SQLException {
        return exists("SELECT 1 FROM indicators WHERE name = ? UNION ALL SELECT 1 FROM indicator_aliases WHERE alias = ?"
                + " UNION ALL SELECT 1 FROM facts WHERE indicator = ? LIMIT 1", indicator, 3);
    }

    private boolean exists(String sql, String value, int times) throws SQLException {
        boolean[] found = {false};
        query(sql, Collections.<Object>nCopies(times, value), rs -> found[0] = true);
        return found[0];
    }

    /** The facts a query selects, in document and extraction order. */
    public List<StoredFact> facts(FactQuery q) throws SQLException {
        List<StoredFact> facts = new ArrayList<>();
        forEachFact(q, facts::add);
        return facts;
    }

    /** The first {@code limit} facts a query selects, in document and extraction order; the rest are never read. */
    public List<StoredFact> facts(FactQuery q, int limit) throws SQLException {
        if (limit < 1) {
            throw new IllegalArgumentException("limit cannot be less than 1, was " + limit);
        }
        List<StoredFact> facts = new ArrayList<>();
        forEachFact(q, limit, facts::add);
        return facts;
    }

    /** The facts a query selects, one at a time (for exports of any size). */
    public void forEachFact(FactQuery q, Consumer<StoredFact> sink) throws SQLException {
        forEachFact(q, 0, sink);
    }

    /** With {@code limit} above 0, only the first that many. */
    private void forEachFact(FactQuery q, int limit, Consumer<StoredFact> sink) throws SQLException {
        List<Object> params = new ArrayList<>();
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        if (q.region() != null) {
            where.append(" AND (f.region = ? OR f.region_code = ?)");
            params.add(q.region());
            params.add(q.region());
        }
        if (q.indicator() != null) {
            where.append(" AND (f.indicator = ? OR f.indicator IN (SELECT name FROM indicator_aliases WHERE alias = ?))");
            params.add(q.indicator());
            params.add(q.indicator());
        }
        if (q.status() != null) {
            where.append(" AND f.status = ?");
            params.add(q.status().label());
        }
        if (q.fromYear() != null) {
            where.append(" AND f.period_end >= ?");
            params.add(q.fromYear());
        }
        if (q.toYear() != null) {
            where.append(" AND f.period_start <= ?");
            params.add(q.toYear());
        }
        String limited = "";
        if (limit > 0) {
            limited = " LIMIT ?";
            params.add(limit);
        }
        query("SELECT " + FACT_COLUMNS + " FROM facts f JOIN documents d ON d.id = f.doc_id" + where
                + " ORDER BY f.doc_id, f.seq" + limited, params, rs -> sink.accept(fact(rs)));
    }

    /** The facts of one document, in extraction order. */
    public List<StoredFact> factsOf(String docId) throws SQLException {
        List<StoredFact> facts = new ArrayList<>();
        query("SELECT " + FACT_COLUMNS + " FROM facts f JOIN documents d ON d.id = f.doc_id WHERE f.doc_id = ?"
                + " ORDER BY f.seq", List.of(docId), rs -> facts.add(fact(rs)));
        return facts;
    }

    /**
     * Documents without their texts, newest first (undated ones last). When {@code region} (a name or a code) is given,
     * only the documents about that region or reporting a fact about it.
     */
    public List<DocumentSummary> documentSummaries(String region, int limit) throws SQLException {
        if (limit < 1) {
            throw new IllegalArgumentException("limit cannot be less than 1, was " + limit);
        }
        List<Object> params = new ArrayList<>();
        String where = "";
        if (region != null) {
            where = " WHERE region = ? OR region_code = ?"
                    + " OR id IN (SELECT doc_id FROM facts WHERE region = ? OR region_code = ?)";
            params.addAll(List.of(region, region, region, region));
        }
        params.add(limit);
        List<DocumentSummary> found = new ArrayList<>();
        query("SELECT id, file, region_code, region, doc_year, doc_month, doc_day, kind, fact_count FROM documents" + where
                + " ORDER BY doc_year DESC NULLS LAST, doc_month DESC NULLS LAST, doc_day DESC NULLS LAST, id LIMIT ?",
                params, rs -> found.add(new DocumentSummary(rs.getString("id"), rs.getString("file"),
                        rs.getString("region_code"), rs.getString("region"), date(rs),
                        DocumentKind.ofLabel(rs.getString("kind")), rs.getInt("fact_count"))));
        return found;
    }

    /** Every region facts are about, with its counts, the region with most facts first. */
    public List<RegionSummary> regionSummaries() throws SQLException {
        List<RegionSummary> found = new ArrayList<>();
        query("SELECT region, region_code, COUNT(DISTINCT doc_id) AS docs, COUNT(*) AS n FROM facts"
                + " GROUP BY region, region_code ORDER BY n DESC, region", List.of(),
                rs -> found.add(new RegionSummary(rs.getString("region"), rs.getString("region_code"),
                        rs.getInt("docs"), rs.getLong("n"))));
        return found;
    }

    /** How many facts each indicator has, by canonical name; indicators without facts are absent. */
    public Map<String, Long> factCountsByIndicator() throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        query("SELECT indicator, COUNT(*) AS n FROM facts GROUP BY indicator ORDER BY n DESC, indicator", List.of(),
                rs -> counts.put(rs.getString("indicator"), rs.getLong("n")));
        return counts;
    }

    interface Row {
        void read(ResultSet rs) throws SQLException;
    }

    /** Runs a query and hands each row to {@code row}; for the readers of this package ({@link ProjectStore}). */
    void query(String sql, List<Object> params, Row row) throws SQLException {
        try (Connection c = database.connect()) {
            // PostgreSQL streams a result only inside a transaction with a fetch size; otherwise it loads all rows.
            c.setAutoCommit(false);
            try (PreparedStatement p = c.prepareStatement(sql)) {
                p.setFetchSize(FETCH_SIZE);
                for (int i = 0; i < params.size(); i++) {
                    p.setObject(i + 1, params.get(i));
                }
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        row.read(rs);
                    }
                }
            } finally {
                c.rollback();
            }
        }
    }

    private long count(String sql) throws SQLException {
        try (Connection c = database.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static StoredDocument document(ResultSet rs) throws SQLException {
        return new StoredDocument(rs.getString("id"), rs.getString("file"), DocumentFormat.valueOf(rs.getString("format")),
                rs.getString("charset"), rs.getString("original"), rs.getString("normalized"),
                rs.getString("region_code"), rs.getString("region"), date(rs),
                DocumentKind.ofLabel(rs.getString("kind")), rs.getInt("fact_count"),
                Columns.getInstant(rs, "ingested_at"), Columns.getInstant(rs, "extracted_at"));
    }

    private static DocumentDate date(ResultSet rs) throws SQLException {
        Integer year = Columns.getNullableInt(rs, "doc_year");
        if (year == null) {
            return null;
        }
        return new DocumentDate(year, rs.getInt("doc_month"), rs.getInt("doc_day"));
    }

    private static StoredFact fact(ResultSet rs) throws SQLException {
        Fact f = new Fact(rs.getString("doc_id"), rs.getString("file"), rs.getString("region"),
                rs.getString("region_code"), rs.getString("indicator"), Measure.ofLabel(rs.getString("measure")),
                Status.ofLabel(rs.getString("status")), rs.getString("period"), plain(rs.getBigDecimal("value")),
                rs.getString("unit"), rs.getString("as_written"), Approximation.ofLabel(rs.getString("qualifier")),
                rs.getString("scope"), rs.getString("text"), rs.getInt("evidence_start"), rs.getInt("evidence_end"));
        return new StoredFact(rs.getInt("seq"), f, date(rs));
    }

    /** The stored scale pads decimals with zeros: 58.2600000000 reads back as 58.26, 31800.0000000000 as 31800. */
    private static BigDecimal plain(BigDecimal v) {
        BigDecimal stripped = v.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    @Override
    public void close() throws SQLException {
        database.close();
    }
}
