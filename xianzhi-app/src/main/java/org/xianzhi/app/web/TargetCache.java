package org.xianzhi.app.web;

import java.sql.SQLException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.xianzhi.app.store.FactQuery;
import org.xianzhi.app.store.FactStore;
import org.xianzhi.app.tracking.TargetTracker;
import org.xianzhi.app.tracking.TrackedTarget;

/**
 * Tracked targets per selection (region, indicator, year), kept until the store changes: tracking every target means
 * reading every fact, seconds on a large store, far too slow to do per request.
 *
 * <p>Each request checks the store's {@link FactStore.Revision} (one small query), so another process ingesting into a
 * shared store is seen too. When the store has moved on, the targets last tracked are answered at once while a
 * background thread tracks them again: the first request after an ingest is never the one that waits for every fact.
 * An upload through this server is different: its uploader expects to see it, so it drops the cache and the next
 * request tracks afresh. {@link #warmUp} tracks the unfiltered selection as the server starts.
 */
final class TargetCache {
    private static final System.Logger LOG = System.getLogger(TargetCache.class.getName());
    /** Selections kept, the least recently used dropped first: the unfiltered one and the regions being looked at. */
    private static final int SELECTIONS = 64;

    /** What a targets page selects; every field may be null (all). */
    record Selection(String region, String indicator, Integer year) {
        static final Selection ALL = new Selection(null, null, null);

        FactQuery query() {
            FactQuery q = FactQuery.all().withRegion(region).withYears(year, year);
            return indicator == null ? q : q.withIndicator(indicator);
        }
    }

    /** Targets as tracked on the store at {@code revision}. */
    private record Tracked(List<TrackedTarget> targets, FactStore.Revision revision) {
    }

    private final FactStore store;
    private final TargetTracker tracker;
    private final Map<Selection, Tracked> tracked = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Selection, Tracked> eldest) {
            return size() > SELECTIONS;
        }
    };
    /** Selections being tracked again in the background. */
    private final Set<Selection> refreshing = new HashSet<>();
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "xianzhi-targets");
        t.setDaemon(true);
        return t;
    });

    TargetCache(FactStore store, TargetTracker tracker) {
        this.store = store;
        this.tracker = tracker;
    }

    /**
     * Every target the selection holds, judged against the actuals of the same selection: as of the store now, or,
     * when the store changed since they were tracked, as of then while they are tracked again. One request at a time
     * computes what is not there at all: a second asking for the same selection waits rather than reading every fact
     * again.
     */
    synchronized List<TrackedTarget> targets(Selection selection) throws SQLException {
        FactStore.Revision now = store.revision();
        Tracked known = tracked.get(selection);
        while (known == null && refreshing.contains(selection)) {
            try {
                wait(); // the background is reading every fact already: reading them twice would only slow both
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SQLException("stopped while the targets were tracked", e);
            }
            known = tracked.get(selection);
        }
        if (known == null) {
            known = track(selection, now);
        } else if (!known.revision().equals(now) && refreshing.add(selection)) {
            background.execute(() -> refresh(selection));
        }
        return known.targets();
    }

    /** Tracks the unfiltered selection in the background, so that the first request finds it. */
    void warmUp() {
        synchronized (this) {
            if (!refreshing.add(Selection.ALL)) {
                return;
            }
        }
        background.execute(() -> refresh(Selection.ALL));
    }

    private Tracked track(Selection selection, FactStore.Revision revision) throws SQLException {
        Tracked t = new Tracked(List.copyOf(tracker.track(store.facts(selection.query()))), revision);
        tracked.put(selection, t);
        return t;
    }

    private void refresh(Selection selection) {
        try {
            // The revision is taken first: a change during the reading leaves this one older, and tracked again.
            FactStore.Revision revision = store.revision();
            Tracked fresh = new Tracked(List.copyOf(tracker.track(store.facts(selection.query()))), revision);
            synchronized (this) {
                if (refreshing.contains(selection)) {
                    tracked.put(selection, fresh);
                }
            }
        } catch (SQLException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "tracking targets in the background failed; the next request tracks them", e);
            synchronized (this) {
                tracked.remove(selection);
            }
        } finally {
            synchronized (this) {
                refreshing.remove(selection);
                notifyAll();
            }
        }
    }

    /** Forgets everything: the store has just changed under this server's own hands. */
    synchronized void clear() {
        tracked.clear();
        refreshing.clear();
    }
}
