package org.xianzhi.app.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

import org.duckdb.DuckDBConnection;
import org.xianzhi.core.project.Commitment;
import org.xianzhi.core.project.Investment;
import org.xianzhi.core.project.Official;
import org.xianzhi.core.project.ProjectEvent;
import org.xianzhi.core.project.Provenance;

/**
 * Writes the project records of documents (tables of {@code db/V2__projects.sql}) inside the transaction that writes
 * the documents and their facts, and deletes them when a document is extracted again.
 */
final class ProjectRows {
    private static final String EVENT_COLUMNS = "doc_id, seq, region, region_code, name, stage, status, period,"
            + " deadline, investment, investment_unit, investment_qualifier, level, text, evidence_start, evidence_end";
    private static final String COMMITMENT_COLUMNS = "doc_id, seq, region, region_code, action, deadline, period,"
            + " subject, text, evidence_start, evidence_end";
    private static final String OFFICIAL_COLUMNS = "doc_id, seq, region, region_code, name, title, spoke_on, text,"
            + " evidence_start, evidence_end";
    private static final List<String> TABLES = List.of("project_events", "commitments", "officials");

    private ProjectRows() {
    }

    static void delete(Connection c, List<ExtractedDocument> docs) throws SQLException {
        for (String table : TABLES) {
            if (docs.isEmpty()) {
                return;
            }
            try (PreparedStatement p = c.prepareStatement("DELETE FROM " + table + " WHERE doc_id = ?")) {
                for (ExtractedDocument d : docs) {
                    p.setString(1, d.document().id());
                    p.addBatch();
                }
                p.executeBatch();
            }
        }
    }

    /** Inserts the rows of the documents; on DuckDB through its appender ({@code duckdb}), else INSERTs. */
    static void insert(Connection c, DuckDBConnection duckdb, List<ExtractedDocument> docs) throws SQLException {
        try (RowSink events = RowSink.of(c, duckdb, "project_events", EVENT_COLUMNS, 16);
             RowSink commitments = RowSink.of(c, duckdb, "commitments", COMMITMENT_COLUMNS, 11);
             RowSink officials = RowSink.of(c, duckdb, "officials", OFFICIAL_COLUMNS, 10)) {
            for (ExtractedDocument d : docs) {
                String id = d.document().id();
                int seq = 0;
                for (ProjectEvent e : d.projects().events()) {
                    head(events, id, seq++, e.source()).text(e.name()).text(e.stage().label())
                            .text(e.status().label()).integer(e.period()).text(iso(e.deadline()));
                    Investment investment = e.investment();
                    events.decimal(investment == null ? null : investment.value())
                            .text(investment == null ? null : investment.unit())
                            .text(investment == null ? null : investment.qualifier().label())
                            .text(e.level() == null ? null : e.level().label());
                    tail(events, e.source());
                }
                seq = 0;
                for (Commitment k : d.projects().commitments()) {
                    head(commitments, id, seq++, k.source()).text(k.action()).text(iso(k.deadline()))
                            .integer(k.period()).text(k.subject());
                    tail(commitments, k.source());
                }
                seq = 0;
                for (Official o : d.projects().officials()) {
                    head(officials, id, seq++, o.source()).text(o.name()).text(o.title()).text(o.date());
                    tail(officials, o.source());
                }
            }
            events.flush();
            commitments.flush();
            officials.flush();
        }
    }

    /** doc_id, seq, region and region_code. */
    private static RowSink head(RowSink row, String docId, int seq, Provenance source) throws SQLException {
        return row.text(docId).integer(seq).text(source.region()).text(source.regionCode());
    }

    /** text, evidence_start and evidence_end, ending the row. */
    private static void tail(RowSink row, Provenance source) throws SQLException {
        row.text(source.text()).integer(source.start()).integer(source.end()).endRow();
    }

    private static String iso(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
