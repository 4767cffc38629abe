package org.xianzhi.app.ingest;

/** Told how an ingest advances; called from the writing thread only. */
public interface IngestProgress {
    void started(IngestTally tally);

    void advanced(IngestTally tally);

    void finished(IngestTally tally);

    /** Progress nobody watches. */
    static IngestProgress silent() {
        return new IngestProgress() {
            @Override
            public void started(IngestTally tally) {
            }

            @Override
            public void advanced(IngestTally tally) {
            }

            @Override
            public void finished(IngestTally tally) {
            }
        };
    }
}
