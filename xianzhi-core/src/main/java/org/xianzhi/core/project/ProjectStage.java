package org.xianzhi.core.project;

import java.util.Locale;

/** Where a project stands, in the order projects go through: a later stage implies the earlier ones. */
public enum ProjectStage {
    SIGNED, APPROVED, STARTED, BUILDING, COMPLETED, OPERATING;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ProjectStage ofLabel(String label) {
        return valueOf(label.toUpperCase(Locale.ROOT));
    }

    /** Whether reaching this stage fulfils a promise of {@code promised}. */
    public boolean fulfils(ProjectStage promised) {
        return compareTo(promised) >= 0;
    }
}
