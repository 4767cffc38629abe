package org.xianzhi.app.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.xianzhi.core.fact.Fact;
import org.xianzhi.core.segment.DocumentDate;

/**
 * Writes extracted documents, a batch per transaction: a document and its facts are committed together or not at all,
 * which is what keeps the store consistent when the process is killed. Use a writer from one thread. On a DuckDB file
 * the writer gives its connection back after each transaction, so that other processes get their turn between batches
 * (see {@link DuckDbFile}); on PostgreSQL it keeps one.
 *
 * <p>On DuckDB new rows go in through its appender, inside the same transaction: parsing and planning a multi-row
 * INSERT of a batch took longer than storing it. PostgreSQL takes INSERTs (with {@code ON CONFLICT}, as several
 * processes may write at once).
 */
public final class StoreWriter implements AutoCloseable {
    private static final String INSERT_DOCUMENT = "INSERT INTO documents (id, file, format, charset, original, normalized,"
            + " region_code, region, doc_year, doc_month, doc_day, kind, fact_count, ingested_at, extracted_at)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String UPDATE_DOCUMENT = "UPDATE documents SET normalized = ?, region_code = ?, region = ?,"
            + " doc_year = ?, doc_month = ?, doc_day = ?, kind = ?, fact_count = ?, extracted_at = ? WHERE id = ?";
    private static final String INSERT_FACTS = "INSERT INTO facts (doc_id, seq, region, region_code, indicator, measure,"
            + " status, period, period_start, period_end, value, unit, as_written, qualifier, scope, text, evidence_start,"
            + " evidence_end) VALUES ";
    private static final int FACT_COLUMNS = 18;
    private static final String FACT_ROW = "(" + String.join(", ", Collections.nCopies(FACT_COLUMNS, "?")) + ")";
    /**
     * Facts go in as multi-row INSERTs of up to this many rows: DuckDB's JDBC driver runs a batch one row at a time,
     * which made facts the bottleneck of ingest.
     */
    private static final int FACT_ROWS_PER_INSERT = 200;
    private static final String DELETE_FACTS = "DELETE FROM facts WHERE doc_id = ?";

    private final Database database;
    private final Dialect dialect;
    private final String insertDocument;
    private final String insertRace;
    /** The connection of the transaction under way (kept between transactions on PostgreSQL); null between them. */
    private Connection c;
    /** DuckDB's own connection, to append through; null on PostgreSQL. */
    private DuckDBConnection duckdb;

    StoreWriter(Database database, Dialect dialect) {
        this.database = database;
        this.dialect = dialect;
        this.insertDocument = INSERT_DOCUMENT + dialect.insertRace();
        this.insertRace = dialect.insertRace();
    }

    /** What a write did. */
    public record Written(int documents, int facts) {
    }

    /**
     * Stores new documents with their facts in one transaction; a document already stored (same id) is left as it is,
     * facts and all.
     *
     * @return how many documents and facts were newly stored
     */
    public Written add(List<ExtractedDocument> batch) throws SQLException {
        return inTransaction(() -> {
            int[] inserted = insertDocuments(batch);
            List<ExtractedDocument> added = new ArrayList<>();
            for (int i = 0; i < batch.size(); i++) {
                if (inserted[i] > 0) {
                    added.add(batch.get(i));
                }
            }
            int facts = insertFacts(added);
            ProjectRows.insert(c, duckdb, added);
            return new Written(added.size(), facts);
        });
    }

    /**
     * Replaces the extraction of documents in one transaction: their normalized text, region, date, kind and facts.
     * A document not yet stored is added. The time it was first ingested is kept.
     */
    public Written replace(List<ExtractedDocument> batch) throws SQLException {
        return inTransaction(() -> {
            int[] inserted = insertDocuments(batch);
            int documents = 0;
            try (PreparedStatement delete = c.prepareStatement(DELETE_FACTS);
                 PreparedStatement update = c.prepareStatement(UPDATE_DOCUMENT)) {
                for (int i = 0; i < batch.size(); i++) {
                    StoredDocument d = batch.get(i).document();
                    documents += inserted[i] > 0 ? 1 : 0;
                    if (inserted[i] == 0) {
                        delete.setString(1, d.id());
                        delete.addBatch();
                        update.setString(1, Columns.storable(d.normalized()));
                        setProfile(update, 2, d);
                        update.setString(7, d.kind().label());
                        update.setInt(8, d.factCount());
                        Columns.setInstant(update, 9, d.extractedAt());
                        update.setString(10, d.id());
                        update.addBatch();
                    }
                }
                delete.executeBatch();
                update.executeBatch();
            }
            ProjectRows.delete(c, batch);
            int facts = insertFacts(batch);
            ProjectRows.insert(c, duckdb, batch);
            return new Written(documents, facts);
        });
    }

