package org.xianzhi.app.search;

import java.util.List;
import java.util.Objects;

/**
 * A document that matches a query.
 *
 * @param docId    the stored document's id
 * @param file     the file it was read from
 * @param region   the full name of the region it is about, or null when not resolved
 * @param date     its date as {@code yyyy}, {@code yyyy-MM} or {@code yyyy-MM-dd}, or null when it gives none
 * @param score    Lucene's relevance score (higher is better; comparable within one search only)
 * @param passages the best passages in document order; empty when none of the text matched
 */
public record SearchHit(String docId, String file, String region, String date, float score, List<Passage> passages) {
    public SearchHit {
        Objects.requireNonNull(docId, "docId");
        Objects.requireNonNull(file, "file");
        passages = List.copyOf(passages);
    }
}
