package org.xianzhi.core.ingest;

/**
 * A file that cannot be read as a document. The message is one line naming the file and the reason, fit to print as
 * it is; the {@link Reason} decides the exit code.
 */
public final class UnreadableDocumentException extends Exception {

    /** Why a file was refused. */
    public enum Reason {
        /** The path does not exist, is a directory, or cannot be opened. */
        UNREADABLE_PATH,
        /** The file has no bytes, or no text once decoded. */
        EMPTY,
        /** The file is larger than the configured limit. */
        TOO_LARGE,
        /** The bytes are not text in any supported encoding or format. */
        NOT_TEXT
    }

    private static final int MAX_DETAIL = 300;

    private final String file;
    private final Reason reason;

    public UnreadableDocumentException(String file, Reason reason, String detail) {
        this(file, reason, detail, null);
    }

    public UnreadableDocumentException(String file, Reason reason, String detail, Throwable cause) {
        super(oneLine(file) + ": " + shorten(oneLine(detail)), cause);
        this.file = file;
        this.reason = reason;
    }

    /** Messages of parsers and the file system may span lines; ours is printed as one. */
    private static String oneLine(String message) {
        return String.valueOf(message).replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
    }

    private static String shorten(String detail) {
        return detail.length() <= MAX_DETAIL ? detail : detail.substring(0, MAX_DETAIL - 1) + "…";
    }

    public String file() {
        return file;
    }

    public Reason reason() {
        return reason;
    }
}
