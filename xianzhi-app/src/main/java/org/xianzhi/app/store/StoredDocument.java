package org.xianzhi.app.store;

import java.time.Instant;
import java.util.Objects;

import org.xianzhi.core.ingest.DocumentFormat;
import org.xianzhi.core.segment.DocumentDate;

/**
 * A document as the store keeps it.
 *
 * @param id          SHA-256 of the document's bytes
 * @param file        the file it was read from, as given
 * @param format      the container it came in
 * @param charset     the charset its text was decoded with
 * @param original    the decoded text before normalization; fact offsets point into it
 * @param normalized  the clean simplified text
 * @param regionCode  GB/T 2260 code of the region the document is about, or null when not resolved
 * @param region      that region's full name, or null
 * @param date        the document's date, or null when it gives none
 * @param kind        what sort of publication it is
 * @param factCount   how many facts were extracted from it
 * @param ingestedAt  when it was first stored
 * @param extractedAt when its facts were last extracted
 */
public record StoredDocument(String id, String file, DocumentFormat format, String charset, String original,
                             String normalized, String regionCode, String region, DocumentDate date, DocumentKind kind,
                             int factCount, Instant ingestedAt, Instant extractedAt) {
    public StoredDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(charset, "charset");
        Objects.requireNonNull(original, "original");
        Objects.requireNonNull(normalized, "normalized");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(ingestedAt, "ingestedAt");
        Objects.requireNonNull(extractedAt, "extractedAt");
        if (factCount < 0) {
            throw new IllegalArgumentException("factCount cannot be negative, was " + factCount);
        }
    }
}
