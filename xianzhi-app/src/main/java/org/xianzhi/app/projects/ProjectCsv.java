package org.xianzhi.app.projects;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

import org.xianzhi.app.facts.FactCsv;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The records of PROJECTS.md as one CSV table: a {@code kind} column and the union of the three kinds' fields, empty
 * where a kind has none. Starts with a byte order mark and quotes like {@link FactCsv}.
 */
public final class ProjectCsv {
    public static final List<String> COLUMNS = List.of("kind", "doc", "file", "region", "region_code", "name", "stage",
            "status", "period", "deadline", "investment", "investment_unit", "level", "action", "subject", "title",
            "date", "text", "start", "end");

    private ProjectCsv() {
    }

    public static void writeHeader(PrintWriter out) {
        out.print('\uFEFF');
        out.print(String.join(",", COLUMNS));
        out.print("\r\n");
    }

    public static void writeRow(PrintWriter out, ObjectNode record) {
        List<String> cells = new ArrayList<>();
        JsonNode money = record.path("investment");
        for (String column : COLUMNS) {
            String cell = switch (column) {
                case "investment" -> money.isObject() ? money.get("value").asText() : "";
                case "investment_unit" -> money.isObject() ? money.get("unit").asText() : "";
                default -> record.hasNonNull(column) ? record.get(column).asText() : "";
            };
            cells.add(FactCsv.quote(cell));
        }
        out.print(String.join(",", cells));
        out.print("\r\n");
    }
}
