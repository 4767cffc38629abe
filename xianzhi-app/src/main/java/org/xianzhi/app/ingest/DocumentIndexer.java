package org.xianzhi.app.ingest;

import java.io.IOException;

import org.xianzhi.app.store.StoredDocument;
import org.xianzhi.core.text.MappedText;

/**
 * Takes each extracted document, with the normalized text the pipeline made of it, on the extraction thread that
 * made it: analysing text for search costs as much as extracting it, so it runs on every core rather than in the one
 * writer. It is called before the store has committed the document, so what it builds must become visible only on a
 * commit of its own made after the store's (a search index heals from the store, which is the truth). Must be safe
 * for many threads at once.
 */
@FunctionalInterface
public interface DocumentIndexer {
    void index(StoredDocument document, MappedText normalized) throws IOException;

    /** Nothing is indexed. */
    static DocumentIndexer none() {
        return (document, normalized) -> {
        };
    }
}
