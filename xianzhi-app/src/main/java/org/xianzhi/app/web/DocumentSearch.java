package org.xianzhi.app.web;

import org.xianzhi.app.search.SearchHit;

import java.util.List;

/** Full-text search over the stored documents, as the web uses it; the search index plugs in here. */
@FunctionalInterface
public interface DocumentSearch {
    /** The best {@code limit} documents for a query, best first. */
    List<SearchHit> search(String query, int limit) throws Exception;

    /** No index: every search finds nothing. */
    static DocumentSearch none() {
        return (query, limit) -> List.of();
    }
}
