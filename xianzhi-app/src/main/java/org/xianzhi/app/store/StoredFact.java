package org.xianzhi.app.store;

import java.util.Objects;

import org.xianzhi.core.fact.Fact;
import org.xianzhi.core.segment.DocumentDate;

/**
 * A fact as read back from the store, with what links it to its source.
 *
 * @param seq          the fact's place among its document's facts; {@code (fact.doc(), seq)} identifies it
 * @param fact         the fact (FACTS.md), {@code doc} and {@code file} filled from its document
 * @param documentDate the date of the document that reported it, or null when unknown
 */
public record StoredFact(int seq, Fact fact, DocumentDate documentDate) {
    public StoredFact {
        Objects.requireNonNull(fact, "fact");
    }

    public String docId() {
        return fact.doc();
    }
}
