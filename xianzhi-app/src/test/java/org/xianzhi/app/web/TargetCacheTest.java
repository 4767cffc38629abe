package org.xianzhi.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xianzhi.app.ingest.IngestProgress;
import org.xianzhi.app.ingest.Ingester;
import org.xianzhi.app.store.FactQuery;
import org.xianzhi.app.store.FactStore;
import org.xianzhi.app.tracking.TargetTracker;
import org.xianzhi.app.tracking.TrackedTarget;
import org.xianzhi.core.ingest.DocumentReader;

class TargetCacheTest {
    @TempDir
    Path temp;

    @Test
    void afterAnIngestTheTargetsTrackedBeforeAreAnsweredWhileTheyAreTrackedAgain() throws Exception {
        List<Path> samples = WebFixture.samples();
        List<Path> first = samples.subList(0, samples.size() / 2);
        List<Path> rest = samples.subList(samples.size() / 2, samples.size());
        TargetTracker tracker = TargetTracker.standard();
        try (FactStore store = FactStore.open(temp.resolve("t.duckdb").toString())) {
            Ingester ingester = Ingester.standard(store, 2);
            ingester.ingest(first, new DocumentReader(), false, IngestProgress.silent());
            TargetCache cache = new TargetCache(store, tracker);
            List<TrackedTarget> before = cache.targets(TargetCache.Selection.ALL);
            assertThat(before).hasSameSizeAs(tracker.track(store.facts(FactQuery.all())));

            ingester.ingest(rest, new DocumentReader(), false, IngestProgress.silent());
            int now = tracker.track(store.facts(FactQuery.all())).size();
            assertThat(now).isGreaterThan(before.size());
            // The first request after the change does not read every fact: it gets what was tracked.
            assertThat(cache.targets(TargetCache.Selection.ALL)).isSameAs(before);
            long deadline = System.nanoTime() + 60_000_000_000L;
            while (cache.targets(TargetCache.Selection.ALL).size() != now && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertThat(cache.targets(TargetCache.Selection.ALL)).hasSize(now);
        }
    }

    @Test
    void anUploadThroughTheServerIsSeenByTheNextRequest() throws Exception {
        List<Path> samples = WebFixture.samples();
        TargetTracker tracker = TargetTracker.standard();
        try (FactStore store = FactStore.open(temp.resolve("u.duckdb").toString())) {
            Ingester ingester = Ingester.standard(store, 2);
            ingester.ingest(samples.subList(0, 1), new DocumentReader(), false, IngestProgress.silent());
            TargetCache cache = new TargetCache(store, tracker);
            cache.targets(TargetCache.Selection.ALL);

            ingester.ingest(samples, new DocumentReader(), false, IngestProgress.silent());
            cache.clear();
            assertThat(cache.targets(TargetCache.Selection.ALL))
                    .hasSameSizeAs(tracker.track(store.facts(FactQuery.all())));
        }
    }
}
