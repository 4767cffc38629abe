package org.xianzhi.app.ingest;

import java.io.IOException;
import java.util.List;

import org.xianzhi.app.store.StoredDocument;

/**
 * Told of each batch of documents the store has just committed (added or re-extracted), so that what follows the
 * store, like the search index, can follow it. Called from the writing thread only.
 */
@FunctionalInterface
public interface CommitListener {
    void committed(List<StoredDocument> documents) throws IOException;

    /** Nobody listens. */
    static CommitListener none() {
        return documents -> {
        };
    }
}
