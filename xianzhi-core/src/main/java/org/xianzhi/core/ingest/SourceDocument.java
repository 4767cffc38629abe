package org.xianzhi.core.ingest;

import java.util.Objects;

/**
 * A document as read from its bytes.
 *
 * @param id       SHA-256 of the bytes, lower-case hex: the same bytes always give the same id
 * @param file     the file name as it was given
 * @param original the decoded text before any normalization; every offset Xianzhi reports points into it
 * @param format   what the bytes were
 * @param charset  the charset the text was decoded with, or the container format's own for PDF/DOCX
 */
public record SourceDocument(String id, String file, String original, DocumentFormat format, String charset) {
    public SourceDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(original, "original");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(charset, "charset");
        if (!id.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("id must be a SHA-256 hex digest, was " + id);
        }
    }
}
