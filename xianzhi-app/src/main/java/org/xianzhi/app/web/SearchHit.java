package org.xianzhi.app.web;

import java.util.List;

/**
 * A document found by a full-text search, with the passages that matched; the shape of
 * {@code org.xianzhi.app.search.SearchHit}, so the search module's results pass through unchanged.
 *
 * @param docId    the document's id
 * @param file     its file
 * @param region   its region's name, or null
 * @param date     its date as {@code 2024-01-15}, or null
 * @param passages the matching passages
 */
public record SearchHit(String docId, String file, String region, String date, List<Passage> passages) {
    public SearchHit {
        passages = List.copyOf(passages);
    }

    /**
     * A matching passage.
     *
     * @param html          the normalized text of the passage, HTML-escaped, with the matches in {@code <mark>}
     * @param originalStart where it starts in the original text
     * @param originalEnd   where it ends (exclusive)
     */
    public record Passage(String html, int originalStart, int originalEnd) {
    }
}
