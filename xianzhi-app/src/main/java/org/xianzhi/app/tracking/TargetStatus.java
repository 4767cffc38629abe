package org.xianzhi.app.tracking;

import java.util.Locale;

/** How a target fared, with the colour it is shown in. */
public enum TargetStatus {
    MET("green"), CLOSE("yellow"), MISSED("red"), NO_ACTUAL("grey");

    private final String colour;

    TargetStatus(String colour) {
        this.colour = colour;
    }

    public String colour() {
        return colour;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
