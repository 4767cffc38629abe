package org.xianzhi.app.web;

import java.util.List;
import java.util.Objects;

import org.xianzhi.app.store.StoredDocument;
import org.xianzhi.app.store.StoredFact;

/** A document with its facts, in extraction order. */
public record DocumentView(StoredDocument document, List<StoredFact> facts) {
    public DocumentView {
        Objects.requireNonNull(document, "document");
        facts = List.copyOf(facts);
    }
}
