package org.xianzhi.app.store;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.xianzhi.core.fact.Status;
import org.xianzhi.core.project.Commitment;
import org.xianzhi.core.project.CommitmentMention;
import org.xianzhi.core.project.DocumentMoment;
import org.xianzhi.core.project.Investment;
import org.xianzhi.core.project.Official;
import org.xianzhi.core.project.ProjectEvent;
import org.xianzhi.core.project.ProjectLevel;
import org.xianzhi.core.project.ProjectMention;
import org.xianzhi.core.project.ProjectStage;
import org.xianzhi.core.project.Provenance;
import org.xianzhi.core.quantity.Approximation;

/** Reads the project events, commitments and officials of the store, with the documents that said them. */
public final class ProjectStore {
    private static final String DOC = ", d.file, d.doc_year, d.doc_month";
    private final FactStore store;

    public ProjectStore(FactStore store) {
        this.store = store;
    }

    /** The records about {@code region} (a full name or a 6-digit code), or of every region when null. */
    public StoredProjects read(String region) throws SQLException {
        List<Object> params = new ArrayList<>();
        String where = "";
        if (region != null) {
            where = " WHERE (x.region = ? OR x.region_code = ?)";
            params = List.of(region, region);
        }
        List<ProjectMention> events = new ArrayList<>();
        store.query("SELECT x.*" + DOC + " FROM project_events x JOIN documents d ON d.id = x.doc_id" + where
                + " ORDER BY d.doc_year, d.doc_month, x.doc_id, x.seq", params,
                rs -> events.add(new ProjectMention(event(rs), moment(rs, rs.getInt("period")))));
        List<CommitmentMention> commitments = new ArrayList<>();
        store.query("SELECT x.*" + DOC + " FROM commitments x JOIN documents d ON d.id = x.doc_id" + where
                + " ORDER BY d.doc_year, d.doc_month, x.doc_id, x.seq", params,
                rs -> commitments.add(new CommitmentMention(new Commitment(rs.getString("action"),
                        LocalDate.parse(rs.getString("deadline")), rs.getInt("period"), rs.getString("subject"),
                        provenance(rs)), moment(rs, rs.getInt("period")))));
        List<StoredProjects.OfficialMention> officials = new ArrayList<>();
        store.query("SELECT x.*" + DOC + " FROM officials x JOIN documents d ON d.id = x.doc_id" + where
                + " ORDER BY d.doc_year, d.doc_month, x.doc_id, x.seq", params,
                rs -> officials.add(new StoredProjects.OfficialMention(new Official(rs.getString("name"),
                        rs.getString("title"), rs.getString("spoke_on"), provenance(rs)), moment(rs, 0))));
        return new StoredProjects(events, commitments, officials);
    }

    private static ProjectEvent event(ResultSet rs) throws SQLException {
        String deadline = rs.getString("deadline");
        BigDecimal money = rs.getBigDecimal("investment");
        String level = rs.getString("level");
        Investment investment = money == null ? null : new Investment(money.stripTrailingZeros(),
                rs.getString("investment_unit"), Approximation.ofLabel(rs.getString("investment_qualifier")));
        return new ProjectEvent(rs.getString("name"), ProjectStage.ofLabel(rs.getString("stage")),
                Status.ofLabel(rs.getString("status")), rs.getInt("period"),
                deadline == null ? null : LocalDate.parse(deadline), investment,
                level == null ? null : ProjectLevel.ofLabel(level), provenance(rs));
    }

    private static Provenance provenance(ResultSet rs) throws SQLException {
        String text = rs.getString("text");
        return new Provenance(rs.getString("doc_id"), rs.getString("file"), rs.getString("region"),
                rs.getString("region_code"), text == null ? "" : text, rs.getInt("evidence_start"),
                rs.getInt("evidence_end"));
    }

    /** When the document spoke; an undated one is placed in the year its record speaks of. */
    private static DocumentMoment moment(ResultSet rs, int fallbackYear) throws SQLException {
        Integer year = Columns.getNullableInt(rs, "doc_year");
        int month = year == null ? 0 : rs.getInt("doc_month");
        return new DocumentMoment(rs.getString("doc_id"), rs.getString("file"),
                year == null ? Math.max(fallbackYear, 1949) : year, month);
    }
}
