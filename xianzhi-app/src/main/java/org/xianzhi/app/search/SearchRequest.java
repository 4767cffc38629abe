package org.xianzhi.app.search;

import java.util.Objects;

import org.xianzhi.app.store.DocumentKind;

/**
 * A search: the query, what the documents must be, and how many hits to return.
 *
 * @param query  the query (Lucene's classic syntax, see {@link SearchIndex#search(SearchRequest)})
 * @param region the documents' region, by full name or code; null for any
 * @param year   the year of the documents' date; null for any
 * @param kind   the kind of document; null for any
 * @param limit  the most hits returned (the total counts them all)
 */
public record SearchRequest(String query, String region, Integer year, DocumentKind kind, int limit) {
    public SearchRequest {
        Objects.requireNonNull(query, "query");
        if (limit < 1) {
            throw new IllegalArgumentException("limit cannot be less than 1, was " + limit);
        }
    }

    /** Every document, the best {@code limit}. */
    public static SearchRequest of(String query, int limit) {
        return new SearchRequest(query, null, null, null, limit);
    }
}
