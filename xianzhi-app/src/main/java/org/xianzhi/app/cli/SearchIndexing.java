package org.xianzhi.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.SQLException;

import org.xianzhi.app.search.SearchIndex;
import org.xianzhi.app.search.SearchSync;
import org.xianzhi.app.store.FactStore;

/** Brings the search index in step with the store before a command uses it, and says so when that changed anything. */
final class SearchIndexing {
    private SearchIndexing() {
    }

    /**
     * Heals the index in {@code dir} when no other process writes it; when one does (an ingest), that process keeps
     * it in step, and this one only reads it.
     */
    static void healWhenFree(FactStore store, Path dir, PrintWriter err) throws SQLException, IOException {
        SearchIndex index;
        try {
            index = SearchIndex.open(dir);
        } catch (IllegalStateException writtenElsewhere) {
            return;
        }
        try (index) {
            heal(store, index, err);
        }
    }

    static void heal(FactStore store, SearchIndex index, PrintWriter err) throws SQLException, IOException {
        SearchSync.Report report = SearchSync.sync(store, index);
        if (report.changedAnything()) {
            err.printf("search index %s brought in step with the store: %d documents indexed, %d removed%n",
                    index.dir(), report.indexed(), report.deleted());
            err.flush();
        }
    }
}
