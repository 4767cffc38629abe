package org.xianzhi.app.projects;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.xianzhi.core.fact.Status;
import org.xianzhi.core.project.Commitment;
import org.xianzhi.core.project.Official;
import org.xianzhi.core.project.ProjectEvent;
import org.xianzhi.core.project.ProjectRecords;
import org.xianzhi.core.project.ProjectStage;
import org.xianzhi.core.project.Provenance;
import org.xianzhi.core.project.RecordKind;
import org.xianzhi.core.project.ScoredRecord;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The three kinds of PROJECTS.md as JSON objects, each with its {@code kind}; gold files read the same way. */
public final class ProjectJson {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN, true);

    private ProjectJson() {
    }

    /** Every record of a document, events first, as JSON objects. */
    public static List<ObjectNode> toJson(ProjectRecords records) {
        List<ObjectNode> all = new ArrayList<>();
        records.events().forEach(e -> all.add(toJson(e)));
        records.commitments().forEach(c -> all.add(toJson(c)));
        records.officials().forEach(o -> all.add(toJson(o)));
        return all;
    }

    public static ObjectNode toJson(ProjectEvent e) {
        ObjectNode o = head(RecordKind.PROJECT, e.source());
        o.put("name", e.name());
        o.put("stage", e.stage().label());
        o.put("status", e.status().label());
        o.put("period", Integer.toString(e.period()));
        o.put("deadline", iso(e.deadline()));
        if (e.investment() == null) {
            o.putNull("investment");
        } else {
            ObjectNode money = o.putObject("investment");
            money.put("value", e.investment().value().stripTrailingZeros());
            money.put("unit", e.investment().unit());
            money.put("qualifier", e.investment().qualifier().label());
        }
        o.put("level", e.level() == null ? null : e.level().label());
        return tail(o, e.source());
    }

    public static ObjectNode toJson(Commitment c) {
        ObjectNode o = head(RecordKind.COMMITMENT, c.source());
        o.put("action", c.action());
        o.put("deadline", iso(c.deadline()));
        o.put("period", Integer.toString(c.period()));
        o.put("subject", c.subject());
        o.put("status", Status.TARGET.label());
        return tail(o, c.source());
    }

    public static ObjectNode toJson(Official p) {
        ObjectNode o = head(RecordKind.OFFICIAL, p.source());
        o.put("name", p.name());
        o.put("title", p.title());
        o.put("date", p.date());
        return tail(o, p.source());
    }

    /** One line of JSONL, without the line break. */
    public static String toLine(ObjectNode o) {
        try {
            return MAPPER.writeValueAsString(o);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a record line (produced or gold) as scoring compares it. */
    public static ScoredRecord scoredFromLine(String line) throws IOException {
        JsonNode n = MAPPER.readTree(line);
        try {
            RecordKind kind = RecordKind.ofLabel(n.get("kind").asText());
            String words = kind == RecordKind.COMMITMENT ? n.get("action").asText() : n.get("name").asText();
            ProjectStage stage = kind == RecordKind.PROJECT ? ProjectStage.ofLabel(n.get("stage").asText()) : null;
            Status status = kind == RecordKind.OFFICIAL ? null
                    : Status.ofLabel(n.path("status").asText(Status.TARGET.label()));
            int period = kind == RecordKind.OFFICIAL ? 0 : Integer.parseInt(n.get("period").asText());
            LocalDate deadline = n.hasNonNull("deadline") ? LocalDate.parse(n.get("deadline").asText()) : null;
            return new ScoredRecord(n.get("file").asText(), kind, n.get("region").asText(), stage, status, period,
                    words, deadline, n.get("start").asInt(), n.get("end").asInt(), n.path("text").asText(""));
        } catch (RuntimeException e) {
            throw new IOException("not a project record: " + e.getMessage(), e);
        }
    }

    private static ObjectNode head(RecordKind kind, Provenance p) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("kind", kind.label());
        o.put("doc", p.doc());
        o.put("file", p.file());
        o.put("region", p.region());
        o.put("region_code", p.regionCode());
        return o;
    }

    private static ObjectNode tail(ObjectNode o, Provenance p) {
        o.put("text", p.text());
        o.put("start", p.start());
        o.put("end", p.end());
        return o;
    }

    private static String iso(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
