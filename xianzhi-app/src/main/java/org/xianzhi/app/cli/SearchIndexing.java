package org.xianzhi.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.sql.SQLException;

import org.xianzhi.app.search.SearchIndex;
import org.xianzhi.app.search.SearchSync;
import org.xianzhi.app.store.FactStore;

/** Brings the search index in step with the store before a command uses it, and says so when that changed anything. */
final class SearchIndexing {
    private SearchIndexing() {
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
