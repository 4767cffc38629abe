package org.xianzhi.core.pipeline;

import java.util.List;

import org.xianzhi.core.extract.StandardFactExtractor;
import org.xianzhi.core.fact.Fact;
import org.xianzhi.core.ingest.SourceDocument;
import org.xianzhi.core.normalize.Normalizer;
import org.xianzhi.core.text.MappedText;

/**
 * The whole reading of one document: normalize, then extract facts. Build it once (it loads tables) and share it
 * across threads; {@link #process} is pure.
 */
public final class Pipeline {
    private final Normalizer normalizer;
    private final FactExtractor extractor;

    /** What the pipeline read from one document. */
    public record Result(SourceDocument document, MappedText clean, List<Fact> facts) {
    }

    public Pipeline(Normalizer normalizer, FactExtractor extractor) {
        this.normalizer = normalizer;
        this.extractor = extractor;
    }

    public static Pipeline standard() {
        return new Pipeline(Normalizer.standard(), StandardFactExtractor.standard());
    }

    public Result process(SourceDocument document) {
        MappedText clean = normalizer.normalize(document.original());
        return new Result(document, clean, extractor.extract(document, clean));
    }
}
