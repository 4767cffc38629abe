package org.xianzhi.core.ingest;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.xianzhi.core.ingest.UnreadableDocumentException.Reason;

/**
 * Reads a file's bytes into a {@link SourceDocument}: the format is found from the content (PDF and DOCX by their
 * magic bytes, HTML by its markup or file name, anything else is plain text), the charset of text is detected
 * ({@link TextDecoder}), and the result is the decoded text with nothing altered but a stripped byte-order mark.
 * Bad input never escapes as anything but an {@link UnreadableDocumentException} with a one-line message.
 * Instances are immutable and thread-safe.
 */
public final class DocumentReader {
    /** 50 MB, the default size limit. */
    public static final long DEFAULT_MAX_BYTES = 50L * 1024 * 1024;

    private final long maxBytes;
    /** Where PDF and DOCX are parsed: null for this JVM. */
    private final IsolatedContainers isolation;

    public DocumentReader() {
        this(DEFAULT_MAX_BYTES);
    }

    public DocumentReader(long maxBytes) {
        this(maxBytes, null);
    }

    private DocumentReader(long maxBytes, IsolatedContainers isolation) {
        if (maxBytes < 1) {
            throw new IllegalArgumentException("maxBytes cannot be less than 1, was " + maxBytes);
        }
        this.maxBytes = maxBytes;
        this.isolation = isolation;
    }

    /**
     * This reader, parsing PDF and DOCX in a child JVM held to a heap and a time limit, so that no parser failure can
     * take this JVM's heap or hang its thread. Without it they are parsed here, within the expansion bounds only.
     */
    public DocumentReader isolatingContainers(IsolatedContainers limits) {
        return new DocumentReader(maxBytes, limits);
    }

    /** Reads the file at {@code path}; its size is checked before a byte is read. */
    public SourceDocument read(Path path) throws UnreadableDocumentException {
        String file = FileNames.shown(path);
        if (Files.isDirectory(path)) {
            throw unreadablePath(file, "is a directory", null);
        }
        if (!Files.exists(path)) {
            throw unreadablePath(file, "no such file", null);
        }
        if (!Files.isRegularFile(path)) {
            throw unreadablePath(file, "not a regular file", null);
        }
        if (!Files.isReadable(path)) {
            throw unreadablePath(file, "permission denied", null);
        }
        try {
            checkSize(file, Files.size(path));
            return read(file, Files.readAllBytes(path));
        } catch (AccessDeniedException e) {
            throw unreadablePath(file, "permission denied", e);
        } catch (NoSuchFileException e) {
            throw unreadablePath(file, "no such file", e);
        } catch (IOException e) {
            throw unreadablePath(file, "cannot read: " + e.getMessage(), e);
        }
    }

    /** Reads a document from bytes; {@code file} names it in messages and in the result. */
    public SourceDocument read(String file, byte[] bytes) throws UnreadableDocumentException {
        checkSize(file, bytes.length);
        if (bytes.length == 0) {
            throw new UnreadableDocumentException(file, Reason.EMPTY, "empty file (0 bytes)");
        }
        String id = sha256(bytes);
        FileSignature signature = FileSignature.of(bytes);
        SourceDocument document = switch (signature) {
            case PDF -> container(id, file, bytes, ContainerText.PDF, DocumentFormat.PDF);
            case DOCX -> container(id, file, bytes, ContainerText.DOCX, DocumentFormat.DOCX);
            case UNKNOWN -> text(id, file, bytes);
            default -> throw new UnreadableDocumentException(file, Reason.NOT_TEXT, "not text: " + signature.description());
        };
        return legible(document);
    }

    private SourceDocument container(String id, String file, byte[] bytes, ContainerText container,
            DocumentFormat format) throws UnreadableDocumentException {
        String text = isolation == null ? container.extract(file, bytes) : isolation.extract(container, file, bytes);
        return new SourceDocument(id, file, text, format, container.kind());
    }

    private static SourceDocument text(String id, String file, byte[] bytes) {
        DecodedText decoded = TextDecoder.decode(bytes, HtmlPage.declaredCharset(file, bytes));
        String charset = decoded.charset().name();
        if (HtmlPage.looksLikeHtml(file, decoded.text())) {
            return new SourceDocument(id, file, HtmlPage.bodyText(decoded.text()), DocumentFormat.HTML, charset);
        }
        return new SourceDocument(id, file, decoded.text(), DocumentFormat.TEXT, charset);
    }

    /** Refuses a document whose text is blank or binary junk. */
    private static SourceDocument legible(SourceDocument document) throws UnreadableDocumentException {
        String text = document.original();
        if (Legibility.isBlank(text)) {
            String what = switch (document.format()) {
                case PDF -> "a PDF without a text layer (a scan?) or with no text";
                case DOCX -> "a DOCX document with no text";
                case HTML -> "an HTML page with no text in its body";
                case TEXT -> "only white space";
            };
            throw new UnreadableDocumentException(document.file(), Reason.EMPTY, "no text: " + what);
        }
        if (Legibility.isBinaryJunk(text)) {
            throw new UnreadableDocumentException(document.file(), Reason.NOT_TEXT,
                    "not text: binary data (control characters or undecodable bytes, read as " + document.charset() + ")");
        }
        if (Legibility.isImplausible(text)) {
            throw new UnreadableDocumentException(document.file(), Reason.NOT_TEXT,
                    "not text: random characters (symbols, rare letters and rare Han characters, read as " + document.charset() + ")");
        }
        return document;
    }

    private void checkSize(String file, long size) throws UnreadableDocumentException {
        if (size > maxBytes) {
            throw new UnreadableDocumentException(file, Reason.TOO_LARGE,
                    "file of " + size + " bytes is over the limit of " + maxBytes + " bytes");
        }
    }

    private static UnreadableDocumentException unreadablePath(String file, String detail, Throwable cause) {
        return new UnreadableDocumentException(file, Reason.UNREADABLE_PATH, detail, cause);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
