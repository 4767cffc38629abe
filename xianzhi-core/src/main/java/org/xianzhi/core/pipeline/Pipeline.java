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
import org.xianzhi.core.project.ProjectExtractor;
import org.xianzhi.core.project.ProjectRecords;
import org.xianzhi.core.text.MappedText;

/**
 * The whole reading of one document: normalize, then extract facts and the records of projects, promises and
 * officials. Build it once (it loads tables) and share it across threads; {@link #process} is pure.
 */
public final class Pipeline {
    private final Normalizer normalizer;
    private final TextReaders readers;
    private final FactExtractor extractor;
    private final ProjectExtractor projects;

    /**
     * What the pipeline read from one document.
     *
     * @param facts    the facts, every one storable
     * @param rejected facts read but refused (a figure no store column holds), each with its reason
     * @param projects the project events, commitments and officials read
     */
    public record Result(SourceDocument document, MappedText clean, List<Fact> facts, List<RejectedFact> rejected,
                         ProjectRecords projects) {
        public Result {
            facts = List.copyOf(facts);
            rejected = List.copyOf(rejected);
        }
    }

    /** A pipeline that reads facts only (for tests and tools that fake the fact extractor). */
    public Pipeline(Normalizer normalizer, FactExtractor extractor) {
        this(normalizer, TextReaders.standard(), extractor, null);
    }

    /**
     * @param readers  what both extractors start each document with, read once for both
     * @param projects the reader of projects, promises and officials, or null to read none
     */
    public Pipeline(Normalizer normalizer, TextReaders readers, FactExtractor extractor, ProjectExtractor projects) {
        this.normalizer = normalizer;
        this.readers = readers;
        this.extractor = extractor;
        this.projects = projects;
    }

    public static Pipeline standard() {
        StandardFactExtractor facts = StandardFactExtractor.standard();
        return new Pipeline(Normalizer.standard(), facts.readers(), facts, new ProjectExtractor(facts.readers()));
    }

    public Result process(SourceDocument document) {
        MappedText clean = normalizer.normalize(document.original());
        DocumentReading reading = readers.read(document, clean);
        List<Fact> facts = new ArrayList<>();
        List<RejectedFact> rejected = new ArrayList<>();
        for (Fact fact : extractor.extract(reading)) {
            Optional<String> problem = FigureRange.problem(fact.value());
            if (problem.isPresent()) {
                rejected.add(new RejectedFact(fact, problem.get()));
            } else {
                facts.add(fact);
            }
        }
        ProjectRecords read = projects == null ? ProjectRecords.none() : projects.extract(reading);
        return new Result(document, clean, facts, rejected, read);
    }
}
