package org.xianzhi.core.project;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A promise and its verdict: a target project event with a deadline, or a commitment, judged against the later
 * documents of its region.
 *
 * @param region   the region's name
 * @param what     the project's name, or the commitment's action
 * @param project  the tracked project's key, or null when the promise names none
 * @param stage    the stage promised, or null for a commitment about no project
 * @param deadline the last day promised
 * @param promised the sentence that promised: its document and provenance
 * @param source   where it was promised
 * @param verdict  how it fared
 * @param report   the later event that reported it done, or null
 */
public record Promise(String region, String what, String project, ProjectStage stage, LocalDate deadline,
                      DocumentMoment promised, Provenance source, Verdict verdict, ProjectMention report) {
    public Promise {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(what, "what");
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(promised, "promised");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(verdict, "verdict");
    }
}
