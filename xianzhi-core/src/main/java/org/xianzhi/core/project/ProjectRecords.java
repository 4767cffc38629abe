package org.xianzhi.core.project;

import java.util.List;

/** What one document says about projects, promises and officials. */
public record ProjectRecords(List<ProjectEvent> events, List<Commitment> commitments, List<Official> officials) {
    public ProjectRecords {
        events = List.copyOf(events);
        commitments = List.copyOf(commitments);
        officials = List.copyOf(officials);
    }

    public static ProjectRecords none() {
        return new ProjectRecords(List.of(), List.of(), List.of());
    }

    public int size() {
        return events.size() + commitments.size() + officials.size();
    }
}
