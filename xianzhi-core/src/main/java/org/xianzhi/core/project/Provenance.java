package org.xianzhi.core.project;

import java.util.Objects;

/**
 * Where a record was read, as facts have it (FACTS.md): the document, its region, the sentence as it stands in the
 * original text and the evidence span {@code [start, end)} in the original text.
 *
 * @param doc        SHA-256 id of the source document
 * @param file       the file name the document was read from
 * @param region     full official name of the document's region, empty when unknown
 * @param regionCode 6-digit GB/T 2260 code, or null where unknown
 * @param text       the sentence, as it stands in the original document
 * @param start      start of the evidence in the original text
 * @param end        end (exclusive) of the evidence in the original text
 */
public record Provenance(String doc, String file, String region, String regionCode, String text, int start, int end) {
    public Provenance {
        Objects.requireNonNull(doc, "doc");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(text, "text");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad evidence span [" + start + ", " + end + ")");
        }
    }

    /** Whether the evidence spans of two records share a character. */
    public boolean overlaps(Provenance other) {
        return start < other.end && other.start < end;
    }
}
