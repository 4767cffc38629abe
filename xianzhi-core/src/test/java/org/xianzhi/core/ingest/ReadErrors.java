package org.xianzhi.core.ingest;

import static org.assertj.core.api.Assertions.fail;

/** Runs a read that must fail and gives back what it failed with. */
final class ReadErrors {
    interface Read {
        SourceDocument run() throws UnreadableDocumentException;
    }

    private ReadErrors() {
    }

    static UnreadableDocumentException refusal(Read read) {
        try {
            SourceDocument doc = read.run();
            return fail("expected a refusal, read %s as %s/%s: %.80s", doc.file(), doc.format(), doc.charset(), doc.original());
        } catch (UnreadableDocumentException e) {
            return e;
        }
    }

    static UnreadableDocumentException.Reason reasonFor(Read read) {
        return refusal(read).reason();
    }
}
