package org.xianzhi.core.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Reads a file's bytes into a {@link SourceDocument} (placeholder: UTF-8 text only until format detection lands).
 */
public final class DocumentReader {
    /** 50 MB, the default size limit. */
    public static final long DEFAULT_MAX_BYTES = 50L * 1024 * 1024;

    private final long maxBytes;

    public DocumentReader() {
        this(DEFAULT_MAX_BYTES);
    }

    public DocumentReader(long maxBytes) {
        if (maxBytes < 1) {
            throw new IllegalArgumentException("maxBytes cannot be less than 1, was " + maxBytes);
        }
        this.maxBytes = maxBytes;
    }

    public SourceDocument read(Path path) throws UnreadableDocumentException {
        String file = path.toString();
        try {
            if (!Files.isRegularFile(path)) {
                throw new UnreadableDocumentException(file, UnreadableDocumentException.Reason.UNREADABLE_PATH,
                        Files.isDirectory(path) ? "is a directory" : "no such file");
            }
            return read(file, Files.readAllBytes(path));
        } catch (IOException e) {
            throw new UnreadableDocumentException(file, UnreadableDocumentException.Reason.UNREADABLE_PATH,
                    "cannot read: " + e.getMessage(), e);
        }
    }

    public SourceDocument read(String file, byte[] bytes) throws UnreadableDocumentException {
        if (bytes.length > maxBytes) {
            throw new UnreadableDocumentException(file, UnreadableDocumentException.Reason.TOO_LARGE,
                    "file of " + bytes.length + " bytes is over the limit of " + maxBytes);
        }
        if (bytes.length == 0) {
            throw new UnreadableDocumentException(file, UnreadableDocumentException.Reason.EMPTY, "empty file");
        }
        return new SourceDocument(sha256(bytes), file, new String(bytes, StandardCharsets.UTF_8), DocumentFormat.TEXT, "UTF-8");
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
