package org.xianzhi.core.fact;

import java.util.Locale;

/** Whether a figure was reported as achieved or set as a goal. */
public enum Status {
    ACTUAL, TARGET;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Status ofLabel(String label) {
        return valueOf(label.toUpperCase(Locale.ROOT));
    }
}
