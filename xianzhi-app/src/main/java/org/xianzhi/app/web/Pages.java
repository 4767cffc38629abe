package org.xianzhi.app.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.xianzhi.app.search.SearchHit;
import org.xianzhi.app.search.Passage;
import org.xianzhi.app.store.DocumentSummary;
import org.xianzhi.app.store.RegionSummary;
import org.xianzhi.app.store.StoredDocument;
import org.xianzhi.app.store.StoredFact;
import org.xianzhi.app.tracking.TargetGap;
import org.xianzhi.app.tracking.TargetStatus;
import org.xianzhi.app.tracking.TrackedTarget;
import org.xianzhi.core.fact.Fact;
import org.xianzhi.core.fact.Measure;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The HTML pages. Each method renders one page from what {@link Atlas} returned; all text goes through {@link Html}, so
 * nothing from a document or a request reaches the page unescaped. Stable ids and classes for tests and scripts:
 * {@code #chart-<indicator>}, {@code .fact[data-seq]}, {@code #fact-panel}, {@code table#targets}.
 */
final class Pages {
    /** Where a page is and in which language it speaks, for the navigation and the language toggle. */
    record Frame(Labels labels, String path, String query) {
    }

    private Pages() {
    }

    // ---- layout

    static String page(Frame f, String title, boolean charts, Html body) {
        Labels l = f.labels();
        Html h = new Html();
        h.raw("<!DOCTYPE html>").open("html", "lang", l.htmlLang()).open("head")
                .raw("<meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .element("title", title + " · " + l.t("site"))
                // An empty icon: without one every browser asks for /favicon.ico and logs the 404 as a console error.
                .open("link", "rel", "icon", "href", "data:,")
                .open("link", "rel", "stylesheet", "href", "/assets/app.css").close("head")
                .open("body", "data-lang", l.code())
                .open("header", "id", "top").open("nav")
                .link("/", l.t("site"), "class", "brand")
                .link("/", l.t("home"))
                .link("/compare", l.t("compare"))
                .link("/map", l.t("map"))
                .link("/table", l.t("data_table"))
                .link("/targets", l.t("targets"))
                .link("/projects", l.t("projects"))
                .link("/promises", l.t("promises"))
                .open("form", "id", "nav-search", "action", "/search", "method", "get")
                .open("input", "type", "search", "name", "q", "placeholder", l.t("search_placeholder"), "aria-label", l.t("search"))
                .close("form")
                .link(toggle(f), l.t("language"), "id", "lang-toggle")
                .close("nav").close("header")
                .open("main", "id", "main").raw(body.toString()).close("main");
        if (charts) {
            h.open("script", "src", "/assets/echarts.min.js").close("script");
        }
        h.open("script", "src", "/assets/app.js").close("script").close("body").close("html");
        return h.toString();
    }

    /** The same page in the other language. */
    private static String toggle(Frame f) {
        StringBuilder q = new StringBuilder();
        if (f.query() != null) {
            for (String part : f.query().split("&")) {
                if (!part.isEmpty() && !part.startsWith("lang=")) {
                    q.append(part).append('&');
                }
            }
        }
        return f.path() + "?" + q + "lang=" + f.labels().other();
    }

    // ---- home

    static String home(Frame f, Overview o) {
        Labels l = f.labels();
        Html b = new Html();
        b.element("h1", l.t("site")).element("p", l.t("tagline"), "class", "tagline");
        b.open("form", "id", "search", "action", "/search", "method", "get")
                .open("input", "type", "search", "name", "q", "placeholder", l.t("search_placeholder"), "aria-label", l.t("search"))
                .element("button", l.t("search"), "type", "submit").close("form");
        b.open("ul", "id", "counts")
                .open("li").element("strong", Long.toString(o.documents()), "id", "count-documents").text(" " + l.t("documents")).close("li")
                .open("li").element("strong", Long.toString(o.facts()), "id", "count-facts").text(" " + l.t("facts")).close("li")
                .open("li").element("strong", Integer.toString(o.regions().size()), "id", "count-regions").text(" " + l.t("regions")).close("li")
                .close("ul");
        b.element("h2", l.t("covered")).open("p", "class", "note").link("/map", l.t("map_link")).close("p");
        HierarchyView.grouped(b, l, new RegionHierarchy(org.xianzhi.core.region.RegionGazetteer.standard(), o.regions()));
        b.element("h2", l.t("latest"));
        documentTable(b, l, o.latest(), "latest");
        return page(f, l.t("home"), false, b);
    }

    private static void documentTable(Html b, Labels l, List<DocumentSummary> docs, String id) {
        b.open("table", "id", id, "class", "data documents").open("thead").open("tr")
                .element("th", l.t("date")).element("th", l.t("file")).element("th", l.t("region"))
                .element("th", l.t("kind")).element("th", l.t("facts")).close("tr").close("thead").open("tbody");
        for (DocumentSummary d : docs) {
            b.open("tr").element("td", d.date() == null ? "" : ApiJson.date(d.date()))
                    .open("td").link("/documents/" + d.id(), fileName(d.file()), "class", "document").close("td")
                    .element("td", d.region() == null ? "" : d.region())
                    .element("td", l.t(d.kind().label()))
                    .element("td", Integer.toString(d.factCount()), "class", "num").close("tr");
        }
        b.close("tbody").close("table");
    }

    // ---- region

    static String region(Frame f, RegionProfile p) {
        return region(f, p, null, null);
    }

    /**
     * A region's page; {@code place} holds its place among the divisions (the line above it, the regions below it),
     * {@code ledger} the sections of its projects, promises and officials; either may be null.
     */
    static String region(Frame f, RegionProfile p, Html place, Html ledger) {
        Labels l = f.labels();
        Html b = new Html();
        b.open("h1", "id", "region-name").text(p.name());
        if (p.code() != null) {
            b.element("small", " " + p.code());
        }
        b.close("h1");
        b.open("p", "class", "jump").link("#indicators", l.t("over_years")).text(" · ").link("#targets", l.t("targets"))
                .text(" · ").link("#ranks", l.t("ranks")).text(" · ").link("#quality", l.t("quality"))
                .text(" · ").link("#region-documents", l.t("documents"))
                .text(" · ").link("/table?region=" + java.net.URLEncoder.encode(p.code() != null ? p.code() : p.name(),
                        java.nio.charset.StandardCharsets.UTF_8), l.t("wide_table"), "id", "wide-link").close("p");
        if (place != null) {
            b.raw(place.toString());
        }
        QualityView.filter(b, f, p.quality().flaggedFacts());
        b.open("section", "id", "indicators").element("h2", l.t("over_years")).element("p", l.t("chart_note"), "class", "note");
        RegionCharts.render(b, l, p.series(), p.quality());
        b.close("section");
        b.open("section").element("h2", l.t("targets"));
        Downloads.buttons(b, l, "region-targets", null, "region", p.code() != null ? p.code() : p.name());
        targetTable(b, l, p.targets(), "targets", false);
        b.close("section");
        b.open("section").element("h2", l.t("ranks"));
        rankTable(b, l, p.ranks());
        b.close("section");
        QualityView.section(b, l, p.quality(), p.facts());
        if (ledger != null) {
            b.raw(ledger.toString());
        }
        b.open("section").element("h2", l.t("documents"));
        documentTable(b, l, p.documents(), "region-documents");
        b.close("section");
        return page(f, p.name(), true, b);
    }

    /** A figure that links to its sentence. */
    private static void figure(Html b, StoredFact f, String shown) {
        b.link(ApiJson.link(f), shown, "class", "figure", "title", f.fact().text());
    }

    private static String shown(Fact f) {
        return f.asWritten() != null && !f.asWritten().isEmpty() ? f.asWritten() : plain(f.value()) + f.unit();
    }

    private static String plain(BigDecimal v) {
        return v.toPlainString();
    }

    private static void rankTable(Html b, Labels l, List<StoredFact> ranks) {
        b.open("table", "id", "ranks", "class", "data").open("thead").open("tr").element("th", l.t("indicator"))
                .element("th", l.t("period")).element("th", l.t("scope")).element("th", l.t("rank"))
                .element("th", l.t("status")).close("tr").close("thead").open("tbody");
        for (StoredFact r : ranks) {
            b.open("tr").element("td", Names.indicator(l, r.fact().indicator())).element("td", r.fact().period())
                    .element("td", r.fact().scope() == null ? "" : r.fact().scope())
                    .open("td", "class", "num");
            figure(b, r, shown(r.fact()));
            b.close("td").element("td", l.t(r.fact().status().label())).close("tr");
        }
        b.close("tbody").close("table");
    }

    static void targetTable(Html b, Labels l, List<TrackedTarget> targets, String id, boolean withRegion) {
        targetTable(b, l, targets, id, withRegion, null);
    }

    /**
     * The targets with their actuals, gaps ({@link TargetGap}), the years of the documents that set and reported them,
     * and their status; {@code sortable} gives each sortable column's header its link (null: plain headers).
     */
    static void targetTable(Html b, Labels l, List<TrackedTarget> targets, String id, boolean withRegion,
                            java.util.function.Function<TargetOrder, String> sortable) {
        b.open("table", "id", id, "class", "data targets").open("thead").open("tr");
        if (withRegion) {
            header(b, l, "region", TargetOrder.REGION, sortable);
        }
        header(b, l, "indicator", TargetOrder.INDICATOR, sortable);
        b.element("th", l.t("measure"));
        header(b, l, "period", TargetOrder.PERIOD, sortable);
        b.element("th", l.t("target")).element("th", l.t("actual"));
        header(b, l, "gap", TargetOrder.GAP, sortable);
        header(b, l, "report_year", TargetOrder.YEAR, sortable);
        header(b, l, "status", TargetOrder.STATUS, sortable);
        b.close("tr").close("thead").open("tbody");
        for (TrackedTarget t : targets) {
            Fact target = t.target().fact();
            b.open("tr", "class", "target status-" + t.status().label(), "data-status", t.status().label());
            if (withRegion) {
                b.open("td").link("/regions/" + (target.regionCode() != null ? target.regionCode() : target.region()),
                        target.region()).close("td");
            }
            b.element("td", Names.indicator(l, target.indicator())).element("td", l.t(target.measure().label()))
                    .element("td", target.period()).open("td", "class", "num");
            figure(b, t.target(), shown(target));
            b.close("td").open("td", "class", "num");
            if (t.actual() != null) {
                figure(b, t.actual(), shown(t.actual().fact()));
            }
            b.close("td").element("td", TargetGap.of(t).map(TargetGap::shown).orElse(""), "class", "num gap")
                    .element("td", reportYears(t), "class", "num report-year")
                    .open("td").element("span", l.t(t.status().label()),
                    "class", "status " + t.status().colour(), "data-colour", t.status().colour()).close("td").close("tr");
        }
        b.close("tbody").close("table");
    }

    private static void header(Html b, Labels l, String label, TargetOrder order, java.util.function.Function<TargetOrder, String> sortable) {
        if (sortable == null) {
            b.element("th", l.t(label));
        } else {
            b.open("th").link(sortable.apply(order), l.t(label), "class", "sort", "data-sort", order.label()).close("th");
        }
    }

    /** The year of the document that set the target, and of the one that reported the actual: 2024 → 2025. */
    private static String reportYears(TrackedTarget t) {
        String set = t.target().documentDate() == null ? "" : Integer.toString(t.target().documentDate().year());
        if (t.actual() == null || t.actual().documentDate() == null) {
            return set;
        }
        return set + " → " + t.actual().documentDate().year();
    }

    // ---- compare

    static String compare(Frame f, List<RegionSummary> regions, List<IndicatorEntry> indicators, String indicator,
                          List<String> chosen, Comparison c) {
        Labels l = f.labels();
        Html b = new Html();
        b.element("h1", l.t("compare"));
        b.open("form", "id", "compare-form", "action", "/compare", "method", "get")
                .open("label").text(l.t("indicator") + " ").open("select", "name", "indicator", "id", "compare-indicator");
        for (IndicatorEntry e : indicators) {
            if (e.facts() > 0) {
                String name = e.indicator().name();
                b.element("option", Names.indicator(l, name), "value", name, "selected", name.equals(indicator) ? "selected" : null);
            }
        }
        b.close("select").close("label").open("fieldset", "id", "compare-regions").element("legend", l.t("regions"));
        for (RegionSummary r : regions) {
            b.open("label", "class", "region-choice").open("input", "type", "checkbox", "name", "region", "value", r.key(),
                    "checked", chosen.contains(r.key()) || chosen.contains(r.name()) ? "checked" : null)
                    .text(" " + r.name()).close("label");
        }
        b.close("fieldset").element("button", l.t("compare"), "type", "submit").close("form");
        if (c == null) {
            b.element("p", l.t("choose"), "class", "note");
            return page(f, l.t("compare"), false, b);
        }
        String heading = Names.indicator(l, c.indicator()) + " · " + l.t(c.measure().label())
                + (c.unit().isEmpty() ? "" : "（" + Names.unit(l, c.unit()).strip() + "）");
        ObjectNode data = ApiJson.comparison(c);
        data.put("actual_label", l.t("actual"));
        data.put("target_label", l.t("target"));
        b.element("h2", heading)
                .open("div", "class", "chart", "id", "chart-compare", "data-compare", ApiJson.write(data)).close("div");
        Set<Integer> years = c.years();
        b.open("table", "id", "compare", "class", "data").open("thead").open("tr").element("th", l.t("region"));
        years.forEach(y -> b.element("th", y.toString()));
        b.close("tr").close("thead").open("tbody");
        for (Comparison.RegionSeries r : c.regions()) {
            b.open("tr").open("td").link("/regions/" + (r.code() != null ? r.code() : r.name()), r.name()).close("td");
            for (Integer y : years) {
                b.open("td", "class", "num");
                point(r.series().actuals(), y).ifPresent(p -> figure(b, p.source(), plain(p.value())));
                point(r.series().targets(), y).ifPresent(p -> {
                    b.open("span", "class", "target-figure").text(" " + l.t("target") + " ");
                    figure(b, p.source(), plain(p.value()));
                    b.close("span");
                });
                b.close("td");
            }
            b.close("tr");
        }
        b.close("tbody").close("table");
        Downloads.buttons(b, l, "compare", f.query());
        return page(f, l.t("compare") + " " + c.indicator(), true, b);
    }

    private static Optional<SeriesPoint> point(List<SeriesPoint> points, int year) {
        return points.stream().filter(p -> p.year() == year).findFirst();
    }

    // ---- document

    static String document(Frame f, DocumentView v) {
        return document(f, v, null);
    }

    /** A document's page; {@code at} (may be null) is a span of the original to highlight and scroll to. */
    static String document(Frame f, DocumentView v, TextSpan at) {
        Labels l = f.labels();
        StoredDocument d = v.document();
        Html b = new Html();
        b.element("h1", fileName(d.file()), "id", "doc-title");
        b.open("dl", "id", "doc-meta")
                .element("dt", l.t("region")).open("dd");
        if (d.region() != null) {
            b.link("/regions/" + (d.regionCode() != null ? d.regionCode() : d.region()), d.region());
        }
        b.close("dd").element("dt", l.t("date")).element("dd", d.date() == null ? "" : ApiJson.date(d.date()))
                .element("dt", l.t("kind")).element("dd", l.t(d.kind().label()))
                .element("dt", l.t("facts")).element("dd", Integer.toString(v.facts().size()))
                .close("dl");
        b.element("p", l.t("click_fact"), "class", "note");
        // A document of a Spark run is stored without its text: its facts' sentences stand in for it.
        boolean textless = d.original().isEmpty();
        b.element("h2", l.t(textless ? "fact_sentences" : "original_text"));
        // The text and the panel side by side, so that the panel never covers the text it explains.
        b.open("div", "class", "doc-view");
        b.open("pre", "id", "doc-text", "data-facts", ApiJson.write(ApiJson.array(v.facts(), ApiJson::fact)),
                "data-labels", panelLabels(l));
        if (textless) {
            factSentences(b, v.facts());
        } else {
            markedText(b, d.original(), v.facts(), at);
        }
        b.close("pre");
        b.open("aside", "id", "fact-panel", "hidden", "hidden", "aria-live", "polite").close("aside").close("div");
        b.element("h2", l.t("facts"));
        b.open("table", "id", "facts", "class", "data").open("thead").open("tr").element("th", "#")
                .element("th", l.t("indicator")).element("th", l.t("measure")).element("th", l.t("status"))
                .element("th", l.t("period")).element("th", l.t("value")).element("th", l.t("region"))
                .close("tr").close("thead").open("tbody");
        for (StoredFact sf : v.facts()) {
            Fact x = sf.fact();
            b.open("tr", "id", "fact-row-" + sf.seq(), "data-seq", Integer.toString(sf.seq()))
                    .element("td", Integer.toString(sf.seq())).element("td", Names.indicator(l, x.indicator()))
                    .element("td", l.t(x.measure().label())).element("td", l.t(x.status().label()))
                    .element("td", x.period()).open("td", "class", "num");
            figure(b, sf, shown(x));
            b.close("td").element("td", x.region()).close("tr");
        }
        b.close("tbody").close("table");
        return page(f, fileName(d.file()), false, b);
    }

    private static String panelLabels(Labels l) {
        ObjectNode o = ApiJson.object();
        for (String k : List.of("fact", "indicator", "measure", "status", "period", "value", "unit", "as_written",
                "qualifier", "scope", "region", "sentence", "offsets", "target", "actual", "growth", "share", "rank",
                "change", "exact", "about", "over", "under")) {
            o.put(k, l.t(k));
        }
        o.put("value_measure", l.t("value"));
        return ApiJson.write(o);
    }

    /**
     * The original text, escaped, with each run covered by facts in a {@code <mark class="fact" data-seq="…">} (runs
     * covered by several facts list them all) and an empty anchor {@code #f<seq>} where each fact starts.
     */
    static void markedText(Html b, String text, List<StoredFact> facts) {
        markedText(b, text, facts, null);
    }

    /**
     * The same, with the runs inside {@code at} (a passage a link points to) also in class {@code at}, the first of
     * them with the id {@code at}, which the page scrolls to.
     */
    static void markedText(Html b, String text, List<StoredFact> facts, TextSpan at) {
        int n = text.length();
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, n));
        int atStart = at == null ? -1 : clamp(at.start(), n);
        int atEnd = at == null ? -1 : clamp(at.end(), n);
        if (at != null) {
            cuts.add(atStart);
            cuts.add(atEnd);
        }
        boolean atFirst = true;
        Map<Integer, List<Integer>> startsAt = new TreeMap<>();
        for (StoredFact sf : facts) {
            int s = clamp(sf.fact().start(), n);
            int e = clamp(sf.fact().end(), n);
            cuts.add(s);
            cuts.add(e);
            startsAt.computeIfAbsent(s, k -> new ArrayList<>()).add(sf.seq());
        }
        Integer from = null;
        for (int to : cuts) {
            if (from != null && from < to) {
                int a = from;
                List<String> covering = new ArrayList<>();
                for (StoredFact sf : facts) {
                    if (clamp(sf.fact().start(), n) <= a && clamp(sf.fact().end(), n) >= to) {
                        covering.add(Integer.toString(sf.seq()));
                    }
                }
                boolean inAt = a >= atStart && to <= atEnd;
                String id = inAt && atFirst ? "at" : null;
                atFirst &= !inAt;
                if (covering.isEmpty() && !inAt) {
                    b.text(text.substring(a, to));
                } else if (covering.isEmpty()) {
                    b.element("mark", text.substring(a, to), "class", "at", "id", id);
                } else {
                    b.element("mark", text.substring(a, to), "class", inAt ? "fact at" : "fact", "id", id,
                            "data-seq", String.join(" ", covering));
                }
            }
            for (int seq : startsAt.getOrDefault(to, List.of())) {
                b.open("span", "class", "anchor", "id", "f" + seq).close("span");
            }
            from = to;
        }
    }

    /** Each fact's sentence once, in order, marked as the facts it holds, with the anchor {@code #f<seq>} of each. */
    static void factSentences(Html b, List<StoredFact> facts) {
        Map<String, List<StoredFact>> bySentence = new LinkedHashMap<>();
        for (StoredFact sf : facts) {
            bySentence.computeIfAbsent(sf.fact().text(), k -> new ArrayList<>()).add(sf);
        }
        for (Map.Entry<String, List<StoredFact>> e : bySentence.entrySet()) {
            List<String> seqs = new ArrayList<>();
            for (StoredFact sf : e.getValue()) {
                b.open("span", "class", "anchor", "id", "f" + sf.seq()).close("span");
                seqs.add(Integer.toString(sf.seq()));
            }
            b.element("mark", e.getKey(), "class", "fact", "data-seq", String.join(" ", seqs));
            b.text("\n");
        }
    }

    private static int clamp(int offset, int length) {
        return Math.max(0, Math.min(offset, length));
    }

    // ---- search

    /**
     * A passage from the search index is escaped text with {@code <mark>} tags; anything else that looks like markup
     * is escaped again, so a passage can never carry a tag of its own.
     */
    static String onlyMarks(String html) {
        String held = html.replace("\u0001", "").replace("\u0002", "").replace("<mark>", "\u0001").replace("</mark>", "\u0002");
        return held.replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("\u0001", "<mark>").replace("\u0002", "</mark>");
    }

    // ---- errors

    static String error(Frame f, int status, String message) {
        Labels l = f.labels();
        Html b = new Html();
        b.element("h1", status + " · " + l.t("error")).element("p", message, "id", "error-message");
        return page(f, Integer.toString(status), false, b);
    }

    /** A document's file name without the folders it was read from, which are the server's business. */
    static String fileName(String file) {
        int slash = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
        return file.substring(slash + 1);
    }
}
