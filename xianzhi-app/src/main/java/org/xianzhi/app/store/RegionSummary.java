package org.xianzhi.app.store;

import java.util.Objects;

/**
 * A region the store has facts about.
 *
 * @param name      the region's full name
 * @param code      its 6-digit code, or null when the facts carry none
 * @param documents how many documents report facts about it
 * @param facts     how many facts are about it
 */
public record RegionSummary(String name, String code, int documents, long facts) {
    public RegionSummary {
        Objects.requireNonNull(name, "name");
    }

    /** How the region is named in links and queries: its code when known, else its name. */
    public String key() {
        return code != null ? code : name;
    }
}
