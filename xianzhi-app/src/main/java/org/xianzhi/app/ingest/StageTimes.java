package org.xianzhi.app.ingest;

import java.util.Locale;

/**
 * Where an ingest's time went, in nanoseconds summed over threads: CPU time of the extraction threads reading files,
 * extracting (normalize, extract, profile) and analysing for search, and the wall time of the one writer writing the
 * store (the database works on threads of its own, so the writer's CPU time would hide it).
 */
public record StageTimes(long read, long extract, long index, long store) {
    static final StageTimes ZERO = new StageTimes(0, 0, 0, 0);

    StageTimes plus(StageTimes other) {
        return new StageTimes(read + other.read, extract + other.extract, index + other.index, store + other.store);
    }

    /** Milliseconds per document of each stage: {@code read 1.2, extract 40.1, index 20.3, store 5.0 ms/doc}. */
    public String perDocument(int documents) {
        double n = Math.max(documents, 1) * 1e6;
        return String.format(Locale.ROOT, "read %.1f, extract %.1f, index %.1f, store %.1f ms/doc",
                read / n, extract / n, index / n, store / n);
    }
}
