package org.xianzhi.app.web;

import java.util.List;

import org.xianzhi.app.store.StoredProjects;
import org.xianzhi.core.project.ProjectMention;
import org.xianzhi.core.project.ProjectStage;
import org.xianzhi.core.project.Promise;
import org.xianzhi.core.project.TrackedProject;
import org.xianzhi.core.project.Verdict;

/** The pages of the ledger: {@code /projects}, {@code /promises}, and the sections a region's page gains. */
final class ProjectPages {
    private ProjectPages() {
    }

    static String projects(Pages.Frame f, List<TrackedProject> projects, String region, String stage, String level,
                           String colour) {
        Labels l = f.labels();
        Html b = new Html();
        b.element("h1", l.t("projects"));
        b.open("form", "id", "projects-filter", "action", "/projects", "method", "get");
        b.open("label").text(l.t("region") + " ").open("input", "name", "region", "value", region).close("label");
        select(b, l, "stage", stage, "signed", "approved", "started", "building", "completed", "operating");
        select(b, l, "level", level, "national", "provincial", "city", "county");
        select(b, l, "colour", colour, "green", "yellow", "red", "grey");
        b.element("button", l.t("filter"), "type", "submit").close("form");
        Downloads.buttons(b, l, "projects", f.query());
        projectTable(b, l, projects, "projects");
        return Pages.page(f, l.t("projects"), false, b);
    }

    static String promises(Pages.Frame f, List<Promise> promises, String region, String verdict) {
        Labels l = f.labels();
        Html b = new Html();
        b.element("h1", l.t("promises"));
        b.open("form", "id", "promises-filter", "action", "/promises", "method", "get");
        b.open("label").text(l.t("region") + " ").open("input", "name", "region", "value", region).close("label");
        select(b, l, "verdict", verdict, "kept", "late", "overdue", "open");
        b.element("button", l.t("filter"), "type", "submit").close("form");
        b.open("ul", "id", "verdict-legend");
        for (Verdict v : Verdict.values()) {
            b.open("li").element("span", l.t(v.label()), "class", "status " + v.colour())
                    .text(" " + promises.stream().filter(p -> p.verdict() == v).count()).close("li");
        }
        b.close("ul");
        Downloads.buttons(b, l, "promises", f.query());
        promiseTable(b, l, promises, "promises");
        return Pages.page(f, l.t("promises"), false, b);
    }

    /** The sections a region's page gains: its projects, its promises, and who led it when. */
    static void regionSections(Html b, Labels l, List<TrackedProject> projects, List<Promise> promises,
                               List<StoredProjects.OfficialMention> officials) {
        b.open("section").element("h2", l.t("projects"));
        projectTable(b, l, projects, "region-projects");
        b.close("section");
        b.open("section").element("h2", l.t("promises"));
        promiseTable(b, l, promises, "region-promises");
        b.close("section");
        b.open("section").element("h2", l.t("officials"));
        b.open("table", "id", "region-officials", "class", "data").open("thead").open("tr")
                .element("th", l.t("date")).element("th", l.t("official")).element("th", l.t("title"))
                .close("tr").close("thead").open("tbody");
        for (StoredProjects.OfficialMention m : officials) {
            b.open("tr").element("td", m.official().date() == null ? String.valueOf(m.document().year()) : m.official().date())
                    .open("td").link(ProjectApiJson.link(m.official().source()), m.official().name(),
                            "title", m.official().source().text()).close("td")
                    .element("td", m.official().title()).close("tr");
        }
        b.close("tbody").close("table").close("section");
    }

    private static void select(Html b, Labels l, String name, String chosen, String... values) {
        b.open("label").text(" " + l.t(name) + " ").open("select", "name", name).element("option", l.t("any"), "value", "");
        for (String v : values) {
            b.element("option", l.t(v), "value", v, "selected", v.equals(chosen) ? "selected" : null);
        }
        b.close("select").close("label");
    }

    private static void projectTable(Html b, Labels l, List<TrackedProject> projects, String id) {
        b.open("table", "id", id, "class", "data").open("thead").open("tr").element("th", l.t("region"))
                .element("th", l.t("project")).element("th", l.t("timeline")).element("th", l.t("reached"))
                .element("th", l.t("level")).element("th", l.t("colour")).close("tr").close("thead").open("tbody");
        for (TrackedProject p : projects) {
            b.open("tr", "data-colour", p.colour()).element("td", p.region()).element("td", p.name()).open("td");
            for (ProjectMention m : p.timeline()) {
                String step = m.event().period() + " " + l.t(m.event().stage().label())
                        + (m.isActual() ? "" : " (" + l.t("target") + (m.event().deadline() == null ? "" : " " + m.event().deadline()) + ")");
                b.link(ProjectApiJson.link(m.event().source()), step, "class", "step", "title", m.event().source().text());
                b.text(" ");
            }
            b.close("td").element("td", p.reached() == null ? "" : l.t(p.reached().label()))
                    .element("td", p.level() == null ? "" : l.t(p.level().label()))
                    .open("td").element("span", l.t(p.colour()), "class", "status " + p.colour()).close("td").close("tr");
        }
        b.close("tbody").close("table");
    }

    private static void promiseTable(Html b, Labels l, List<Promise> promises, String id) {
        b.open("table", "id", id, "class", "data").open("thead").open("tr").element("th", l.t("region"))
                .element("th", l.t("promise")).element("th", l.t("deadline")).element("th", l.t("verdict"))
                .element("th", l.t("promised")).element("th", l.t("reported")).close("tr").close("thead").open("tbody");
        for (Promise p : promises) {
            ProjectStage stage = p.stage();
            b.open("tr", "data-verdict", p.verdict().label()).element("td", p.region())
                    .element("td", p.what() + (stage == null ? "" : " · " + l.t(stage.label())))
                    .element("td", p.deadline().toString())
                    .open("td").element("span", l.t(p.verdict().label()), "class", "status " + p.verdict().colour()).close("td")
                    .open("td").link(ProjectApiJson.link(p.source()), p.source().text(), "class", "sentence").close("td")
                    .open("td");
            if (p.report() != null) {
                b.link(ProjectApiJson.link(p.report().event().source()), p.report().event().source().text(), "class", "sentence");
            }
            b.close("td").close("tr");
        }
        b.close("tbody").close("table");
    }
}
