package org.xianzhi.app.store;

import java.util.Objects;

import org.xianzhi.core.segment.DocumentDate;

/**
 * A stored document without its texts: what a list of documents shows.
 *
 * @param id         SHA-256 of the document's bytes
 * @param file       the file it was read from
 * @param regionCode the region's code, or null when not resolved
 * @param region     the region's name, or null
 * @param date       the document's date, or null when it gives none
 * @param kind       what sort of publication it is
 * @param factCount  how many facts were extracted from it
 */
public record DocumentSummary(String id, String file, String regionCode, String region, DocumentDate date,
                              DocumentKind kind, int factCount) {
    public DocumentSummary {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(kind, "kind");
    }
}
