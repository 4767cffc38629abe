package org.xianzhi.app.web;

import java.util.List;

import org.xianzhi.app.store.RegionSummary;

/**
 * {@code /table}: the wide table (indicators × years, actual, target and gap) and the latest values, for one region
 * or several, and any {@link DataTable} rendered as an HTML table whose rows are the download's rows.
 */
final class TablePages {
    private TablePages() {
    }

    static String table(Pages.Frame f, List<RegionSummary> regions, List<IndicatorEntry> indicators, List<String> chosen,
                        List<String> chosenIndicators, DataTable wide, DataTable latest) {
        Labels l = f.labels();
        Html b = new Html();
        b.element("h1", l.t("data_table"));
        b.open("form", "id", "table-form", "action", "/table", "method", "get")
                .open("label").text(l.t("indicator") + " ").open("select", "name", "indicator", "id", "table-indicator")
                .element("option", l.t("any"), "value", "");
        for (IndicatorEntry e : indicators) {
            if (e.facts() > 0) {
                String name = e.indicator().name();
                b.element("option", name, "value", name, "selected", chosenIndicators.contains(name) ? "selected" : null);
            }
        }
        b.close("select").close("label").open("fieldset", "id", "table-regions").element("legend", l.t("regions_all_when_none"));
        for (RegionSummary r : regions) {
            b.open("label", "class", "region-choice").open("input", "type", "checkbox", "name", "region", "value", r.key(),
                    "checked", chosen.contains(r.key()) || chosen.contains(r.name()) ? "checked" : null)
                    .text(" " + r.name()).close("label");
        }
        b.close("fieldset").element("button", l.t("filter"), "type", "submit").close("form");
        b.element("h2", l.t("wide_table"));
        b.element("p", l.t("wide_note"), "class", "note");
        Downloads.buttons(b, l, "wide", f.query());
        render(b, l, wide, "wide");
        b.element("h2", l.t("latest_values"));
        Downloads.buttons(b, l, "latest", f.query());
        render(b, l, latest, "latest-values");
        return Pages.page(f, l.t("data_table"), false, b);
    }

    /** A table's rows as HTML: figures right-aligned, linked ones linking to their sentence. */
    static void render(Html b, Labels l, DataTable t, String id) {
        b.open("div", "class", "wide-scroll").open("table", "id", id, "class", "data wide").open("thead").open("tr");
        for (DataTable.Column c : t.columns()) {
            b.element("th", header(l, c.name()), "data-column", c.name());
        }
        b.close("tr").close("thead").open("tbody");
        for (List<Object> row : t.rows()) {
            b.open("tr");
            for (int i = 0; i < row.size(); i++) {
                Object cell = row.get(i);
                boolean number = t.columns().get(i).kind() == DataTable.Kind.NUMBER;
                b.open("td", "class", number ? "num" : null);
                if (cell instanceof DataTable.Linked linked) {
                    b.link(linked.href(), TableFile.plain(linked), "class", "figure");
                } else if (cell instanceof String s && s.startsWith("/documents/")) {
                    b.link(s, l.t("source"));
                } else {
                    b.text(TableFile.plain(cell));
                }
                b.close("td");
            }
            b.close("tr");
        }
        b.close("tbody").close("table").close("div");
    }

    /** {@code actual_2021} → 2021 实际; other columns by their label. */
    private static String header(Labels l, String column) {
        int cut = column.lastIndexOf('_');
        if (cut > 0 && column.substring(cut + 1).matches("\\d{4}")) {
            return column.substring(cut + 1) + " " + l.t(column.substring(0, cut));
        }
        return l.t(column);
    }
}
