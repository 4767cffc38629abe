package org.xianzhi.app.cli;

import org.xianzhi.app.store.MissingStoreException;
import org.xianzhi.core.ingest.UnreadableDocumentException;

/** The exit codes are public API: one place maps failures to them. */
final class ExitCodes {
    static final int OK = 0;
    static final int INTERNAL = 1;
    static final int USAGE = 2;

    private ExitCodes() {
    }

    static int forException(Throwable e) {
        if (e instanceof UnreadableDocumentException u) {
            return forReason(u.reason());
        }
        if (e instanceof MissingStoreException) {
            return forReason(UnreadableDocumentException.Reason.UNREADABLE_PATH);
        }
        if (e instanceof IllegalArgumentException || e instanceof picocli.CommandLine.ParameterException) {
            return USAGE;
        }
        return INTERNAL;
    }

    static int forReason(UnreadableDocumentException.Reason reason) {
        return switch (reason) {
            case UNREADABLE_PATH -> 3;
            case EMPTY -> 4;
            case TOO_LARGE -> 5;
            case NOT_TEXT -> 6;
        };
    }
}
