package org.xianzhi.core.project;

import java.util.Locale;

/** How a promise fared (PROJECTS.md, Tracking), with the warning colour supervision offices give it. */
public enum Verdict {
    /** Done by the deadline, as a later document reports. */
    KEPT("green"),
    /** Done, but reported after the deadline. */
    LATE("yellow"),
    /** The deadline passed and later documents of the region exist, but none reports it done. */
    OVERDUE("red"),
    /** The deadline has not passed, or no later document exists. */
    OPEN("grey");

    private final String colour;

    Verdict(String colour) {
        this.colour = colour;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String colour() {
        return colour;
    }

    /** How bad a verdict is, for the colour of a project with several promises: overdue is worst, open least. */
    int severity() {
        return switch (this) {
            case OVERDUE -> 3;
            case LATE -> 2;
            case KEPT -> 1;
            case OPEN -> 0;
        };
    }
}
