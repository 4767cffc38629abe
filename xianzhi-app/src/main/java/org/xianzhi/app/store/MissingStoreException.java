package org.xianzhi.app.store;

import java.nio.file.Path;

/** A command that only reads was pointed at a store that does not exist (a mistyped {@code --db}, most likely). */
public final class MissingStoreException extends RuntimeException {
    private final Path file;

    public MissingStoreException(Path file) {
        super("no store at " + file + " (check --db; ingest creates a store)");
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
