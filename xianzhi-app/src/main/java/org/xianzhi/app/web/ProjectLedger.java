package org.xianzhi.app.web;

import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.xianzhi.app.store.FactStore;
import org.xianzhi.app.store.ProjectStore;
import org.xianzhi.app.store.StoredProjects;
import org.xianzhi.core.project.Promise;
import org.xianzhi.core.project.ProjectLevel;
import org.xianzhi.core.project.ProjectStage;
import org.xianzhi.core.project.ProjectTracker;
import org.xianzhi.core.project.TrackedProject;
import org.xianzhi.core.project.Verdict;

/**
 * The supervision office's ledger as the pages and the API see it: a region's projects followed across its documents,
 * its promises judged as of today, and who led it when. Reads the store on every call; filters are optional (null).
 */
public final class ProjectLedger {
    private final ProjectStore store;
    private final ProjectTracker tracker = new ProjectTracker();
    private final Clock clock;

    public ProjectLedger(FactStore store, Clock clock) {
        this.store = new ProjectStore(Objects.requireNonNull(store, "store"));
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** A region's tracking and who led it, from one reading of the store. */
    public record RegionLedger(ProjectTracker.Tracking tracking, List<StoredProjects.OfficialMention> officials) {
    }

    /** The tracking of {@code region} (name or code; null for all regions). */
    public ProjectTracker.Tracking tracking(String region) throws SQLException {
        return region(region).tracking();
    }

    /** The tracking and the officials of {@code region}: what its page shows, read once. */
    public RegionLedger region(String region) throws SQLException {
        StoredProjects stored = store.read(region);
        return new RegionLedger(tracker.track(stored.events(), stored.commitments(), LocalDate.now(clock)),
                stored.officials());
    }

    public List<TrackedProject> projects(String region, String stage, String level, String colour) throws SQLException {
        ProjectStage s = stage == null ? null : ProjectStage.ofLabel(checked(stage, "stage", ProjectStage.values()));
        ProjectLevel v = level == null ? null : ProjectLevel.ofLabel(checked(level, "level", ProjectLevel.values()));
        return tracking(region).projects().stream()
                .filter(p -> s == null || p.timeline().stream().anyMatch(m -> m.event().stage() == s))
                .filter(p -> v == null || p.level() == v)
                .filter(p -> colour == null || p.colour().equals(colour))
                .toList();
    }

    public List<Promise> promises(String region, String verdict) throws SQLException {
        Verdict v = verdict == null ? null : Verdict.valueOf(checked(verdict, "verdict", Verdict.values()).toUpperCase(Locale.ROOT));
        return tracking(region).promises().stream().filter(p -> v == null || p.verdict() == v).toList();
    }

    public List<StoredProjects.OfficialMention> officials(String region) throws SQLException {
        return store.read(region).officials();
    }

    /** A filter's value checked against the labels it may take: a wrong one is a 400, naming the choices. */
    private static String checked(String value, String name, Enum<?>[] choices) {
        for (Enum<?> c : choices) {
            if (c.name().equalsIgnoreCase(value)) {
                return value;
            }
        }
        StringBuilder names = new StringBuilder();
        for (Enum<?> c : choices) {
            names.append(names.length() == 0 ? "" : ", ").append(c.name().toLowerCase(Locale.ROOT));
        }
        throw new IllegalArgumentException(name + " must be one of " + names + ", was " + value);
    }
}
