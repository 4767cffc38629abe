package org.xianzhi.app.web;

import java.util.ArrayList;
import java.util.List;

import org.xianzhi.app.search.SearchHit;
import org.xianzhi.app.store.RegionSummary;
import org.xianzhi.app.tracking.TrackedTarget;
import org.xianzhi.core.project.Promise;
import org.xianzhi.core.project.TrackedProject;

import io.javalin.http.Context;

/**
 * What a page shows, read from its request's parameters: one method per table, called by the page and by its download
 * ({@link Downloads}), so that the same filters always select the same rows and the query exists once.
 */
final class PageSelections {
    /** The most targets one selection reads; the pages page through them. */
    static final int TARGETS_MAX = 100_000;
    static final int SEARCH_DEFAULT = 20;
    static final int SEARCH_MAX = 100;

    private PageSelections() {
    }

    /** {@code /targets?region=&indicator=&year=&status=}: every target the filters select, in the tracker's order. */
    static List<TrackedTarget> targets(Context ctx, Atlas atlas) throws Exception {
        return atlas.targets(Params.text(ctx, "region"), Params.text(ctx, "indicator"), Params.year(ctx, "year"),
                Params.targetStatus(ctx), TARGETS_MAX);
    }

    /** {@code /compare?indicator=&region=…&measure=}: the comparison, or null until an indicator and a region are chosen. */
    static Comparison compare(Context ctx, Atlas atlas) throws Exception {
        String indicator = Params.text(ctx, "indicator");
        List<String> regions = Params.list(ctx, "region");
        return indicator == null || regions.isEmpty() ? null : atlas.compare(indicator, regions, Params.measure(ctx));
    }

    /** {@code /search?q=}: the hits, none without a query. */
    static List<SearchHit> search(Context ctx, Atlas atlas) throws Exception {
        String q = Params.text(ctx, "q");
        return q == null ? List.of() : atlas.search(q, Params.limit(ctx, SEARCH_DEFAULT, SEARCH_MAX));
    }

    /**
     * {@code /table?region=…&indicator=…}: the profiles of the regions named, every region's when none is; the
     * indicators ({@link #indicators}) choose their rows.
     */
    static List<RegionProfile> profiles(Context ctx, Atlas atlas) throws Exception {
        List<String> keys = Params.list(ctx, "region");
        if (keys.isEmpty()) {
            keys = atlas.regions().stream().map(RegionSummary::key).toList();
        }
        List<RegionProfile> profiles = new ArrayList<>();
        for (String key : keys) {
            profiles.add(atlas.region(key));
        }
        return profiles;
    }

    /** The canonical names of the indicators a request names (names or aliases); empty for all. */
    static List<String> indicators(Context ctx, Atlas atlas) {
        return Params.list(ctx, "indicator").stream().map(i -> atlas.indicator(i).name()).distinct().toList();
    }

    /** {@code /projects?region=&stage=&level=&colour=}. */
    static List<TrackedProject> projects(Context ctx, ProjectLedger ledger) throws Exception {
        return ledger.projects(Params.text(ctx, "region"), Params.text(ctx, "stage"), Params.text(ctx, "level"),
                Params.text(ctx, "colour"));
    }

    /** {@code /promises?region=&verdict=}. */
    static List<Promise> promises(Context ctx, ProjectLedger ledger) throws Exception {
        return ledger.promises(Params.text(ctx, "region"), Params.text(ctx, "verdict"));
    }
}
