package org.xianzhi.app.ingest;

import java.time.Duration;
import java.util.List;

import org.xianzhi.core.fact.RejectedFact;

/**
 * The outcome of an ingest: the final tally, the files it could not take, the facts extraction refused (the documents
 * themselves were stored), the files that repeated another of the run byte for byte, and how long it ran.
 */
public record IngestReport(IngestTally tally, List<BadFile> badFiles, List<RejectedFact> rejectedFacts,
                           List<Duplicate> duplicates, Duration elapsed) {
    public IngestReport {
        badFiles = List.copyOf(badFiles);
        rejectedFacts = List.copyOf(rejectedFacts);
        duplicates = List.copyOf(duplicates);
    }

    /** Documents per second that went through the pipeline into the store (skipped ones excluded). */
    public double documentsPerSecond() {
        double seconds = Math.max(elapsed.toNanos() / 1e9, 1e-9);
        return (tally.stored() + tally.reextracted()) / seconds;
    }
}
