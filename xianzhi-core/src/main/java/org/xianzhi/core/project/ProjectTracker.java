package org.xianzhi.core.project;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.xianzhi.core.fact.Status;

/**
 * Follows a region's projects across its documents and judges its promises (PROJECTS.md, Tracking). Mentions are the
 * same project when their names are the same once normalized (quotes, spaces and a closing {@code 项目}, {@code 工程}
 * or {@code 建设} dropped) or one contains the other. A promise is a target event with a deadline, or a commitment
 * (about the project its subject or action names, promising completion); it is judged against the later documents
 * of its region as of {@code today}.
 */
public final class ProjectTracker {
    /** Shorter names are too plain to contain another by chance: {@code 路} is in every road. */
    private static final int MIN_CONTAINED = 3;
    private static final String[] SUFFIXES = {"建设项目", "项目", "工程", "建设"};

    /** A region's tracked projects and judged promises. */
    public record Tracking(List<TrackedProject> projects, List<Promise> promises) {
    }

    /** Tracks the mentions of one or more regions; regions never mix. */
    public Tracking track(List<ProjectMention> events, List<CommitmentMention> commitments, LocalDate today) {
        Map<String, List<ProjectMention>> byRegion = new LinkedHashMap<>();
        for (ProjectMention m : events) {
            byRegion.computeIfAbsent(regionOf(m.event().source()), r -> new ArrayList<>()).add(m);
        }
        Map<String, List<CommitmentMention>> commitmentsByRegion = new LinkedHashMap<>();
        for (CommitmentMention c : commitments) {
            commitmentsByRegion.computeIfAbsent(regionOf(c.commitment().source()), r -> new ArrayList<>()).add(c);
            byRegion.computeIfAbsent(regionOf(c.commitment().source()), r -> new ArrayList<>());
        }
        List<TrackedProject> projects = new ArrayList<>();
        List<Promise> promises = new ArrayList<>();
        for (var region : byRegion.entrySet()) {
            trackRegion(region.getValue(), commitmentsByRegion.getOrDefault(region.getKey(), List.of()), today,
                    projects, promises);
        }
        return new Tracking(projects, promises);
    }

    private static String regionOf(Provenance p) {
        return p.regionCode() != null ? p.regionCode() : p.region();
    }

    private void trackRegion(List<ProjectMention> events, List<CommitmentMention> commitments, LocalDate today,
                             List<TrackedProject> projects, List<Promise> promises) {
        TreeSet<DocumentMoment> documents = new TreeSet<>();
        events.forEach(m -> documents.add(m.document()));
        commitments.forEach(c -> documents.add(c.document()));
        Map<String, List<ProjectMention>> groups = group(events);
        Map<String, List<Promise>> byProject = new LinkedHashMap<>();
        for (var g : groups.entrySet()) {
            for (ProjectMention m : g.getValue()) {
                ProjectEvent e = m.event();
                if (e.status() == Status.TARGET && e.deadline() != null) {
                    Promise p = judge(e.source(), e.name(), g.getKey(), e.stage(), e.deadline(), m.document(),
                            g.getValue(), documents, today);
                    promises.add(p);
                    byProject.computeIfAbsent(g.getKey(), k -> new ArrayList<>()).add(p);
                }
            }
        }
        for (CommitmentMention c : commitments) {
            Commitment k = c.commitment();
            String key = projectOf(k, groups);
            ProjectStage stage = key == null ? null : promisedStage(k.action());
            Promise p = judge(k.source(), k.action(), key, stage, k.deadline(), c.document(),
                    key == null ? List.of() : groups.get(key), documents, today);
            promises.add(p);
            if (key != null) {
                byProject.computeIfAbsent(key, x -> new ArrayList<>()).add(p);
            }
        }
        for (var g : groups.entrySet()) {
            List<ProjectMention> timeline = g.getValue();
            ProjectMention latest = timeline.get(timeline.size() - 1);
            ProjectStage reached = null;
            ProjectLevel level = null;
            for (ProjectMention m : timeline) {
                if (m.isActual() && (reached == null || m.event().stage().compareTo(reached) > 0)) {
                    reached = m.event().stage();
                }
                level = level == null ? m.event().level() : level;
            }
            Verdict worst = null;
            for (Promise p : byProject.getOrDefault(g.getKey(), List.of())) {
                if (worst == null || p.verdict().severity() > worst.severity()) {
                    worst = p.verdict();
                }
            }
            Provenance src = latest.event().source();
            projects.add(new TrackedProject(src.region(), src.regionCode(), g.getKey(), latest.event().name(),
                    timeline, reached, level, worst == null ? Verdict.OPEN.colour() : worst.colour()));
        }
    }

