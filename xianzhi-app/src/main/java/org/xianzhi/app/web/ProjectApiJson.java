package org.xianzhi.app.web;

import java.util.List;

import org.xianzhi.app.projects.ProjectJson;
import org.xianzhi.app.store.StoredProjects;
import org.xianzhi.core.project.ProjectMention;
import org.xianzhi.core.project.Promise;
import org.xianzhi.core.project.Provenance;
import org.xianzhi.core.project.TrackedProject;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The ledger's JSON for {@code /api/projects}, {@code /api/promises} and {@code /api/officials}. */
final class ProjectApiJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ProjectApiJson() {
    }

    /** Where a record's sentence is: its document's page, at the evidence. */
    static String link(Provenance p) {
        return "/documents/" + p.doc() + "?at=" + p.start() + "-" + p.end();
    }

    static ArrayNode projects(List<TrackedProject> projects) {
        ArrayNode a = MAPPER.createArrayNode();
        for (TrackedProject p : projects) {
            ObjectNode o = a.addObject();
            o.put("region", p.region());
            o.put("region_code", p.regionCode());
            o.put("name", p.name());
            o.put("key", p.key());
            o.put("reached", p.reached() == null ? null : p.reached().label());
            o.put("level", p.level() == null ? null : p.level().label());
            o.put("colour", p.colour());
            ArrayNode timeline = o.putArray("timeline");
            for (ProjectMention m : p.timeline()) {
                timeline.add(mention(m));
            }
        }
        return a;
    }

    static ObjectNode mention(ProjectMention m) {
        ObjectNode o = ProjectJson.toJson(m.event());
        o.put("document_year", m.document().year());
        o.put("link", link(m.event().source()));
        return o;
    }

    static ArrayNode promises(List<Promise> promises) {
        ArrayNode a = MAPPER.createArrayNode();
        for (Promise p : promises) {
            ObjectNode o = a.addObject();
            o.put("region", p.region());
            o.put("what", p.what());
            o.put("project", p.project());
            o.put("stage", p.stage() == null ? null : p.stage().label());
            o.put("deadline", p.deadline().toString());
            o.put("verdict", p.verdict().label());
            o.put("colour", p.verdict().colour());
            o.put("promised_in", p.promised().file());
            o.put("promised_text", p.source().text());
            o.put("promised_link", link(p.source()));
            if (p.report() == null) {
                o.putNull("reported");
            } else {
                o.set("reported", mention(p.report()));
            }
        }
        return a;
    }

    static ArrayNode officials(List<StoredProjects.OfficialMention> officials) {
        ArrayNode a = MAPPER.createArrayNode();
        for (StoredProjects.OfficialMention m : officials) {
            ObjectNode o = ProjectJson.toJson(m.official());
            o.put("link", link(m.official().source()));
            a.add(o);
        }
        return a;
    }
}
