package org.xianzhi.core.pipeline;

import java.util.List;

import org.xianzhi.core.fact.Fact;

/** Reads the facts of one normalized document; every fact's offsets point into the document's original text. */
public interface FactExtractor {

    List<Fact> extract(DocumentReading document);

}
