package org.xianzhi.app.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.xianzhi.app.quality.FactRef;
import org.xianzhi.app.quality.QualityFlag;
import org.xianzhi.app.quality.QualityReport;
import org.xianzhi.app.store.StoredFact;
import org.xianzhi.core.fact.Fact;

/**
 * The quality flags on a region's page: a mark beside each flagged figure (its reason in the tooltip), the section
 * listing every flag with its reason, and the switch that hides flagged facts ({@code ?flagged=hide}). Stable hooks:
 * {@code .flag[data-check]}, {@code table#quality-flags}, {@code #hide-flagged}.
 */
final class QualityView {
    private QualityView() {
    }

    /** Whether the page was asked to hide flagged facts. */
    static boolean hiding(Pages.Frame f) {
        return f.query() != null && List.of(f.query().split("&")).contains("flagged=hide");
    }

    /** A mark after a figure the audit doubts; nothing when it doubts nothing. */
    static void mark(Html b, Labels l, List<QualityFlag> flags) {
        if (flags.isEmpty()) {
            return;
        }
        String reasons = flags.stream().map(q -> ApiJson.reason(l, q)).collect(Collectors.joining("\n"));
        b.element("span", "⚠", "class", "flag", "data-check", flags.get(0).check().label(), "title", reasons,
                "aria-label", reasons);
    }

    /** The switch: a checkbox that reloads the page with or without flagged facts (a button where scripts are off). */
    static void filter(Html b, Pages.Frame f, int flagged) {
        Labels l = f.labels();
        b.open("form", "id", "quality-filter", "method", "get", "action", f.path())
                .open("label").open("input", "type", "checkbox", "id", "hide-flagged", "name", "flagged", "value", "hide",
                        "checked", hiding(f) ? "checked" : null)
                .text(" " + l.t("hide_flagged") + " (" + flagged + ")").close("label")
                .element("button", l.t("filter"), "type", "submit", "class", "no-script")
                .close("form");
    }

    /** Every flag of the region, with its fact and its reason. */
    static void section(Html b, Labels l, QualityReport quality, List<StoredFact> every) {
        Map<FactRef, StoredFact> byRef = every.stream().collect(Collectors.toMap(FactRef::of, x -> x, (x, y) -> x));
        b.open("section", "id", "quality").element("h2", l.t("quality"))
                .element("p", l.t("quality_note"), "class", "note");
        b.open("table", "id", "quality-flags", "class", "data").open("thead").open("tr")
                .element("th", l.t("indicator")).element("th", l.t("measure")).element("th", l.t("status"))
                .element("th", l.t("period")).element("th", l.t("value")).element("th", l.t("reason"))
                .close("tr").close("thead").open("tbody");
        for (QualityFlag q : quality.flags()) {
            StoredFact sf = byRef.get(q.fact());
            if (sf == null) {
                continue;
            }
            Fact x = sf.fact();
            b.open("tr", "class", "flagged", "data-check", q.check().label())
                    .element("td", Names.indicator(l, x.indicator())).element("td", l.t(x.measure().label()))
                    .element("td", l.t(x.status().label())).element("td", x.period()).open("td", "class", "num")
                    .link(ApiJson.link(sf), x.asWritten() != null && !x.asWritten().isEmpty() ? x.asWritten()
                            : x.value().toPlainString() + x.unit(), "class", "figure")
                    .close("td").element("td", ApiJson.reason(l, q), "class", "reason").close("tr");
        }
        b.close("tbody").close("table").close("section");
    }
}
