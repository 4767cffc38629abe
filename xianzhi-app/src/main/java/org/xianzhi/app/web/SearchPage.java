package org.xianzhi.app.web;

import java.util.List;

import org.xianzhi.app.search.Passage;
import org.xianzhi.app.search.SearchHit;
import org.xianzhi.app.search.SearchResults;
import org.xianzhi.app.store.DocumentKind;
import org.xianzhi.app.store.RegionSummary;

/**
 * {@code /search}: the query with its filters (region, year, kind of document), the total of matching documents, and
 * each hit's passages, each linking to its place in the document ({@code /documents/{id}?at=start-end}, highlighted
 * and scrolled to there). Hooks: {@code #search-total[data-total]}, {@code .hit}, {@code a.passage}.
 */
final class SearchPage {
    private SearchPage() {
    }

    static String search(Pages.Frame f, String query, List<RegionSummary> regions, SearchResults results) {
        Labels l = f.labels();
        String region = param(f, "region");
        String year = param(f, "year");
        String kind = param(f, "kind");
        Html b = new Html();
        b.element("h1", l.t("results"));
        b.open("form", "id", "search", "action", "/search", "method", "get")
                .open("input", "type", "search", "name", "q", "value", query, "aria-label", l.t("search"));
        b.open("label").text(" " + l.t("region") + " ").open("select", "name", "region").element("option", l.t("any"), "value", "");
        for (RegionSummary r : regions) {
            b.element("option", r.name(), "value", r.key(), "selected", r.key().equals(region) || r.name().equals(region) ? "selected" : null);
        }
        b.close("select").close("label");
        b.open("label").text(" " + l.t("year") + " ")
                .open("input", "type", "number", "name", "year", "min", "1949", "max", "2100", "value", year).close("label");
        b.open("label").text(" " + l.t("kind") + " ").open("select", "name", "kind").element("option", l.t("any"), "value", "");
        for (DocumentKind k : DocumentKind.values()) {
            b.element("option", l.t(k.label()), "value", k.label(), "selected", k.label().equals(kind) ? "selected" : null);
        }
        b.close("select").close("label").element("button", l.t("search"), "type", "submit").close("form");
        if (results.hits().isEmpty()) {
            b.element("p", l.t("no_results"), "id", "no-results");
        } else {
            b.open("p", "id", "search-total", "data-total", Long.toString(results.total()))
                    .text(String.format(java.util.Locale.ROOT, l.t("documents_found"), results.total(), results.hits().size()))
                    .close("p");
            Downloads.buttons(b, l, "search", f.query());
        }
        b.open("ol", "id", "hits");
        for (SearchHit h : results.hits()) {
            b.open("li", "class", "hit", "data-doc", h.docId()).open("h3").link("/documents/" + h.docId(), Pages.fileName(h.file())).close("h3")
                    .element("p", (h.region() == null ? "" : h.region()) + " " + (h.date() == null ? "" : h.date()), "class", "meta");
            for (Passage p : h.passages()) {
                b.open("a", "class", "passage", "href", DownloadTables.passageLink(h.docId(), p))
                        .raw(Pages.onlyMarks(p.html())).close("a");
            }
            b.close("li");
        }
        b.close("ol");
        return Pages.page(f, l.t("results") + " " + query, false, b);
    }

    /** A parameter of the page's query string, decoded; null when absent or blank. */
    private static String param(Pages.Frame f, String name) {
        if (f.query() == null) {
            return null;
        }
        for (String part : f.query().split("&")) {
            if (part.startsWith(name + "=")) {
                String v = java.net.URLDecoder.decode(part.substring(name.length() + 1), java.nio.charset.StandardCharsets.UTF_8);
                return v.isBlank() ? null : v.strip();
            }
        }
        return null;
    }
}
