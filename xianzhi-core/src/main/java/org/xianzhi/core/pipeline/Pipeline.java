package org.xianzhi.core.pipeline;

import java.util.List;

import org.xianzhi.core.extract.StandardFactExtractor;
import org.xianzhi.core.fact.Fact;
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
    private final FactExtractor extractor;
    private final ProjectExtractor projects;

    /** What the pipeline read from one document. */
    public record Result(SourceDocument document, MappedText clean, List<Fact> facts, ProjectRecords projects) {
    }

    /** A pipeline that reads facts only (for tests and tools that fake the fact extractor). */
    public Pipeline(Normalizer normalizer, FactExtractor extractor) {
        this(normalizer, extractor, null);
    }

    /** @param projects the reader of projects, promises and officials, or null to read none */
    public Pipeline(Normalizer normalizer, FactExtractor extractor, ProjectExtractor projects) {
        this.normalizer = normalizer;
        this.extractor = extractor;
        this.projects = projects;
    }

    public static Pipeline standard() {
        StandardFactExtractor facts = StandardFactExtractor.standard();
        return new Pipeline(Normalizer.standard(), facts, new ProjectExtractor(facts.regions()));
    }

    public Result process(SourceDocument document) {
        MappedText clean = normalizer.normalize(document.original());
        ProjectRecords read = projects == null ? ProjectRecords.none() : projects.extract(document, clean);
        return new Result(document, clean, extractor.extract(document, clean), read);
    }
}
