package org.xianzhi.app.tracking;

import java.util.Objects;
import java.util.Optional;

import org.xianzhi.app.store.StoredFact;

/**
 * A target and the actual it was measured against. Both are stored facts, so each links to its document and the
 * evidence in it.
 *
 * @param target the target fact
 * @param actual the actual reported for the same region, indicator, measure and period; null when none is known yet
 * @param status the verdict
 */
public record TrackedTarget(StoredFact target, StoredFact actual, TargetStatus status) {
    public TrackedTarget {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(status, "status");
        if ((actual == null) != (status == TargetStatus.NO_ACTUAL)) {
            throw new IllegalArgumentException("a target has no actual exactly when its status is no_actual, but status is "
                    + status + " with actual " + actual);
        }
    }

    public Optional<StoredFact> actualFact() {
        return Optional.ofNullable(actual);
    }
}
