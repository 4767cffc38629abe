package org.xianzhi.app.web;

import java.util.List;

import org.xianzhi.app.search.SearchRequest;
import org.xianzhi.app.search.SearchResults;

/** Full-text search over the stored documents, as the web uses it; the search index plugs in here. */
@FunctionalInterface
public interface DocumentSearch {
    /** The documents a request selects: how many, and the best {@code request.limit()} of them, best first. */
    SearchResults search(SearchRequest request) throws Exception;

    /** No index: every search finds nothing. */
    static DocumentSearch none() {
        return request -> new SearchResults(0, List.of());
    }
}
