package org.xianzhi.core.fact;

import java.util.Locale;

/** How exactly a figure is stated: {@code 左右} is about, {@code 余} over, {@code 不到} under. */
public enum Qualifier {
    EXACT, ABOUT, OVER, UNDER;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Qualifier ofLabel(String label) {
        return valueOf(label.toUpperCase(Locale.ROOT));
    }
}
