package org.xianzhi.core.project;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A promise with a deadline that is not a project stage (PROJECTS.md §2): {@code 6月底前完成全部整改}.
 *
 * @param action   what is promised, simplified, short
 * @param deadline the last day promised
 * @param period   the year it is due
 * @param subject  the project or thing it is about, or null
 * @param source   where it was read
 */
public record Commitment(String action, LocalDate deadline, int period, String subject, Provenance source) {
    public Commitment {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(source, "source");
    }
}
