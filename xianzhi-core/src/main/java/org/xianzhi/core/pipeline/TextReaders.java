package org.xianzhi.core.pipeline;

import org.xianzhi.core.ingest.SourceDocument;
import org.xianzhi.core.quantity.ChineseQuantityParser;
import org.xianzhi.core.region.RegionResolver;
import org.xianzhi.core.segment.DocumentDating;
import org.xianzhi.core.segment.Segmenter;
import org.xianzhi.core.text.MappedText;

/**
 * The tools every reader of a normalized document starts with: its date, its regions, its sentences and its figures.
 * Build it once (the region tables are large) and share it across threads and readers.
 */
public final class TextReaders {
    private final RegionResolver regions;
    private final DocumentDating dating = new DocumentDating();
    private final Segmenter segmenter = new Segmenter();
    private final ChineseQuantityParser quantities = new ChineseQuantityParser();

    public TextReaders(RegionResolver regions) {
        this.regions = regions;
    }

    public static TextReaders standard() {
        return new TextReaders(RegionResolver.standard());
    }

    /** A reading of one document, for one thread: each part is read once, when first asked for. */
    public DocumentReading read(SourceDocument document, MappedText clean) {
        return new DocumentReading(document, clean, this);
    }

    RegionResolver regions() {
        return regions;
    }

    DocumentDating dating() {
        return dating;
    }

    Segmenter segmenter() {
        return segmenter;
    }

    ChineseQuantityParser quantities() {
        return quantities;
    }
}
