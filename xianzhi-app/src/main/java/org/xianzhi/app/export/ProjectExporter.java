package org.xianzhi.app.export;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.xianzhi.app.projects.ProjectCsv;
import org.xianzhi.app.projects.ProjectJson;
import org.xianzhi.app.store.FactStore;
import org.xianzhi.app.store.ProjectStore;
import org.xianzhi.app.store.StoredProjects;
import org.xianzhi.core.project.RecordKind;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** Writes one kind of stored project record (PROJECTS.md's fields, with {@code kind}) as CSV or JSONL. */
public final class ProjectExporter {
    private ProjectExporter() {
    }

    /** The kinds {@code export --kind} names, as the command line writes them. */
    public static RecordKind kindOf(String label) {
        return switch (label.toLowerCase(Locale.ROOT)) {
            case "projects" -> RecordKind.PROJECT;
            case "commitments" -> RecordKind.COMMITMENT;
            case "officials" -> RecordKind.OFFICIAL;
            default -> throw new IllegalArgumentException("'" + label + "' is not one of facts, projects, commitments, officials");
        };
    }

    /**
     * Writes the records of {@code kind} about {@code region} (null: all) to {@code out}.
     *
     * @return how many records were written
     * @throws IllegalArgumentException for a format other than CSV and JSONL
     */
    public static long export(FactStore store, String region, RecordKind kind, ExportFormat format, Path out)
            throws SQLException, IOException {
        if (format != ExportFormat.CSV && format != ExportFormat.JSONL) {
            throw new IllegalArgumentException(kind.label() + " records are exported as csv or jsonl, not " + format.label());
        }
        StoredProjects stored = new ProjectStore(store).read(region);
        List<ObjectNode> rows = new ArrayList<>();
        switch (kind) {
            case PROJECT -> stored.events().forEach(m -> rows.add(ProjectJson.toJson(m.event())));
            case COMMITMENT -> stored.commitments().forEach(m -> rows.add(ProjectJson.toJson(m.commitment())));
            case OFFICIAL -> stored.officials().forEach(m -> rows.add(ProjectJson.toJson(m.official())));
        }
        try (PrintWriter w = new PrintWriter(new OutputStreamWriter(Files.newOutputStream(out), StandardCharsets.UTF_8))) {
            if (format == ExportFormat.CSV) {
                ProjectCsv.writeHeader(w);
            }
            for (ObjectNode row : rows) {
                if (format == ExportFormat.CSV) {
                    ProjectCsv.writeRow(w, row);
                } else {
                    w.println(ProjectJson.toLine(row));
                }
            }
        }
        return rows.size();
    }
}