    /** Groups mentions by normalized name, joining a name into a group whose key contains it or that it contains. */
    private static Map<String, List<ProjectMention>> group(List<ProjectMention> events) {
        List<ProjectMention> ordered = new ArrayList<>(events);
        ordered.sort(Comparator.comparing(ProjectMention::document));
        Map<String, List<ProjectMention>> groups = new LinkedHashMap<>();
        for (ProjectMention m : ordered) {
            String key = normalize(m.event().name());
            String home = null;
            for (String k : groups.keySet()) {
                if (k.equals(key) || (Math.min(k.length(), key.length()) >= MIN_CONTAINED
                        && (k.contains(key) || key.contains(k)))) {
                    home = k;
                    break;
                }
            }
            groups.computeIfAbsent(home == null ? key : home, k -> new ArrayList<>()).add(m);
        }
        return groups;
    }

    /** A name as projects are compared: without quotes, spaces and a closing kind word. */
    public static String normalize(String name) {
        String s = name.replaceAll("[\"“”'‘’\\s]", "");
        for (String suffix : SUFFIXES) {
            if (s.endsWith(suffix) && s.length() > suffix.length() + 1) {
                s = s.substring(0, s.length() - suffix.length());
                break;
            }
        }
        return s;
    }

    /** The project a commitment is about: its subject, or a tracked project its action names. */
    private static String projectOf(Commitment c, Map<String, List<ProjectMention>> groups) {
        if (c.subject() != null) {
            String key = normalize(c.subject());
            for (String k : groups.keySet()) {
                if (k.equals(key) || k.contains(key) || key.contains(k)) {
                    return k;
                }
            }
        }
        for (String k : groups.keySet()) {
            if (k.length() >= MIN_CONTAINED && c.action().contains(k)) {
                return k;
            }
        }
        return null;
    }

    /** {@code 建成运行}, {@code 投入使用} promise operation; anything else completion. */
    private static ProjectStage promisedStage(String action) {
        return action.contains("运行") || action.contains("运营") || action.contains("投用") || action.contains("投入使用")
                || action.contains("投产") ? ProjectStage.OPERATING : ProjectStage.COMPLETED;
    }

    private static Promise judge(Provenance source, String what, String project, ProjectStage stage, LocalDate deadline,
                                 DocumentMoment promised, List<ProjectMention> mentions,
                                 TreeSet<DocumentMoment> documents, LocalDate today) {
        ProjectMention report = null;
        if (stage != null) {
            for (ProjectMention m : mentions) {
                if (m.isActual() && m.document().compareTo(promised) > 0 && m.event().stage().fulfils(stage)
                        && (report == null || m.doneBy().isBefore(report.doneBy()))) {
                    report = m;
                }
            }
        }
        Verdict verdict;
        if (report != null) {
            verdict = report.doneBy().isAfter(deadline) ? Verdict.LATE : Verdict.KEPT;
        } else {
            boolean later = documents.higher(promised) != null;
            verdict = later && deadline.isBefore(today) ? Verdict.OVERDUE : Verdict.OPEN;
        }
        return new Promise(source.region(), what, project, stage, deadline, promised, source, verdict, report);
    }
}
