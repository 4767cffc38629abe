package org.xianzhi.core.project;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.xianzhi.core.fact.Status;

/**
 * What scoring compares of a record, gold or produced (PROJECTS.md, Scoring): the keys that must agree, the words
 * scored apart by character overlap, the deadline that must be equal, and the evidence span.
 *
 * @param file     the document's file name, to pool records by document
 * @param stage    for project events, else null
 * @param status   target or actual; commitments are targets, officials null
 * @param period   the year, 0 for officials
 * @param words    the project's name, the commitment's action or the official's name
 * @param deadline null when none
 * @param text     the sentence, to show misses
 */
public record ScoredRecord(String file, RecordKind kind, String region, ProjectStage stage, Status status, int period,
                           String words, LocalDate deadline, int start, int end, String text) {
    public ScoredRecord {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(words, "words");
    }

    /** All records of one document, in the order kinds are listed. */
    public static List<ScoredRecord> of(ProjectRecords records) {
        List<ScoredRecord> all = new ArrayList<>();
        for (ProjectEvent e : records.events()) {
            Provenance p = e.source();
            all.add(new ScoredRecord(p.file(), RecordKind.PROJECT, p.region(), e.stage(), e.status(), e.period(),
                    e.name(), e.deadline(), p.start(), p.end(), p.text()));
        }
        for (Commitment c : records.commitments()) {
            Provenance p = c.source();
            all.add(new ScoredRecord(p.file(), RecordKind.COMMITMENT, p.region(), null, Status.TARGET, c.period(),
                    c.action(), c.deadline(), p.start(), p.end(), p.text()));
        }
        for (Official o : records.officials()) {
            Provenance p = o.source();
            all.add(new ScoredRecord(p.file(), RecordKind.OFFICIAL, p.region(), null, null, 0, o.name(), null,
                    p.start(), p.end(), p.text()));
        }
        return all;
    }

    /** Whether the keys agree and the evidence overlaps: the rule for a match, before words are compared. */
    public boolean matches(ScoredRecord other) {
        return kind == other.kind && region.equals(other.region) && stage == other.stage && status == other.status
                && period == other.period && start < other.end && other.start < end;
    }

    /**
     * The same kind and stage with overlapping evidence, whatever region, status and period were read: tells the
     * reading of sentences apart from the reading of the document's region and year.
     */
    public boolean matchesLoosely(ScoredRecord other) {
        return kind == other.kind && stage == other.stage && start < other.end && other.start < end;
    }

    /** F1 of the characters two strings share (as multisets): 1 for equal strings, 0 for disjoint ones. */
    public static double characterF1(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        java.util.Map<Integer, Integer> counts = new java.util.HashMap<>();
        a.codePoints().forEach(c -> counts.merge(c, 1, Integer::sum));
        int common = 0;
        for (int c : b.codePoints().toArray()) {
            Integer n = counts.get(c);
            if (n != null && n > 0) {
                counts.put(c, n - 1);
                common++;
            }
        }
        if (common == 0) {
            return 0;
        }
        double p = (double) common / b.codePointCount(0, b.length());
        double r = (double) common / a.codePointCount(0, a.length());
        return 2 * p * r / (p + r);
    }
}
