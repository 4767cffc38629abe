package org.xianzhi.app.web;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.xianzhi.app.tracking.TargetStatus;
import org.xianzhi.app.tracking.TrackedTarget;

/**
 * One page of the targets a selection holds, with the totals of the whole selection: how many targets, and how many
 * of each status — counted over every row, not the page shown.
 *
 * @param shown    the rows of this page
 * @param total    every row the filters select
 * @param byStatus the count of each status among them
 * @param page     this page, from 1
 * @param size     rows per page
 */
record TargetListing(List<TrackedTarget> shown, int total, Map<TargetStatus, Integer> byStatus, int page, int size) {
    static final int DEFAULT_SIZE = 100;
    static final int MAX_SIZE = 1000;

    TargetListing {
        shown = List.copyOf(shown);
        byStatus = Map.copyOf(byStatus);
    }

    /** Page {@code page} (from 1; past the end gives the last) of {@code all}, {@code size} rows a page. */
    static TargetListing of(List<TrackedTarget> all, int page, int size) {
        Map<TargetStatus, Integer> counts = new EnumMap<>(TargetStatus.class);
        for (TargetStatus s : TargetStatus.values()) {
            counts.put(s, 0);
        }
        all.forEach(t -> counts.merge(t.status(), 1, Integer::sum));
        int pages = Math.max(1, (all.size() + size - 1) / size);
        int p = Math.min(Math.max(1, page), pages);
        int from = (p - 1) * size;
        return new TargetListing(all.subList(from, Math.min(all.size(), from + size)), all.size(), counts, p, size);
    }

    int pages() {
        return Math.max(1, (total + size - 1) / size);
    }

    /** The place of the first row shown, from 1 (0 when there is none). */
    int first() {
        return total == 0 ? 0 : (page - 1) * size + 1;
    }

    int last() {
        return first() == 0 ? 0 : first() + shown.size() - 1;
    }
}
