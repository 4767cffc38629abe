package org.xianzhi.core.project;

import java.util.Locale;

/** The three kinds of record PROJECTS.md defines, by their {@code kind} in JSON. */
public enum RecordKind {
    PROJECT, COMMITMENT, OFFICIAL;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static RecordKind ofLabel(String label) {
        return valueOf(label.toUpperCase(Locale.ROOT));
    }
}
