package org.xianzhi.app.search;

import java.util.List;

/**
 * The answer to a search.
 *
 * @param total how many documents match, all of them
 * @param hits  the best of them, best first, at most the request's limit
 */
public record SearchResults(long total, List<SearchHit> hits) {
    public SearchResults {
        hits = List.copyOf(hits);
    }
}
