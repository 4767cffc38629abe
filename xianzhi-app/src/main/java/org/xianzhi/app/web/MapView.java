package org.xianzhi.app.web;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;

import org.xianzhi.app.facts.UnitConversion;
import org.xianzhi.app.store.StoredFact;
import org.xianzhi.core.fact.Measure;
import org.xianzhi.core.indicator.Indicator;
import org.xianzhi.core.region.RegionLevel;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * {@code /map}: China coloured by a chosen indicator. Provinces are filled by their own figure, prefectures are dots
 * at their centres, and every region with a figure is listed below with its link. The boundaries come from the jar
 * ({@code /assets/china-provinces.json}, built by {@code tools/build-china-map.mjs}); the script draws the map from
 * {@code #map[data-map]}. Stable hooks: {@code #map}, {@code #map-form}, {@code table#map-values}.
 */
final class MapView {
    static final String DEFAULT_INDICATOR = "地区生产总值";

    private MapView() {
    }

    static String page(Pages.Frame f, Atlas atlas, String indicatorName, Measure measure, Integer year) throws SQLException {
        Labels l = f.labels();
        Indicator indicator = atlas.indicator(indicatorName == null ? DEFAULT_INDICATOR : indicatorName);
        Measure m = measure == null ? Measure.VALUE : measure;
        Map<String, StoredFact> latest = atlas.latest(indicator.name(), m, year);
        String unit = m == Measure.VALUE && !indicator.unit().isEmpty() ? indicator.unit()
                : latest.values().stream().map(x -> x.fact().unit()).findFirst().orElse("");

        ObjectNode data = ApiJson.object();
        data.put("indicator", Names.indicator(l, indicator.name()));
        data.put("measure", m.label());
        data.put("unit", Names.unit(l, unit).strip());
        data.put("no_data", l.t("no_data"));
        ArrayNode regions = data.putArray("regions");
        Html table = new Html();
        table.open("table", "id", "map-values", "class", "data").open("thead").open("tr").element("th", l.t("region"))
                .element("th", l.t("level")).element("th", l.t("period")).element("th", l.t("value"))
                .close("tr").close("thead").open("tbody");
        for (RegionHierarchy.Placed p : atlas.hierarchy().grouped()) {
            StoredFact fact = latest.get(p.summary().key());
            if (fact == null) {
                continue;
            }
            Optional<BigDecimal> value = UnitConversion.convert(fact.fact().value(), fact.fact().unit(), unit);
            if (value.isEmpty()) {
                continue;
            }
            ObjectNode r = regions.addObject();
            r.put("name", p.summary().name());
            r.put("code", p.summary().code());
            r.put("short", p.shortName());
            r.put("level", HierarchyView.level(p));
            r.put("value", value.get());
            r.put("period", fact.fact().period());
            r.put("link", "/regions/" + p.summary().key());
            table.open("tr", "data-level", HierarchyView.level(p)).open("td")
                    .link("/regions/" + p.summary().key(), p.summary().name(), "class", "region").close("td")
                    .element("td", p.level() == null ? "" : l.t(levelWord(p.level())))
                    .element("td", fact.fact().period()).open("td", "class", "num")
                    .link(ApiJson.link(fact), value.get().toPlainString() + Names.unit(l, unit), "class", "figure")
                    .close("td").close("tr");
        }
        table.close("tbody").close("table");
        Html b = new Html();
        b.element("h1", l.t("map"));
        form(b, l, atlas, indicator.name(), m, year);
        b.element("p", l.t("map_note"), "class", "note")
                .open("div", "id", "map", "class", "chart map", "data-map", ApiJson.write(data)).close("div")
                .raw(table.toString());
        return Pages.page(f, l.t("map"), true, b);
    }

    private static String levelWord(RegionLevel level) {
        return switch (level) {
            case PROVINCE -> "level_province";
            case PREFECTURE -> "level_prefecture";
            case COUNTY -> "level_county";
        };
    }

    private static void form(Html b, Labels l, Atlas atlas, String indicator, Measure measure, Integer year) throws SQLException {
        b.open("form", "id", "map-form", "action", "/map", "method", "get")
                .open("label").text(l.t("indicator") + " ").open("select", "name", "indicator", "id", "map-indicator");
        for (IndicatorEntry e : atlas.indicators()) {
            if (e.facts() > 0) {
                String name = e.indicator().name();
                b.element("option", Names.indicator(l, name), "value", name, "selected", name.equals(indicator) ? "selected" : null);
            }
        }
        b.close("select").close("label")
                .open("label").text(l.t("measure") + " ").open("select", "name", "measure", "id", "map-measure");
        for (Measure m : Measure.values()) {
            b.element("option", l.t(m == Measure.VALUE ? "value" : m.label()), "value", m.label(), "selected", m == measure ? "selected" : null);
        }
        b.close("select").close("label")
                .open("label").text(l.t("year") + " ")
                .open("input", "type", "number", "name", "year", "min", "1949", "max", "2100",
                        "placeholder", l.t("latest_year"), "value", year == null ? null : year.toString())
                .close("label").element("button", l.t("show"), "type", "submit").close("form");
    }
}
