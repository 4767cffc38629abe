package org.xianzhi.core.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.xianzhi.core.extract.StandardFactExtractor;
import org.xianzhi.core.fact.Fact;
import org.xianzhi.core.fact.FigureRange;
import org.xianzhi.core.fact.RejectedFact;
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

    /**
     * What the pipeline read from one document.
     *
     * @param facts    the facts, every one storable
     * @param rejected facts read but refused (a figure no store column holds), each with its reason
     */
    public record Result(SourceDocument document, MappedText clean, List<Fact> facts, List<RejectedFact> rejected) {
        public Result {
            facts = List.copyOf(facts);
            rejected = List.copyOf(rejected);
        }
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
        List<Fact> facts = new ArrayList<>();
        List<RejectedFact> rejected = new ArrayList<>();
        for (Fact fact : extractor.extract(document, clean)) {
            Optional<String> problem = FigureRange.problem(fact.value());
            if (problem.isPresent()) {
                rejected.add(new RejectedFact(fact, problem.get()));
            } else {
                facts.add(fact);
            }
        }
        return new Result(document, clean, facts, rejected);
    }
}
