/**
 * Ingest: bytes to a {@link org.xianzhi.core.ingest.SourceDocument}. Takes a file or bytes; gives the decoded
 * original text with its id (SHA-256 of the bytes), format and charset; refuses bad input with an
 * {@link org.xianzhi.core.ingest.UnreadableDocumentException} whose message names the file and the reason.
 */
package org.xianzhi.core.ingest;
