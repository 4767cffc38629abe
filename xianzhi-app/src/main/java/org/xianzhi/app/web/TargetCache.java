package org.xianzhi.app.web;

import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.xianzhi.app.store.FactQuery;
import org.xianzhi.app.store.FactStore;
import org.xianzhi.app.tracking.TargetTracker;
import org.xianzhi.app.tracking.TrackedTarget;

/**
 * Tracked targets per selection (region, indicator, year), kept until the store changes: tracking every target means
 * reading every fact, far too slow to do per request, and the store changes only when a document is stored or
 * extracted again. Each request checks the store's {@link FactStore.Revision} (one small query), so another process
 * ingesting into a shared PostgreSQL is seen too; an upload through this server drops the cache at once.
 */
final class TargetCache {
    /** Selections kept, the least recently used dropped first: the unfiltered one and the regions being looked at. */
    private static final int SELECTIONS = 64;

    /** What a targets page selects; every field may be null (all). */
    record Selection(String region, String indicator, Integer year) {
        FactQuery query() {
            FactQuery q = FactQuery.all().withRegion(region).withYears(year, year);
            return indicator == null ? q : q.withIndicator(indicator);
        }
    }

    private final FactStore store;
    private final TargetTracker tracker;
    private final Map<Selection, List<TrackedTarget>> tracked = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Selection, List<TrackedTarget>> eldest) {
            return size() > SELECTIONS;
        }
    };
    private FactStore.Revision revision;

    TargetCache(FactStore store, TargetTracker tracker) {
        this.store = store;
        this.tracker = tracker;
    }

    /**
     * Every target the selection holds, judged against the actuals of the same selection. One request at a time
     * computes: a second asking for the same selection waits for it rather than reading every fact again.
     */
    synchronized List<TrackedTarget> targets(Selection selection) throws SQLException {
        FactStore.Revision now = store.revision();
        if (!now.equals(revision)) {
            tracked.clear();
            revision = now;
        }
        List<TrackedTarget> targets = tracked.get(selection);
        if (targets == null) {
            targets = List.copyOf(tracker.track(store.facts(selection.query())));
            tracked.put(selection, targets);
        }
        return targets;
    }

    /** Forgets everything: the store has just changed. */
    synchronized void clear() {
        tracked.clear();
        revision = null;
    }
}
