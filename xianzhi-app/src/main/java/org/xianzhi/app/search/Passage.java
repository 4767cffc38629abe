package org.xianzhi.app.search;

import java.util.Objects;

/**
 * A highlighted passage of a hit.
 *
 * @param html          the passage of normalized text, HTML-escaped, with each match wrapped in {@code <mark>…</mark>}
 * @param originalStart where the passage starts in the document's original text
 * @param originalEnd   where it ends there (exclusive)
 */
public record Passage(String html, int originalStart, int originalEnd) {
    public Passage {
        Objects.requireNonNull(html, "html");
        if (originalStart < 0 || originalEnd < originalStart) {
            throw new IllegalArgumentException("bad original span [" + originalStart + ", " + originalEnd + ")");
        }
    }

    /** The passage as plain text, each match between {@code open} and {@code close} (for a terminal: « and »). */
    public String marked(String open, String close) {
        // &amp; last, so that an escaped entity in the text ("&amp;lt;") comes back as written.
        return html.replace("<mark>", open).replace("</mark>", close).replace("&lt;", "<").replace("&gt;", ">")
                .replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
    }

    /** The passage as plain normalized text. */
    public String text() {
        return marked("", "");
    }
}
