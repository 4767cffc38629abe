package org.xianzhi.app.facts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.xianzhi.core.fact.Fact;
import org.xianzhi.core.fact.GoldFact;
import org.xianzhi.core.fact.Measure;
import org.xianzhi.core.quantity.Approximation;
import org.xianzhi.core.fact.Status;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Facts as JSON objects with FACTS.md's field names, one per line in JSONL; gold files read the same way. */
public final class FactJson {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN, true);

    private FactJson() {
    }

    public static ObjectNode toJson(Fact f) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("doc", f.doc());
        o.put("file", f.file());
        o.put("region", f.region());
        o.put("region_code", f.regionCode());
        o.put("indicator", f.indicator());
        o.put("measure", f.measure().label());
        o.put("status", f.status().label());
        o.put("period", f.period());
        o.put("value", f.value().stripTrailingZeros());
        o.put("unit", f.unit());
        o.put("as_written", f.asWritten());
        o.put("qualifier", f.qualifier().label());
        o.put("scope", f.scope());
        o.put("text", f.text());
        o.put("start", f.start());
        o.put("end", f.end());
        return o;
    }

    /** One line of JSONL, without the line break. */
    public static String toLine(Fact f) {
        return toLine(toJson(f));
    }

    /** A fact's JSON (with any fields added to it) as one line. */
    public static String toLine(JsonNode json) {
        try {
            return MAPPER.writeValueAsString(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a fact line; missing optional fields become empty or null. */
    public static Fact fromLine(String line) throws IOException {
        return fromJson(MAPPER.readTree(line));
    }

    /** Reads a gold line: a fact plus {@code periods_ok}, {@code regions_ok}, {@code uncertain} and {@code note}. The evidence stands in for the text. */
    public static GoldFact goldFromLine(String line) throws IOException {
        JsonNode n = MAPPER.readTree(line);
        return new GoldFact(fromJson(n), texts(n, "periods_ok"), texts(n, "regions_ok"),
                n.path("uncertain").asBoolean(false), text(n, "note"));
    }

    private static Fact fromJson(JsonNode n) throws IOException {
        try {
            String text = n.hasNonNull("text") ? n.get("text").asText() : text(n, "evidence");
            return new Fact(text(n, "doc"), text(n, "file"), n.get("region").asText(), text(n, "region_code"),
                    n.get("indicator").asText(), Measure.ofLabel(n.get("measure").asText()),
                    Status.ofLabel(n.get("status").asText()), n.get("period").asText(),
                    new BigDecimal(n.get("value").asText()), n.path("unit").asText(""),
                    n.path("as_written").asText(""), Approximation.ofLabel(n.path("qualifier").asText("exact")),
                    text(n, "scope"), text == null ? "" : text, n.path("start").asInt(0), n.path("end").asInt(0));
        } catch (NullPointerException | IllegalArgumentException e) {
            throw new IOException("not a fact: " + e.getMessage(), e);
        }
    }

    private static List<String> texts(JsonNode n, String field) {
        List<String> texts = new ArrayList<>();
        n.path(field).forEach(t -> texts.add(t.asText()));
        return texts;
    }

    private static String text(JsonNode n, String field) {
        return n.hasNonNull(field) ? n.get(field).asText() : null;
    }
}
