package org.xianzhi.app.store;

import java.util.List;

import org.xianzhi.core.project.CommitmentMention;
import org.xianzhi.core.project.DocumentMoment;
import org.xianzhi.core.project.Official;
import org.xianzhi.core.project.ProjectMention;

/** The stored project records of a region (or all regions), each with the document that said it. */
public record StoredProjects(List<ProjectMention> events, List<CommitmentMention> commitments,
                             List<OfficialMention> officials) {
    public StoredProjects {
        events = List.copyOf(events);
        commitments = List.copyOf(commitments);
        officials = List.copyOf(officials);
    }

    /** An official as a document named them. */
    public record OfficialMention(Official official, DocumentMoment document) {
    }
}
