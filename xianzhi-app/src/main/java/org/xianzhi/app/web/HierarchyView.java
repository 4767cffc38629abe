package org.xianzhi.app.web;

import java.util.List;
import java.util.Map;

import org.xianzhi.app.store.StoredFact;
import org.xianzhi.core.fact.Measure;
import org.xianzhi.core.region.RegionLevel;

/**
 * Province → prefecture → county on the pages: the line of divisions above a region ({@code nav#breadcrumb}), the
 * regions below it with their latest figures ({@code table#subregions}), and the home page's regions grouped so
 * ({@code table#regions}, a row per region, {@code tr[data-level]}).
 */
final class HierarchyView {
    /** The latest figures a list of regions shows: an indicator and measure per column. */
    record Column(String indicator, Measure measure) {
    }

    static final List<Column> LATEST = List.of(new Column("地区生产总值", Measure.VALUE),
            new Column("地区生产总值", Measure.GROWTH), new Column("一般公共预算收入", Measure.VALUE),
            new Column("城镇居民人均可支配收入", Measure.VALUE));

    private HierarchyView() {
    }

    static String link(RegionHierarchy.Placed p) {
        return "/regions/" + (p.summary() != null ? p.summary().key() : p.region().code());
    }

    /** The divisions above the region; those the store has facts about are links. */
    static void breadcrumb(Html b, Labels l, List<RegionHierarchy.Placed> above, String name) {
        if (above.isEmpty()) {
            return;
        }
        b.open("nav", "id", "breadcrumb", "aria-label", l.t("hierarchy"));
        for (RegionHierarchy.Placed p : above) {
            if (p.summary() != null) {
                b.link(link(p), p.summary().name(), "class", "up", "data-level", level(p));
            } else {
                b.element("span", p.region().name(), "class", "up", "data-level", level(p));
            }
            b.text(" › ");
        }
        b.element("span", name, "class", "here").close("nav");
    }

    /** The regions right below, each with its latest figures. */
    static void below(Html b, Labels l, List<RegionHierarchy.Placed> below, Map<Column, Map<String, StoredFact>> latest) {
        if (below.isEmpty()) {
            return;
        }
        b.open("section", "id", "below").element("h2", l.t("subregions"))
                .element("p", l.t("subregions_note"), "class", "note")
                .open("table", "id", "subregions", "class", "data").open("thead").open("tr")
                .element("th", l.t("region")).element("th", l.t("code")).element("th", l.t("documents"));
        for (Column c : LATEST) {
            b.element("th", Names.indicator(l, c.indicator()) + (c.measure() == Measure.VALUE ? "" : " · " + l.t(c.measure().label())));
        }
        b.close("tr").close("thead").open("tbody");
        for (RegionHierarchy.Placed p : below) {
            b.open("tr", "data-level", level(p)).open("td").link(link(p), p.summary().name(), "class", "region").close("td")
                    .element("td", p.summary().code()).element("td", Integer.toString(p.summary().documents()), "class", "num");
            for (Column c : LATEST) {
                b.open("td", "class", "num");
                StoredFact f = latest.getOrDefault(c, Map.of()).get(p.summary().key());
                if (f != null) {
                    b.link(ApiJson.link(f), f.fact().value().toPlainString() + Names.unit(l, f.fact().unit()), "class", "figure")
                            .element("small", " " + f.fact().period(), "class", "year");
                }
                b.close("td");
            }
            b.close("tr");
        }
        b.close("tbody").close("table").close("section");
    }

    /** Every region of the store, each province followed by its prefectures and their counties. */
    static void grouped(Html b, Labels l, RegionHierarchy hierarchy) {
        b.open("table", "id", "regions", "class", "data grouped").open("thead").open("tr")
                .element("th", l.t("region")).element("th", l.t("code")).element("th", l.t("documents"))
                .element("th", l.t("facts")).close("tr").close("thead").open("tbody");
        for (RegionHierarchy.Placed p : hierarchy.grouped()) {
            b.open("tr", "data-level", level(p)).open("td", "class", "name")
                    .link("/regions/" + p.summary().key(), p.summary().name(), "class", "region").close("td")
                    .element("td", p.summary().code() == null ? "" : p.summary().code())
                    .element("td", Integer.toString(p.summary().documents()), "class", "num")
                    .element("td", Long.toString(p.summary().facts()), "class", "num").close("tr");
        }
        b.close("tbody").close("table");
    }

    static String level(RegionHierarchy.Placed p) {
        RegionLevel level = p.level();
        return level == null ? "unknown" : level.name().toLowerCase(java.util.Locale.ROOT);
    }
}
