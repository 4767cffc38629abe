package org.xianzhi.app.quality;

import java.util.Objects;

import org.xianzhi.app.store.StoredFact;

/**
 * Which stored fact: its document and its place among that document's facts.
 *
 * @param doc the document id
 * @param seq the fact's sequence number in the document
 */
public record FactRef(String doc, int seq) {
    public FactRef {
        Objects.requireNonNull(doc, "doc");
    }

    public static FactRef of(StoredFact f) {
        return new FactRef(f.docId(), f.seq());
    }
}
