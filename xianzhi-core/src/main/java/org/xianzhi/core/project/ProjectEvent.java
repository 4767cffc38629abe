package org.xianzhi.core.project;

import java.time.LocalDate;
import java.util.Objects;

import org.xianzhi.core.fact.Status;

/**
 * One thing a document says happened, or will happen, to one named project (PROJECTS.md §1).
 *
 * @param name       the project as named, simplified, without the verbs around it
 * @param stage      the stage reached or aimed at
 * @param status     actual (it happened) or target (planned, promised)
 * @param period     the year it happened or is due
 * @param deadline   for targets with a time, the last day promised; else null
 * @param investment the project's total investment when the sentence gives it, else null
 * @param level      whose key project it is when the text says so, else null
 * @param source     where it was read
 */
public record ProjectEvent(String name, ProjectStage stage, Status status, int period, LocalDate deadline,
                           Investment investment, ProjectLevel level, Provenance source) {
    public ProjectEvent {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(source, "source");
        if (name.isBlank()) {
            throw new IllegalArgumentException("project name is blank");
        }
    }
}
