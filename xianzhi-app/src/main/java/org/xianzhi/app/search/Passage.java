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
}
