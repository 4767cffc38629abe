/**
 * Ingest: bytes to a {@link org.xianzhi.core.ingest.SourceDocument}. Takes a file or bytes; gives the decoded
 * original text with its id (SHA-256 of the bytes), format and charset; refuses bad input with an
 * {@link org.xianzhi.core.ingest.UnreadableDocumentException} whose one-line message names the file and the reason.
 *
 * <p>Formats are recognised by content: PDF and DOCX by their magic bytes (text through Apache Tika's parser for that
 * format), HTML by its markup or file name (body text through jsoup, one block per line), everything else is plain
 * text. The charset of text is a byte-order mark, an HTML meta charset the bytes agree with, UTF-8, or GB18030/Big5
 * decided by decoding errors and common characters ({@code TextDecoder}). Guarantees: the original text is the decoded
 * text, unaltered but for a stripped byte-order mark (line breaks stay as they were); it is never blank; the same bytes
 * always give the same document; nothing but {@code UnreadableDocumentException} escapes for any input bytes.
 */
package org.xianzhi.core.ingest;
