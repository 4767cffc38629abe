package org.xianzhi.app.ingest;

import java.util.Locale;

/**
 * Where an ingest's time went, in nanoseconds summed over threads: CPU time of the extraction threads reading files,
 * extracting (normalize, extract, profile) and analysing for search; and the one writer writing the store, in wall
 * time (the database also works on threads of its own, and waits for the disk) and in the writer thread's CPU time.
 */
public record StageTimes(long read, long extract, long index, long store, long storeCpu) {
    static final StageTimes ZERO = new StageTimes(0, 0, 0, 0, 0);

    StageTimes plus(StageTimes other) {
        return new StageTimes(read + other.read, extract + other.extract, index + other.index, store + other.store,
                storeCpu + other.storeCpu);
    }

    /**
     * Milliseconds per document of each stage:
     * {@code read 1.2, extract 40.1, index 20.3, store 5.0 (CPU 3.1) ms/doc}.
     */
    public String perDocument(int documents) {
        double n = Math.max(documents, 1) * 1e6;
        return String.format(Locale.ROOT, "read %.1f, extract %.1f, index %.1f, store %.1f (CPU %.1f) ms/doc",
                read / n, extract / n, index / n, store / n, storeCpu / n);
    }
}
