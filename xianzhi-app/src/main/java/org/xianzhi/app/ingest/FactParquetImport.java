package org.xianzhi.app.ingest;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.xianzhi.app.store.DocumentKind;
import org.xianzhi.app.store.ExtractedDocument;
import org.xianzhi.app.store.FactStore;
import org.xianzhi.app.store.StoreWriter;
import org.xianzhi.app.store.StoredDocument;
import org.xianzhi.core.fact.Fact;
import org.xianzhi.core.fact.Measure;
import org.xianzhi.core.fact.Status;
import org.xianzhi.core.ingest.DocumentFormat;
import org.xianzhi.core.quantity.Approximation;
import org.xianzhi.core.segment.DocumentDate;

/**
 * Loads the output of the Spark job ({@code xianzhi-spark}: {@code facts/} partitioned by province and year,
 * {@code documents/}) into the store, read through an in-memory DuckDB whatever the store is. A document already
 * stored is skipped, as in any ingest.
 * <p>
 * The job does not carry the documents' text: such a document is stored with an empty {@code original} and
 * {@code normalized}, and its facts keep their own {@code text} (the sentence) and offsets. Readers of the store
 * must not cut the evidence out of an empty original. Where the same bytes came under two names, the first name
 * (in sort order) is kept with its facts. Facts are stored in evidence order.
 */
public final class FactParquetImport {
    private static final int BATCH = 256;

    private final FactStore store;
    private final Clock clock;

    public FactParquetImport(FactStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** What an import did. */
    public record Imported(int documents, int skipped, long facts) {
    }

    /**
     * Imports the job's output folder {@code run}.
     *
     * @throws IllegalArgumentException when {@code run} is not such a folder
     */
    public Imported load(Path run) throws SQLException {
        Path facts = run.resolve("facts");
        Path documents = run.resolve("documents");
        if (!Files.isDirectory(facts) || !Files.isDirectory(documents)) {
            throw new IllegalArgumentException("--facts-parquet: " + run
                    + " is not the output of the Spark job (it needs facts/ and documents/)");
        }
        Properties streaming = new Properties();
        streaming.setProperty("jdbc_stream_results", "true");
        try (Connection duck = DriverManager.getConnection("jdbc:duckdb:", streaming);
             Statement s = duck.createStatement();
             ResultSet rs = s.executeQuery(query(parquet(documents, "*.parquet", false), parquet(facts, "**/*.parquet", true)));
             StoreWriter writer = store.writer()) {
            return copy(rs, writer);
        }
    }

    private Imported copy(ResultSet rs, StoreWriter writer) throws SQLException {
        Instant now = clock.instant();
        List<ExtractedDocument> batch = new ArrayList<>(BATCH);
        int documents = 0;
        int read = 0;
        long facts = 0;
        boolean more = rs.next();
        while (more) {
            String id = rs.getString("id");
            StoredDocument doc = document(rs, now);
            List<Fact> found = new ArrayList<>();
            // Rows come ordered by document: the left join gives one row with no fact for a document without any.
            while (more && id.equals(rs.getString("id"))) {
                if (rs.getString("indicator") != null) {
                    found.add(fact(rs));
                }
                more = rs.next();
            }
            batch.add(new ExtractedDocument(counted(doc, found.size()), found));
            read++;
            if (batch.size() == BATCH || !more) {
                StoreWriter.Written w = writer.add(batch);
                documents += w.documents();
                facts += w.facts();
                batch.clear();
            }
        }
        return new Imported(documents, read - documents, facts);
    }

    private static String query(String documents, String facts) {
        return "WITH d AS (SELECT * FROM " + documents + " QUALIFY row_number() OVER (PARTITION BY id ORDER BY file) = 1)"
                + " SELECT d.id, d.file, d.format, d.charset, d.region_code AS doc_region_code, d.region AS doc_region,"
                + " d.doc_year, d.doc_month, d.doc_day, d.kind, f.region, f.region_code, f.indicator, f.measure,"
                + " f.status, f.period, f.value, f.unit, f.as_written, f.qualifier, f.scope, f.text, f.start, f.\"end\""
                + " FROM d LEFT JOIN " + facts + " f ON f.doc = d.id AND f.file = d.file"
                + " ORDER BY d.id, f.start, f.\"end\", f.indicator, f.measure, f.status, f.period";
    }

    private static String parquet(Path folder, String glob, boolean hive) {
        String pattern = folder.toAbsolutePath().resolve(glob).toString().replace("'", "''");
        return "read_parquet('" + pattern + "'" + (hive ? ", hive_partitioning = true" : "") + ")";
    }

    private static StoredDocument document(ResultSet rs, Instant now) throws SQLException {
        int year = rs.getInt("doc_year");
        DocumentDate date = rs.wasNull() ? null : new DocumentDate(year, rs.getInt("doc_month"), rs.getInt("doc_day"));
        return new StoredDocument(rs.getString("id"), rs.getString("file"), DocumentFormat.valueOf(rs.getString("format")),
                rs.getString("charset"), "", "", rs.getString("doc_region_code"), rs.getString("doc_region"), date,
                DocumentKind.ofLabel(rs.getString("kind")), 0, now, now);
    }

    private static StoredDocument counted(StoredDocument d, int facts) {
        return new StoredDocument(d.id(), d.file(), d.format(), d.charset(), d.original(), d.normalized(), d.regionCode(),
                d.region(), d.date(), d.kind(), facts, d.ingestedAt(), d.extractedAt());
    }

    private static Fact fact(ResultSet rs) throws SQLException {
        BigDecimal value = rs.getBigDecimal("value");
        return new Fact(rs.getString("id"), rs.getString("file"), rs.getString("region"), rs.getString("region_code"),
                rs.getString("indicator"), Measure.ofLabel(rs.getString("measure")), Status.ofLabel(rs.getString("status")),
                rs.getString("period"), value, rs.getString("unit"), rs.getString("as_written"),
                Approximation.ofLabel(rs.getString("qualifier")), rs.getString("scope"), rs.getString("text"),
                rs.getInt("start"), rs.getInt("end"));
    }
}
