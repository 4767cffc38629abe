package org.xianzhi.core.pipeline;

import java.util.List;
import java.util.Optional;
import java.util.function.ToIntFunction;

import org.xianzhi.core.ingest.SourceDocument;
import org.xianzhi.core.quantity.Quantity;
import org.xianzhi.core.region.Region;
import org.xianzhi.core.region.RegionResolver;
import org.xianzhi.core.segment.DocumentTime;
import org.xianzhi.core.segment.Sentence;
import org.xianzhi.core.text.MappedText;

/**
 * One normalized document as its readers share it: the fact reader and the project reader ask the same questions of
 * it (when does it speak from, of which region, where are its sentences and figures), and each is answered once, on
 * first use. Not thread-safe: one thread reads one document.
 */
public final class DocumentReading {
    private final SourceDocument document;
    private final MappedText clean;
    private final TextReaders readers;
    private Optional<DocumentTime> time;
    private RegionResolver.DocumentRegions regions;
    private List<Sentence> sentences;
    private List<Quantity> figures;

    DocumentReading(SourceDocument document, MappedText clean, TextReaders readers) {
        this.document = document;
        this.clean = clean;
        this.readers = readers;
    }

    public SourceDocument document() {
        return document;
    }

    public MappedText clean() {
        return clean;
    }

    public String text() {
        return clean.text();
    }

    /** When the document speaks from; empty when it has no date, and then no period can be given to anything in it. */
    public Optional<DocumentTime> time() {
        if (time == null) {
            time = readers.dating().time(text());
        }
        return time;
    }

    /** The regions the document names. */
    public RegionResolver.DocumentRegions regions() {
        if (regions == null) {
            regions = readers.regions().read(text());
        }
        return regions;
    }

    /** The document's own region, or null when it names none clearly. */
    public Region region() {
        return regions().region().orElse(null);
    }

    /** The sentences, in order. */
    public List<Sentence> sentences() {
        if (sentences == null) {
            sentences = readers.segmenter().split(text());
        }
        return sentences;
    }

    /** The figures of the text (quantities a report states, not every number), in order of start. */
    public List<Quantity> figures() {
        if (figures == null) {
            figures = readers.quantities().figures(text());
        }
        return figures;
    }

    /** The quantities lying wholly within {@code [start, end)}. */
    public List<Quantity> figuresWithin(int start, int end) {
        List<Quantity> all = figures();
        int from = firstAtOrAfter(all, Quantity::start, start);
        int to = from;
        while (to < all.size() && all.get(to).end() <= end) {
            to++;
        }
        return all.subList(from, to);
    }

    /** The sentence that holds the character at {@code at}, if any. */
    public Optional<Sentence> sentenceAt(int at) {
        List<Sentence> all = sentences();
        int i = firstAtOrAfter(all, Sentence::end, at + 1);
        return i < all.size() && all.get(i).start() <= at ? Optional.of(all.get(i)) : Optional.empty();
    }

    /** The index of the first item whose {@code key} is at least {@code at}, in a list sorted by that key. */
    private static <T> int firstAtOrAfter(List<T> sorted, ToIntFunction<T> key, int at) {
        int lo = 0;
        int hi = sorted.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (key.applyAsInt(sorted.get(mid)) < at) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
