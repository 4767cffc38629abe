package org.xianzhi.app.web;

import java.util.List;

import org.xianzhi.app.search.SearchRequest;
import org.xianzhi.app.search.SearchResults;
import org.xianzhi.app.store.DocumentKind;
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

    /**
     * {@code /targets?region=&indicator=&year=&status=&sort=&order=}: every target the filters select, sorted by
     * {@code sort} (the tracker's order when absent).
     */
    static List<TrackedTarget> targets(Context ctx, Atlas atlas) throws Exception {
        List<TrackedTarget> all = atlas.targets(Params.text(ctx, "region"), Params.text(ctx, "indicator"),
                Params.year(ctx, "year"), Params.targetStatus(ctx), TARGETS_MAX);
        TargetOrder order = targetOrder(ctx);
        return order == null ? all : all.stream().sorted(order.comparator(descending(ctx))).toList();
    }

    static TargetOrder targetOrder(Context ctx) {
        String sort = Params.text(ctx, "sort");
        return sort == null ? null : TargetOrder.of(sort);
    }

    static boolean descending(Context ctx) {
        String order = Params.text(ctx, "order");
        if (order == null || order.equalsIgnoreCase("asc")) {
            return false;
        }
        if (order.equalsIgnoreCase("desc")) {
            return true;
        }
        throw new IllegalArgumentException("order must be asc or desc, was '" + order + "'");
    }

    /** {@code page} (from 1) and {@code size} (rows a page) of a paged table. */
    static TargetListing targetPage(Context ctx, List<TrackedTarget> all) {
        int page = Params.text(ctx, "page") == null ? 1
                : ctx.queryParamAsClass("page", Integer.class).check(p -> p >= 1, "page must be 1 or more").get();
        int size = Params.text(ctx, "size") == null ? TargetListing.DEFAULT_SIZE
                : ctx.queryParamAsClass("size", Integer.class).check(n -> n >= 1 && n <= TargetListing.MAX_SIZE,
                "size must be from 1 to " + TargetListing.MAX_SIZE).get();
        return TargetListing.of(all, page, size);
    }

    /** {@code /compare?indicator=&region=…&measure=}: the comparison, or null until an indicator and a region are chosen. */
    static Comparison compare(Context ctx, Atlas atlas) throws Exception {
        String indicator = Params.text(ctx, "indicator");
        List<String> regions = Params.list(ctx, "region");
        return indicator == null || regions.isEmpty() ? null : atlas.compare(indicator, regions, Params.measure(ctx));
    }

    /** {@code /search?q=&region=&year=&kind=&limit=}: the hits, none without a query. */
    static SearchResults search(Context ctx, Atlas atlas) throws Exception {
        String q = Params.text(ctx, "q");
        if (q == null) {
            return new SearchResults(0, List.of());
        }
        String kind = Params.text(ctx, "kind");
        DocumentKind k = kind == null ? null : DocumentKind.ofLabel(kind);
        return atlas.search(new SearchRequest(q, Params.text(ctx, "region"), Params.year(ctx, "year"), k,
                Params.limit(ctx, SEARCH_DEFAULT, SEARCH_MAX)));
    }

    /**
     * {@code /table?region=…&indicator=…}: the series of the regions named, every region's when none is; the
     * indicators ({@link #indicators}) choose their rows.
     */
    static List<RegionSeries> series(Context ctx, Atlas atlas) throws Exception {
        return atlas.series(Params.list(ctx, "region"));
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
