package org.xianzhi.app.search;

import java.io.IOException;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Lucene's unified highlighter over one field, giving {@link MarkedPassages} per document (the public methods of the
 * highlighter only give strings). The postings hold no offsets, so the highlighter finds the matches by analysing the
 * text of each hit again.
 */
final class PassageHighlighter extends UnifiedHighlighter {
    private PassageHighlighter(Builder builder) {
        super(builder);
    }

    static PassageHighlighter of(IndexSearcher searcher, Analyzer analyzer) {
        return new PassageHighlighter(UnifiedHighlighter.builder(searcher, analyzer)
                // Work reports run to tens of thousands of characters; the default would highlight only the start.
                .withMaxLength(Integer.MAX_VALUE - 1)
                .withFormatter(new MarkedPassages())
                .withBreakIterator(SentenceBreaks::new)
                .withMaxNoHighlightPassages(0));
    }

    /** For each document, its best passages in document order, or null when the field has no match in it. */
    @SuppressWarnings("unchecked")
    List<MarkedPassages.Marked>[] passages(String field, Query query, int[] docIds, int perDocument) throws IOException {
        Object[] found = highlightFieldsAsObjects(new String[] {field}, query, docIds, new int[] {perDocument}).get(field);
        List<MarkedPassages.Marked>[] passages = new List[found.length];
        for (int i = 0; i < found.length; i++) {
            passages[i] = (List<MarkedPassages.Marked>) found[i];
        }
        return passages;
    }
}