    /** Inserts the documents not stored yet: for each, 1 if it was inserted, 0 if it was there already. */
    private int[] insertDocuments(List<ExtractedDocument> batch) throws SQLException {
        Set<String> stored = stored(batch);
        int[] inserted = new int[batch.size()];
        if (duckdb != null) {
            // One writing process per DuckDB file: what the look above did not find, nobody else inserts meanwhile.
            try (DuckDBAppender a = duckdb.createAppender("documents")) {
                for (int i = 0; i < batch.size(); i++) {
                    StoredDocument d = batch.get(i).document();
                    if (stored.add(d.id())) {
                        appendDocument(a, d);
                        inserted[i] = 1;
                    }
                }
            }
            return inserted;
        }
        List<Integer> positions = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement(insertDocument)) {
            for (int i = 0; i < batch.size(); i++) {
                StoredDocument d = batch.get(i).document();
                if (!stored.add(d.id())) {
                    continue;
                }
                positions.add(i);
                p.setString(1, d.id());
                p.setString(2, Columns.storable(d.file()));
                p.setString(3, d.format().name());
                p.setString(4, d.charset());
                p.setString(5, Columns.storable(d.original()));
                p.setString(6, Columns.storable(d.normalized()));
                setProfile(p, 7, d);
                p.setString(12, d.kind().label());
                p.setInt(13, d.factCount());
                Columns.setInstant(p, 14, d.ingestedAt());
                Columns.setInstant(p, 15, d.extractedAt());
                p.addBatch();
            }
            int[] counts = positions.isEmpty() ? new int[0] : p.executeBatch();
            for (int k = 0; k < counts.length; k++) {
                // SUCCESS_NO_INFO (-2) means the row went in; only PostgreSQL's ON CONFLICT reports 0.
                inserted[positions.get(k)] = counts[k] == 0 ? 0 : 1;
            }
            return inserted;
        }
    }

    private static void appendDocument(DuckDBAppender a, StoredDocument d) throws SQLException {
        DocumentDate date = d.date();
        a.beginRow().append(d.id()).append(Columns.storable(d.file())).append(d.format().name()).append(d.charset())
                .append(Columns.storable(d.original())).append(Columns.storable(d.normalized()))
                .append(d.regionCode()).append(d.region())
                .append(date == null ? null : date.year()).append(date == null ? null : date.month())
                .append(date == null ? null : date.day())
                .append(d.kind().label()).append(d.factCount())
                .append(Columns.utc(d.ingestedAt())).append(Columns.utc(d.extractedAt())).endRow();
    }

    private Set<String> stored(List<ExtractedDocument> batch) throws SQLException {
        Set<String> found = new HashSet<>();
        String marks = String.join(", ", Collections.nCopies(batch.size(), "?"));
        try (PreparedStatement p = c.prepareStatement("SELECT id FROM documents WHERE id IN (" + marks + ")")) {
            for (int i = 0; i < batch.size(); i++) {
                p.setString(i + 1, batch.get(i).document().id());
            }
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    found.add(rs.getString(1));
                }
            }
        }
        return found;
    }

    /** Region code, region, year, month and day, from parameter {@code at} on. */
    private static void setProfile(PreparedStatement p, int at, StoredDocument d) throws SQLException {
        p.setString(at, d.regionCode());
        p.setString(at + 1, d.region());
        DocumentDate date = d.date();
        Columns.setNullableInt(p, at + 2, date == null ? null : date.year());
        Columns.setNullableInt(p, at + 3, date == null ? null : date.month());
        Columns.setNullableInt(p, at + 4, date == null ? null : date.day());
    }

    /** A fact with the document and place it is stored under. */
    private record FactRow(String docId, int seq, Fact fact) {
    }

    /** Inserts the facts of the documents, numbered in order within each document; returns how many. */
    private int insertFacts(List<ExtractedDocument> docs) throws SQLException {
        List<FactRow> rows = new ArrayList<>();
        for (ExtractedDocument e : docs) {
            int seq = 0;
            for (Fact f : e.facts()) {
                rows.add(new FactRow(e.document().id(), seq++, f));
            }
        }
        if (duckdb != null) {
            try (DuckDBAppender a = duckdb.createAppender("facts")) {
                for (FactRow row : rows) {
                    appendFact(a, row);
                }
            }
            return rows.size();
        }
        for (int from = 0; from < rows.size(); from += FACT_ROWS_PER_INSERT) {
            List<FactRow> chunk = rows.subList(from, Math.min(rows.size(), from + FACT_ROWS_PER_INSERT));
            String sql = INSERT_FACTS + String.join(", ", Collections.nCopies(chunk.size(), FACT_ROW)) + insertRace;
            try (PreparedStatement p = c.prepareStatement(sql)) {
                int at = 0;
                for (FactRow row : chunk) {
                    setFact(p, at, row);
                    at += FACT_COLUMNS;
                }
                p.executeUpdate();
            }
        }
        return rows.size();
    }

    private static void appendFact(DuckDBAppender a, FactRow row) throws SQLException {
        Fact f = row.fact();
        a.beginRow().append(row.docId()).append(row.seq()).append(Columns.storable(f.region())).append(f.regionCode())
                .append(Columns.storable(f.indicator())).append(f.measure().label()).append(f.status().label())
                .append(f.period()).append(Integer.parseInt(f.period().substring(0, 4)))
                .append(Integer.parseInt(f.period().substring(f.period().length() - 4)))
                .append(Columns.decimal(f.value())).append(Columns.storable(f.unit()))
                .append(Columns.storable(f.asWritten())).append(f.qualifier().label())
                .append(Columns.storable(f.scope())).append(Columns.storable(f.text()))
                .append(f.start()).append(f.end()).endRow();
    }

    /** Sets one fact's columns, the first at parameter {@code at + 1}. */
    private static void setFact(PreparedStatement p, int at, FactRow row) throws SQLException {
        Fact f = row.fact();
        p.setString(at + 1, row.docId());
        p.setInt(at + 2, row.seq());
        p.setString(at + 3, Columns.storable(f.region()));
        p.setString(at + 4, f.regionCode());
        p.setString(at + 5, Columns.storable(f.indicator()));
        p.setString(at + 6, f.measure().label());
        p.setString(at + 7, f.status().label());
        p.setString(at + 8, f.period());
        p.setInt(at + 9, Integer.parseInt(f.period().substring(0, 4)));
        p.setInt(at + 10, Integer.parseInt(f.period().substring(f.period().length() - 4)));
        p.setBigDecimal(at + 11, f.value());
        p.setString(at + 12, Columns.storable(f.unit()));
        p.setString(at + 13, Columns.storable(f.asWritten()));
        p.setString(at + 14, f.qualifier().label());
        if (f.scope() == null) {
            p.setNull(at + 15, Types.VARCHAR);
        } else {
            p.setString(at + 15, Columns.storable(f.scope()));
        }
        p.setString(at + 16, Columns.storable(f.text()));
        p.setInt(at + 17, f.start());
        p.setInt(at + 18, f.end());
    }

    private interface Work<T> {
        T run() throws SQLException;
    }

    private <T> T inTransaction(Work<T> work) throws SQLException {
        if (c == null) {
            c = database.connectForWriting();
            c.setAutoCommit(false);
            duckdb = dialect == Dialect.DUCKDB ? c.unwrap(DuckDBConnection.class) : null;
        }
        try {
            T result = work.run();
            c.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            try {
                c.rollback();
            } catch (SQLException rollback) {
                // DuckDB has already rolled back a commit it refused: the refusal is what explains it.
                e.addSuppressed(rollback);
            }
            throw e;
        } finally {
            if (database.takesTurns()) {
                giveBack();
            }
        }
    }

    private void giveBack() throws SQLException {
        Connection held = c;
        c = null;
        duckdb = null;
        held.close();
    }

    @Override
    public void close() throws SQLException {
        if (c != null) {
            try {
                c.rollback();
            } catch (SQLException nothingOpen) {
                // After a commit the database refused there is no transaction left to roll back: nothing to undo.
            } finally {
                giveBack();
            }
        }
    }
}
