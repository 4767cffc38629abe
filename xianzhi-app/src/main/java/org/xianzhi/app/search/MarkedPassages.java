package org.xianzhi.app.search;

import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Formats the highlighter's passages as HTML: every character escaped, each match wrapped in {@code <mark>}. A
 * passage is a sentence or a line ({@link SentenceBreaks}) without the white space around it; one longer than {@value #MAX_CHARS} characters (a table, text without punctuation) is cut to
 * a window that opens a little before its first match, so a hit never shows a whole document.
 */
final class MarkedPassages extends PassageFormatter {
    static final int MAX_CHARS = 240;
    private static final int CONTEXT_BEFORE = 60;

    /** A formatted passage and its span in the normalized text. */
    record Marked(String html, int start, int end) {
    }

    @Override
    public List<Marked> format(org.apache.lucene.search.uhighlight.Passage[] passages, String content) {
        List<Marked> marked = new ArrayList<>(passages.length);
        for (org.apache.lucene.search.uhighlight.Passage p : passages) {
            marked.add(mark(p, content));
        }
        return marked;
    }

    private static Marked mark(org.apache.lucene.search.uhighlight.Passage p, String content) {
        int start = p.getStartOffset();
        int end = Math.min(p.getEndOffset(), content.length());
        // The line break that ends a headline, the spaces that indent a paragraph: never part of a match.
        while (start < end && Character.isWhitespace(content.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(content.charAt(end - 1))) {
            end--;
        }
        if (end - start > MAX_CHARS) {
            int firstMatch = p.getNumMatches() > 0 ? p.getMatchStarts()[0] : start;
            start = Math.max(start, firstMatch - CONTEXT_BEFORE);
            int firstMatchEnd = p.getNumMatches() > 0 ? p.getMatchEnds()[0] : start;
            end = Math.min(end, Math.max(start + MAX_CHARS, firstMatchEnd));
            start = outsideSurrogatePair(content, start);
            end = outsideSurrogatePair(content, end);
        }
        StringBuilder html = new StringBuilder((end - start) * 5 / 4 + 16);
        int at = start;
        for (int m = 0; m < p.getNumMatches(); m++) {
            int ms = Math.max(p.getMatchStarts()[m], at);
            int me = p.getMatchEnds()[m];
            if (me <= ms || me > end) {
                // Overlapping the previous match or outside the window.
                continue;
            }
            escape(content, at, ms, html);
            html.append("<mark>");
            escape(content, ms, me, html);
            html.append("</mark>");
            at = me;
        }
        escape(content, at, end, html);
        return new Marked(html.toString(), start, end);
    }

    /** Moves a cut that would split a surrogate pair back before it. */
    private static int outsideSurrogatePair(String content, int at) {
        boolean inside = at > 0 && at < content.length()
                && Character.isHighSurrogate(content.charAt(at - 1)) && Character.isLowSurrogate(content.charAt(at));
        return inside ? at - 1 : at;
    }

    private static void escape(String content, int from, int to, StringBuilder html) {
        for (int i = from; i < to; i++) {
            char c = content.charAt(i);
            switch (c) {
                case '<' -> html.append("&lt;");
                case '>' -> html.append("&gt;");
                case '&' -> html.append("&amp;");
                case '"' -> html.append("&quot;");
                case '\'' -> html.append("&#39;");
                default -> html.append(c);
            }
        }
    }
}
