package org.xianzhi.app.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.xianzhi.app.store.FactStore;
import org.xianzhi.app.store.StoredDocument;

/**
 * Brings a search index in step with its store, which is the truth: documents stored but not indexed, or indexed from
 * an older extraction than the store holds, are indexed; documents indexed but no longer stored are deleted. Run on
 * start-up, it heals an index left behind by a process killed between the store's commit and the index's.
 */
public final class SearchSync {
    /** Above this many missing documents one pass over the store is cheaper than a look-up each. */
    private static final int LOOK_UP_LIMIT = 256;

    private SearchSync() {
    }

    /** What a sync changed: documents (re)indexed and deleted. */
    public record Report(int indexed, int deleted) {
        public boolean changedAnything() {
            return indexed > 0 || deleted > 0;
        }
    }

    /** Indexes what is missing, deletes what is gone, and commits when anything changed. */
    public static Report sync(FactStore store, SearchIndex index) throws SQLException, IOException {
        Map<String, Instant> stored = store.extractionTimes();
        Map<String, Long> indexed = index.extractionStamps();
        Set<String> missing = new HashSet<>();
        stored.forEach((id, extracted) -> {
            Long stamp = indexed.get(id);
            if (stamp == null || stamp != SearchIndex.extractionStamp(extracted)) {
                missing.add(id);
            }
        });
        Set<String> gone = new HashSet<>(indexed.keySet());
        gone.removeAll(stored.keySet());
        for (String id : gone) {
            index.delete(id);
        }
        if (missing.size() <= LOOK_UP_LIMIT) {
            for (String id : missing) {
                Optional<StoredDocument> doc = store.document(id);
                if (doc.isPresent()) {
                    index.index(doc.get());
                }
            }
        } else {
            try {
                store.forEachDocument(doc -> {
                    if (missing.contains(doc.id())) {
                        indexUnchecked(index, doc);
                    }
                });
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }
        Report report = new Report(missing.size(), gone.size());
        if (report.changedAnything()) {
            index.commit();
        }
        return report;
    }

    private static void indexUnchecked(SearchIndex index, StoredDocument doc) {
        try {
            index.index(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
