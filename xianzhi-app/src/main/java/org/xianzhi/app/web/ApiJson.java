package org.xianzhi.app.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.xianzhi.app.quality.QualityFlag;
import org.xianzhi.app.quality.QualityReport;
import org.xianzhi.app.search.SearchHit;
import org.xianzhi.app.facts.FactJson;
import org.xianzhi.app.store.DocumentSummary;
import org.xianzhi.app.store.RegionSummary;
import org.xianzhi.app.store.StoredDocument;
import org.xianzhi.app.store.StoredFact;
import org.xianzhi.app.tracking.TrackedTarget;
import org.xianzhi.core.indicator.Indicator;
import org.xianzhi.core.segment.DocumentDate;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The JSON shapes of the API (described in {@code /api/openapi.json}); the pages' charts read the same shapes. */
final class ApiJson {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN, true);

    private ApiJson() {
    }

    static String write(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    static <T> ArrayNode array(List<T> items, Function<T, JsonNode> shape) {
        ArrayNode a = MAPPER.createArrayNode();
        items.forEach(i -> a.add(shape.apply(i)));
        return a;
    }

    /** Where a fact's sentence is shown: the document view, scrolled to the fact. */
    static String link(StoredFact f) {
        return "/documents/" + f.docId() + "#f" + f.seq();
    }

    static ObjectNode fact(StoredFact f) {
        ObjectNode o = FactJson.toJson(f.fact());
        o.put("file", Pages.fileName(f.fact().file()));
        o.put("seq", f.seq());
        o.put("document_date", date(f.documentDate()));
        o.put("link", link(f));
        return o;
    }

    /** A fact with its quality flags ({@code flags}: empty when nothing about it is doubted). */
    static ObjectNode fact(StoredFact f, QualityReport quality) {
        ObjectNode o = fact(f);
        o.set("flags", flags(quality.of(f)));
        return o;
    }

    static ArrayNode flags(List<QualityFlag> flags) {
        return array(flags, ApiJson::flag);
    }

    static ObjectNode flag(QualityFlag q) {
        ObjectNode n = object();
        n.put("check", q.check().label());
        n.put("detail", q.detail());
        n.put("reason", q.reason());
        return n;
    }

    /** A flag as a reader reads it: what the check found, then the figures. */
    static String reason(Labels l, QualityFlag q) {
        return l.t(q.check().label()) + ": " + q.detail();
    }

    static String date(DocumentDate d) {
        return d == null ? null : d.iso();
    }

    static ObjectNode region(RegionSummary r) {
        ObjectNode o = object();
        o.put("name", r.name());
        o.put("code", r.code());
        o.put("documents", r.documents());
        o.put("facts", r.facts());
        o.put("link", "/regions/" + r.key());
        return o;
    }

    static ObjectNode indicator(IndicatorEntry e) {
        Indicator i = e.indicator();
        ObjectNode o = object();
        o.put("name", i.name());
        o.put("unit", i.unit());
        o.put("dimension", i.dimension().name().toLowerCase(Locale.ROOT));
        ArrayNode measures = o.putArray("measures");
        i.measures().stream().map(m -> m.label()).sorted().forEach(measures::add);
        ArrayNode aliases = o.putArray("aliases");
        i.aliases().forEach(aliases::add);
        o.put("core", i.core());
        o.put("facts", e.facts());
        return o;
    }

    static ObjectNode document(DocumentSummary d) {
        ObjectNode o = object();
        o.put("id", d.id());
        o.put("file", Pages.fileName(d.file()));
        o.put("region", d.region());
        o.put("region_code", d.regionCode());
        o.put("date", date(d.date()));
        o.put("kind", d.kind().label());
        o.put("facts", d.factCount());
        o.put("link", "/documents/" + d.id());
        return o;
    }

    static ObjectNode document(DocumentView v) {
        StoredDocument d = v.document();
        ObjectNode o = object();
        o.put("id", d.id());
        o.put("file", Pages.fileName(d.file()));
        o.put("format", d.format().name().toLowerCase(Locale.ROOT));
        o.put("charset", d.charset());
        o.put("region", d.region());
        o.put("region_code", d.regionCode());
        o.put("date", date(d.date()));
        o.put("kind", d.kind().label());
        o.put("ingested_at", d.ingestedAt().toString());
        o.put("extracted_at", d.extractedAt().toString());
        o.put("original", d.original());
        o.put("normalized", d.normalized());
        o.set("facts", array(v.facts(), ApiJson::fact));
        return o;
    }

    static ObjectNode target(TrackedTarget t) {
        return target(t, QualityReport.EMPTY);
    }

    static ObjectNode target(TrackedTarget t, QualityReport quality) {
        ObjectNode o = object();
        o.put("status", t.status().label());
        o.put("colour", t.status().colour());
        o.set("target", fact(t.target(), quality));
        o.set("actual", t.actual() == null ? null : fact(t.actual(), quality));
        return o;
    }

    static ObjectNode series(IndicatorSeries s) {
        return series(s, QualityReport.EMPTY);
    }

    static ObjectNode series(IndicatorSeries s, QualityReport quality) {
        ObjectNode o = object();
        o.put("indicator", s.indicator());
        o.put("measure", s.measure().label());
        o.put("unit", s.unit());
        o.set("actuals", array(s.actuals(), p -> point(p, quality)));
        o.set("targets", array(s.targets(), p -> point(p, quality)));
        return o;
    }

    static ObjectNode point(SeriesPoint p, QualityReport quality) {
        ObjectNode o = object();
        o.put("year", p.year());
        o.put("value", p.value());
        o.put("as_written", p.source().fact().asWritten());
        o.put("link", link(p.source()));
        List<QualityFlag> flags = quality.of(p.source());
        if (!flags.isEmpty()) {
            o.set("flags", flags(flags));
        }
        return o;
    }

    static ObjectNode profile(RegionProfile p) {
        ObjectNode o = object();
        o.put("name", p.name());
        o.put("code", p.code());
        o.set("series", array(p.series(), s -> series(s, p.quality())));
        o.set("targets", array(p.targets(), t -> target(t, p.quality())));
        o.set("ranks", array(p.ranks(), f -> fact(f, p.quality())));
        o.set("facts", array(p.facts(), f -> fact(f, p.quality())));
        o.set("flags", array(p.quality().flags(), q -> {
            ObjectNode n = flag(q);
            n.put("doc", q.fact().doc());
            n.put("seq", q.fact().seq());
            n.put("link", "/documents/" + q.fact().doc() + "#f" + q.fact().seq());
            return n;
        }));
        o.set("documents", array(p.documents(), ApiJson::document));
        return o;
    }

    static ObjectNode comparison(Comparison c) {
        ObjectNode o = object();
        o.put("indicator", c.indicator());
        o.put("measure", c.measure().label());
        o.put("unit", c.unit());
        ArrayNode years = o.putArray("years");
        c.years().forEach(years::add);
        o.set("regions", array(c.regions(), r -> {
            ObjectNode n = series(r.series());
            n.put("region", r.name());
            n.put("region_code", r.code());
            return n;
        }));
        return o;
    }

    static ObjectNode overview(Overview v) {
        ObjectNode o = object();
        o.put("documents", v.documents());
        o.put("facts", v.facts());
        o.set("regions", array(v.regions(), ApiJson::region));
        o.set("latest", array(v.latest(), ApiJson::document));
        return o;
    }

    static ObjectNode hit(SearchHit h) {
        ObjectNode o = object();
        o.put("doc", h.docId());
        o.put("file", Pages.fileName(h.file()));
        o.put("region", h.region());
        o.put("date", h.date());
        o.put("link", "/documents/" + h.docId());
        o.set("passages", array(h.passages(), p -> {
            ObjectNode n = object();
            n.put("html", p.html());
            n.put("start", p.originalStart());
            n.put("end", p.originalEnd());
            n.put("link", DownloadTables.passageLink(h.docId(), p));
            return n;
        }));
        return o;
    }

    static ObjectNode upload(UploadResult u) {
        ObjectNode o = object();
        o.put("id", u.id());
        o.put("file", u.file());
        o.put("stored", u.stored());
        o.put("facts", u.facts());
        u.dropped().forEach(o.putArray("dropped")::add);
        o.put("link", "/documents/" + u.id());
        return o;
    }

    static ObjectNode error(int status, String message) {
        ObjectNode o = object();
        o.put("status", status);
        o.put("error", message);
        return o;
    }
}
