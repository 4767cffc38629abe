package org.xianzhi.app.ingest;

import org.xianzhi.core.ingest.UnreadableDocumentException;

/**
 * A file an ingest could not take, and why.
 *
 * @param file   the file as named
 * @param reason why, in words fit to print
 * @param kind   the reader's reason when the file could not be read; null when extraction failed on it
 */
public record BadFile(String file, String reason, UnreadableDocumentException.Reason kind) {
}
