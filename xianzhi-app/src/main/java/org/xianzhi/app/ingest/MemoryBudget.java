package org.xianzhi.app.ingest;

import java.util.concurrent.Semaphore;

/**
 * How much input a run holds at once, counted in kilobytes of the documents' input: a document takes its share before
 * it is read and gives it back once it is written. A count of documents alone bounds nothing when one is 50 MB: two
 * such pages extracted side by side took more than a 1 GB heap. A document larger than the whole budget takes all of
 * it and runs alone. First come, first served, so a large document is not starved by small ones.
 */
final class MemoryBudget {
    private final int totalKb;
    private final Semaphore kb;

    MemoryBudget(long bytes) {
        this.totalKb = (int) Math.max(1, Math.min(Integer.MAX_VALUE, bytes / 1024));
        this.kb = new Semaphore(totalKb, true);
    }

    /** Waits until a document of {@code inputBytes} fits; returns the share it holds, for {@link #release}. */
    int acquire(long inputBytes) throws InterruptedException {
        int share = share(inputBytes);
        kb.acquire(share);
        return share;
    }

    void release(int share) {
        kb.release(share);
    }

    /** A document's share: its size rounded up to a kilobyte, at most the whole budget. */
    int share(long inputBytes) {
        return (int) Math.min(totalKb, Math.max(1, (inputBytes + 1023) / 1024));
    }
}
