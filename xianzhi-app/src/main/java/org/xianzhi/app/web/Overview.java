package org.xianzhi.app.web;

import java.util.List;

import org.xianzhi.app.store.DocumentSummary;
import org.xianzhi.app.store.RegionSummary;

/**
 * What the home page shows.
 *
 * @param documents how many documents the store holds
 * @param facts     how many facts
 * @param regions   the regions covered, most facts first
 * @param latest    the newest documents
 */
public record Overview(int documents, long facts, List<RegionSummary> regions, List<DocumentSummary> latest) {
    public Overview {
        regions = List.copyOf(regions);
        latest = List.copyOf(latest);
    }
}
