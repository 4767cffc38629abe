package org.xianzhi.app.ingest;

import java.time.Instant;
import java.util.Optional;

import org.xianzhi.app.store.DocumentKind;
import org.xianzhi.app.store.ExtractedDocument;
import org.xianzhi.app.store.StoredDocument;
import org.xianzhi.core.ingest.SourceDocument;
import org.xianzhi.core.pipeline.Pipeline;
import org.xianzhi.core.region.Region;
import org.xianzhi.core.region.RegionResolver;
import org.xianzhi.core.segment.DocumentDate;
import org.xianzhi.core.segment.DocumentDating;

/** Turns what the pipeline read from a document into the rows the store keeps: its region, date and kind added. */
public final class DocumentProfiler {
    private final RegionResolver regions;
    private final DocumentDating dating;

    public DocumentProfiler(RegionResolver regions, DocumentDating dating) {
        this.regions = regions;
        this.dating = dating;
    }

    public static DocumentProfiler standard() {
        return new DocumentProfiler(RegionResolver.standard(), new DocumentDating());
    }

    /** The document and its facts as the store keeps them, extracted at {@code now}. */
    public ExtractedDocument profile(Pipeline.Result result, Instant now) {
        SourceDocument doc = result.document();
        String text = result.clean().text();
        Optional<Region> region = regions.resolve(text);
        DocumentDate date = dating.date(text).orElse(null);
        StoredDocument stored = new StoredDocument(doc.id(), doc.file(), doc.format(), doc.charset(), doc.original(),
                text, region.map(Region::code).orElse(null), region.map(Region::name).orElse(null), date,
                DocumentKind.of(text), result.facts().size(), now, now);
        return new ExtractedDocument(stored, result.facts(), result.projects());
    }
}
