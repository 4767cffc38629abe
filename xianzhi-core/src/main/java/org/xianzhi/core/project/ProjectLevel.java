package org.xianzhi.core.project;

import java.util.Locale;

/** Whose list of key projects a project is on (国家/省/市/县重点项目). */
public enum ProjectLevel {
    NATIONAL, PROVINCIAL, CITY, COUNTY;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ProjectLevel ofLabel(String label) {
        return valueOf(label.toUpperCase(Locale.ROOT));
    }
}
