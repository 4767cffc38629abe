package org.xianzhi.app.ingest;

/**
 * Where an ingest stands.
 *
 * @param total       documents to go through (files named, or stored documents to re-extract)
 * @param done        how many of them are finished, whatever became of them
 * @param stored      documents newly stored
 * @param reextracted stored documents whose facts were extracted again
 * @param skipped     documents already stored (or met twice in this run), left as they were
 * @param bad         files that could not be read or extracted
 * @param facts       facts written
 * @param times       where the thread time went so far
 */
public record IngestTally(int total, int done, int stored, int reextracted, int skipped, int bad, long facts,
                          StageTimes times) {
    static IngestTally start(int total) {
        return new IngestTally(total, 0, 0, 0, 0, 0, 0, StageTimes.ZERO);
    }

    IngestTally plus(int stored, int reextracted, int skipped, int bad, long facts, StageTimes times) {
        return new IngestTally(total, done + stored + reextracted + skipped + bad, this.stored + stored,
                this.reextracted + reextracted, this.skipped + skipped, this.bad + bad, this.facts + facts,
                this.times.plus(times));
    }
}
