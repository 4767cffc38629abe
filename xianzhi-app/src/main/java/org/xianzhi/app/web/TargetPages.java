package org.xianzhi.app.web;

import java.util.ArrayList;
import java.util.List;

import org.xianzhi.app.store.RegionSummary;
import org.xianzhi.app.tracking.TargetStatus;

/**
 * {@code /targets}: the filters, the totals of the whole selection (every row, not the page), the download buttons,
 * the table sorted by a column header's link, and the pages. Hooks: {@code #targets-total}, {@code #status-legend
 * [data-status]}, {@code th a.sort[data-sort]}, {@code #pager a[data-page]}.
 */
final class TargetPages {
    private TargetPages() {
    }

    static String targets(Pages.Frame f, List<RegionSummary> regions, List<IndicatorEntry> indicators, String region,
                          String indicator, Integer year, TargetStatus status, TargetOrder order, boolean descending,
                          TargetListing listing) {
        Labels l = f.labels();
        Html b = new Html();
        b.element("h1", l.t("targets"));
        b.open("form", "id", "targets-filter", "action", "/targets", "method", "get");
        b.open("label").text(l.t("region") + " ").open("select", "name", "region").element("option", l.t("any"), "value", "");
        for (RegionSummary r : regions) {
            b.element("option", r.name(), "value", r.key(), "selected", r.key().equals(region) || r.name().equals(region) ? "selected" : null);
        }
        b.close("select").close("label");
        b.open("label").text(" " + l.t("indicator") + " ").open("select", "name", "indicator").element("option", l.t("any"), "value", "");
        for (IndicatorEntry e : indicators) {
            if (e.facts() > 0) {
                String name = e.indicator().name();
                b.element("option", Names.indicator(l, name), "value", name, "selected", name.equals(indicator) ? "selected" : null);
            }
        }
        b.close("select").close("label");
        b.open("label").text(" " + l.t("year") + " ")
                .open("input", "type", "number", "name", "year", "min", "1949", "max", "2100", "value", year == null ? null : year.toString())
                .close("label");
        b.open("label").text(" " + l.t("status") + " ").open("select", "name", "status").element("option", l.t("any"), "value", "");
        for (TargetStatus s : TargetStatus.values()) {
            b.element("option", l.t(s.label()), "value", s.label(), "selected", s == status ? "selected" : null);
        }
        b.close("select").close("label");
        if (order != null) {
            b.open("input", "type", "hidden", "name", "sort", "value", order.label())
                    .open("input", "type", "hidden", "name", "order", "value", descending ? "desc" : "asc");
        }
        b.element("button", l.t("filter"), "type", "submit").close("form");
        b.open("ul", "id", "status-legend");
        for (TargetStatus s : TargetStatus.values()) {
            b.open("li", "data-status", s.label()).element("span", l.t(s.label()), "class", "status " + s.colour())
                    .element("span", Integer.toString(listing.byStatus().get(s)), "class", "count").close("li");
        }
        b.close("ul");
        b.open("p", "id", "targets-total", "data-total", Integer.toString(listing.total()))
                .text(String.format(java.util.Locale.ROOT, l.t("rows_of"), listing.first(), listing.last(), listing.total())).close("p");
        Downloads.buttons(b, l, "targets", f.query());
        Pages.targetTable(b, l, listing.shown(), "targets", true, o -> link(f, "sort", o.label(), "order",
                o == order && !descending ? "desc" : "asc", "page", null));
        pager(b, l, f, listing);
        return Pages.page(f, l.t("targets"), false, b);
    }

    private static void pager(Html b, Labels l, Pages.Frame f, TargetListing listing) {
        if (listing.pages() <= 1) {
            return;
        }
        b.open("nav", "id", "pager");
        if (listing.page() > 1) {
            b.link(link(f, "page", Integer.toString(listing.page() - 1)), l.t("previous"), "rel", "prev",
                    "data-page", Integer.toString(listing.page() - 1)).text(" ");
        }
        b.element("span", listing.page() + " / " + listing.pages(), "class", "current").text(" ");
        if (listing.page() < listing.pages()) {
            b.link(link(f, "page", Integer.toString(listing.page() + 1)), l.t("next"), "rel", "next",
                    "data-page", Integer.toString(listing.page() + 1));
        }
        b.close("nav");
    }

    /** This page's address with some parameters replaced ({@code name, value} pairs; a null value removes one). */
    static String link(Pages.Frame f, String... replace) {
        List<String> kept = new ArrayList<>();
        if (f.query() != null) {
            for (String part : f.query().split("&")) {
                String name = part.contains("=") ? part.substring(0, part.indexOf('=')) : part;
                boolean replaced = false;
                for (int i = 0; i < replace.length; i += 2) {
                    replaced |= replace[i].equals(name);
                }
                if (!part.isEmpty() && !replaced) {
                    kept.add(part);
                }
            }
        }
        for (int i = 0; i < replace.length; i += 2) {
            if (replace[i + 1] != null) {
                kept.add(replace[i] + "=" + java.net.URLEncoder.encode(replace[i + 1], java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        return f.path() + (kept.isEmpty() ? "" : "?" + String.join("&", kept));
    }
}
