package org.xianzhi.app.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.xianzhi.app.store.RegionSummary;
import org.xianzhi.core.region.Region;
import org.xianzhi.core.region.RegionGazetteer;
import org.xianzhi.core.region.RegionLevel;

/**
 * The store's regions placed in the divisions of China: province → prefecture → county. A region's place comes from
 * the gazetteer by its code; a region without a known code stands alone, after the others.
 */
final class RegionHierarchy {
    /** A region of the store with its place in the gazetteer (null where its code is unknown). */
    record Placed(RegionSummary summary, Region region) {
        RegionLevel level() {
            return region == null ? null : region.level();
        }

        String shortName() {
            return region == null ? summary.name() : region.shortName();
        }
    }

    private final RegionGazetteer gazetteer;
    private final List<Placed> placed;
    private final Map<String, Placed> byCode = new HashMap<>();

    RegionHierarchy(RegionGazetteer gazetteer, List<RegionSummary> regions) {
        this.gazetteer = gazetteer;
        List<Placed> all = new ArrayList<>();
        for (RegionSummary r : regions) {
            Placed p = new Placed(r, r.code() == null ? null : gazetteer.byCode(r.code()).orElse(null));
            all.add(p);
            if (r.code() != null) {
                byCode.put(r.code(), p);
            }
        }
        // Province, then prefecture, then county: each region right after the one above it.
        all.sort(Comparator.comparing((Placed p) -> p.region() == null).thenComparing(p -> sortKey(p)));
        this.placed = List.copyOf(all);
    }

    private String sortKey(Placed p) {
        if (p.region() == null) {
            return p.summary().name();
        }
        StringBuilder key = new StringBuilder();
        for (Region r : downFromProvince(p.region())) {
            key.append(r.code()).append('/');
        }
        return key.toString();
    }

    private List<Region> downFromProvince(Region r) {
        List<Region> chain = new ArrayList<>(gazetteer.lineage(r));
        java.util.Collections.reverse(chain);
        return chain;
    }

    /** Every region of the store, grouped: each province followed by its prefectures, each followed by its counties. */
    List<Placed> grouped() {
        return placed;
    }

    /** The divisions above a region, from the province down, each with the store's summary where it has facts. */
    List<Placed> above(String code) {
        Optional<Region> region = code == null ? Optional.empty() : gazetteer.byCode(code);
        if (region.isEmpty()) {
            return List.of();
        }
        List<Placed> chain = new ArrayList<>();
        for (Region r : downFromProvince(region.get())) {
            if (!r.code().equals(code)) {
                Placed p = byCode.get(r.code());
                chain.add(p != null ? p : new Placed(null, r));
            }
        }
        return chain;
    }

    /**
     * The regions of the store right below a region: those whose nearest division above, among the regions of the
     * store, is this one (保定市's counties; 河北省's cities, and its counties whose city the store lacks).
     */
    List<Placed> below(String code) {
        if (code == null || !byCode.containsKey(code)) {
            return List.of();
        }
        List<Placed> found = new ArrayList<>();
        for (Placed p : placed) {
            if (p.region() == null || p.region().code().equals(code)) {
                continue;
            }
            List<Placed> chain = above(p.region().code());
            Optional<Placed> nearest = chain.stream().filter(a -> a.summary() != null).reduce((a, b) -> b);
            if (nearest.isPresent() && nearest.get().summary().code().equals(code)) {
                found.add(p);
            }
        }
        return found;
    }
}
