package org.xianzhi.app.store;

import java.util.List;
import java.util.Objects;

import org.xianzhi.core.fact.Fact;

/** A document and the facts extracted from it: what one write puts into the store, all or nothing. */
public record ExtractedDocument(StoredDocument document, List<Fact> facts) {
    public ExtractedDocument {
        Objects.requireNonNull(document, "document");
        facts = List.copyOf(facts);
        if (document.factCount() != facts.size()) {
            throw new IllegalArgumentException("document " + document.id() + " says " + document.factCount()
                    + " facts but comes with " + facts.size());
        }
    }
}
