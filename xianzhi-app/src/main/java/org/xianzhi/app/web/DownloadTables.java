package org.xianzhi.app.web;

import java.util.List;
import java.util.Optional;

import org.xianzhi.app.search.Passage;
import org.xianzhi.app.search.SearchHit;
import org.xianzhi.app.store.StoredFact;
import org.xianzhi.app.tracking.TargetGap;
import org.xianzhi.app.tracking.TrackedTarget;
import org.xianzhi.core.fact.Fact;
import org.xianzhi.core.project.ProjectMention;
import org.xianzhi.core.project.Promise;
import org.xianzhi.core.project.Provenance;
import org.xianzhi.core.project.TrackedProject;

/**
 * The tables of the pages as downloads: built from the very records a page shows (its rows, in its order), with the
 * columns a spreadsheet user wants beside them — codes, units, the reporting document's date and file, the source
 * sentence and an absolute link to it. {@code base} is the server's address as the browser reached it
 * ({@code http://host:port}), so the links work from the file.
 */
final class DownloadTables {
    private DownloadTables() {
    }

    /** The targets table: one row per target, as {@code /targets} and a region's page list them. */
    static DataTable targets(String name, List<TrackedTarget> targets, String base) {
        DataTable.Builder t = new DataTable.Builder(name).text("region").code("region_code").text("indicator", "measure", "period")
                .number("target").text("target_unit", "target_as_written").number("actual").text("actual_unit")
                .number("gap").text("gap_unit", "status").number("target_report_year", "actual_report_year");
        sourceColumns(t, "target_");
        sourceColumns(t, "actual_");
        for (TrackedTarget tt : targets) {
            Fact f = tt.target().fact();
            Optional<TargetGap> gap = TargetGap.of(tt);
            t.row().cells(f.region(), f.regionCode(), f.indicator(), f.measure().label(), f.period(), f.value(), f.unit(),
                    f.asWritten(), tt.actual() == null ? null : tt.actual().fact().value(),
                    tt.actual() == null ? null : tt.actual().fact().unit(),
                    gap.map(TargetGap::amount).orElse(null), gap.map(TargetGap::unit).orElse(null), tt.status().label(),
                    reportYear(tt.target()), tt.actual() == null ? null : reportYear(tt.actual()));
            source(t, tt.target(), base);
            source(t, tt.actual(), base);
        }
        return t.build();
    }

    /** The comparison: one row per region and year the page's table has a figure for (actual, target or both). */
    static DataTable compare(Comparison c, String base) {
        DataTable.Builder t = new DataTable.Builder("compare").text("region").code("region_code")
                .text("indicator", "measure").number("year", "actual", "target").text("unit");
        sourceColumns(t, "actual_");
        sourceColumns(t, "target_");
        for (Comparison.RegionSeries r : c.regions()) {
            for (Integer y : c.years()) {
                SeriesPoint a = point(r.series().actuals(), y);
                SeriesPoint g = point(r.series().targets(), y);
                if (a == null && g == null) {
                    continue;
                }
                t.row().cells(r.name(), r.code(), c.indicator(), c.measure().label(), y,
                        a == null ? null : a.value(), g == null ? null : g.value(), c.unit());
                source(t, a == null ? null : a.source(), base);
                source(t, g == null ? null : g.source(), base);
            }
        }
        return t.build();
    }

    /** Search results: one row per passage shown (a hit without passages gets one row of its own). */
    static DataTable search(String query, List<SearchHit> hits, String base) {
        DataTable.Builder t = new DataTable.Builder("search").text("query").number("hit").text("file", "region", "document_date",
                "passage").number("start", "end").text("link");
        int n = 0;
        for (SearchHit h : hits) {
            n++;
            if (h.passages().isEmpty()) {
                t.row().cells(query, n, Pages.fileName(h.file()), h.region(), h.date(), null, null, null,
                        base + "/documents/" + h.docId());
            }
            for (Passage p : h.passages()) {
                t.row().cells(query, n, Pages.fileName(h.file()), h.region(), h.date(), p.text(), p.originalStart(),
                        p.originalEnd(), base + passageLink(h.docId(), p));
            }
        }
        return t.build();
    }

    /** Where a passage is: its document's page, scrolled to the span and highlighted. */
    static String passageLink(String docId, Passage p) {
        return "/documents/" + docId + "?at=" + p.originalStart() + "-" + p.originalEnd();
    }

    /** The projects: one row per project, its timeline as one cell, its latest mention as the source. */
    static DataTable projects(List<TrackedProject> projects, String base) {
        DataTable.Builder t = new DataTable.Builder("projects").text("region").code("region_code")
                .text("project", "reached", "level", "colour", "timeline", "latest_file", "latest_sentence", "latest_link");
        for (TrackedProject p : projects) {
            StringBuilder timeline = new StringBuilder();
            for (ProjectMention m : p.timeline()) {
                timeline.append(timeline.isEmpty() ? "" : "; ").append(m.event().period()).append(' ')
                        .append(m.event().stage().label()).append(m.isActual() ? "" : " (target"
                                + (m.event().deadline() == null ? "" : " " + m.event().deadline()) + ")");
            }
            Provenance latest = p.timeline().isEmpty() ? null : p.timeline().get(p.timeline().size() - 1).event().source();
            t.row().cells(p.region(), p.regionCode(), p.name(), p.reached() == null ? null : p.reached().label(),
                    p.level() == null ? null : p.level().label(), p.colour(), timeline.toString());
            provenance(t, latest, base);
        }
        return t.build();
    }

    /** The promises: one row per promise with its verdict, the sentence that promised and the one that reported. */
    static DataTable promises(List<Promise> promises, String base) {
        DataTable.Builder t = new DataTable.Builder("promises").text("region", "promise", "stage", "deadline", "verdict")
                .number("promised_year").text("promised_file", "promised_sentence", "promised_link",
                        "reported_file", "reported_sentence", "reported_link");
        for (Promise p : promises) {
            t.row().cells(p.region(), p.what(), p.stage() == null ? null : p.stage().label(), p.deadline().toString(),
                    p.verdict().label(), p.promised().year());
            provenance(t, p.source(), base);
            provenance(t, p.report() == null ? null : p.report().event().source(), base);
        }
        return t.build();
    }

    private static void sourceColumns(DataTable.Builder t, String prefix) {
        t.text(prefix + "document_date", prefix + "file", prefix + "sentence", prefix + "link");
    }

    /** The source columns of a fact: its document's date and file, its sentence, a link to it. */
    static void source(DataTable.Builder t, StoredFact f, String base) {
        if (f == null) {
            t.cells(null, null, null, null);
        } else {
            t.cells(ApiJson.date(f.documentDate()), Pages.fileName(f.fact().file()), f.fact().text(), base + ApiJson.link(f));
        }
    }

    private static void provenance(DataTable.Builder t, Provenance p, String base) {
        if (p == null) {
            t.cells(null, null, null);
        } else {
            t.cells(Pages.fileName(p.file()), p.text(), base + ProjectApiJson.link(p));
        }
    }

    private static Integer reportYear(StoredFact f) {
        return f.documentDate() == null ? null : f.documentDate().year();
    }

    private static SeriesPoint point(List<SeriesPoint> points, int year) {
        return points.stream().filter(p -> p.year() == year).findFirst().orElse(null);
    }
}
