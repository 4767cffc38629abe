package org.xianzhi.app.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.List;

import org.xianzhi.core.project.Commitment;
import org.xianzhi.core.project.Official;
import org.xianzhi.core.project.ProjectEvent;
import org.xianzhi.core.project.Provenance;

/**
 * Writes the project records of documents (tables of {@code db/V2__projects.sql}) inside the transaction that writes
 * the documents and their facts, and deletes them when a document is extracted again.
 */
final class ProjectRows {
    private static final String INSERT_EVENT = "INSERT INTO project_events (doc_id, seq, region, region_code, name,"
            + " stage, status, period, deadline, investment, investment_unit, investment_qualifier, level, text,"
            + " evidence_start, evidence_end) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_COMMITMENT = "INSERT INTO commitments (doc_id, seq, region, region_code, action,"
            + " deadline, period, subject, text, evidence_start, evidence_end) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_OFFICIAL = "INSERT INTO officials (doc_id, seq, region, region_code, name, title,"
            + " spoke_on, text, evidence_start, evidence_end) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
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

    static void insert(Connection c, List<ExtractedDocument> docs) throws SQLException {
        try (PreparedStatement events = c.prepareStatement(INSERT_EVENT);
             PreparedStatement commitments = c.prepareStatement(INSERT_COMMITMENT);
             PreparedStatement officials = c.prepareStatement(INSERT_OFFICIAL)) {
            int[] pending = new int[3];
            for (ExtractedDocument d : docs) {
                String id = d.document().id();
                int seq = 0;
                for (ProjectEvent e : d.projects().events()) {
                    int at = head(events, id, seq++, e.source());
                    events.setString(at + 1, Columns.storable(e.name()));
                    events.setString(at + 2, e.stage().label());
                    events.setString(at + 3, e.status().label());
                    events.setInt(at + 4, e.period());
                    setText(events, at + 5, iso(e.deadline()));
                    if (e.investment() == null) {
                        events.setNull(at + 6, Types.DECIMAL);
                    } else {
                        events.setBigDecimal(at + 6, e.investment().value());
                    }
                    setText(events, at + 7, e.investment() == null ? null : e.investment().unit());
                    setText(events, at + 8, e.investment() == null ? null : e.investment().qualifier().label());
                    setText(events, at + 9, e.level() == null ? null : e.level().label());
                    tail(events, at + 10, e.source());
                    events.addBatch();
                    pending[0]++;
                }
                seq = 0;
                for (Commitment k : d.projects().commitments()) {
                    int at = head(commitments, id, seq++, k.source());
                    commitments.setString(at + 1, Columns.storable(k.action()));
                    commitments.setString(at + 2, iso(k.deadline()));
                    commitments.setInt(at + 3, k.period());
                    setText(commitments, at + 4, k.subject());
                    tail(commitments, at + 5, k.source());
                    commitments.addBatch();
                    pending[1]++;
                }
                seq = 0;
                for (Official o : d.projects().officials()) {
                    int at = head(officials, id, seq++, o.source());
                    officials.setString(at + 1, Columns.storable(o.name()));
                    officials.setString(at + 2, Columns.storable(o.title()));
                    setText(officials, at + 3, o.date());
                    tail(officials, at + 4, o.source());
                    officials.addBatch();
                    pending[2]++;
                }
            }
            // An empty batch is not run: not every driver accepts one.
            if (pending[0] > 0) {
                events.executeBatch();
            }
            if (pending[1] > 0) {
                commitments.executeBatch();
            }
            if (pending[2] > 0) {
                officials.executeBatch();
            }
        }
    }

    /** Sets doc_id, seq, region and region_code; returns the index of the last one set. */
    private static int head(PreparedStatement p, String docId, int seq, Provenance source) throws SQLException {
        p.setString(1, docId);
        p.setInt(2, seq);
        p.setString(3, Columns.storable(source.region()));
        setText(p, 4, source.regionCode());
        return 4;
    }

    /** Sets text, evidence_start and evidence_end from {@code at}. */
    private static void tail(PreparedStatement p, int at, Provenance source) throws SQLException {
        p.setString(at, Columns.storable(source.text()));
        p.setInt(at + 1, source.start());
        p.setInt(at + 2, source.end());
    }

    private static void setText(PreparedStatement p, int at, String value) throws SQLException {
        if (value == null) {
            p.setNull(at, Types.VARCHAR);
        } else {
            p.setString(at, Columns.storable(value));
        }
    }

    private static String iso(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
