package org.xianzhi.app.store;

import java.util.List;
import java.util.Objects;

import org.xianzhi.core.fact.Fact;
import org.xianzhi.core.project.ProjectRecords;

/**
 * A document with the facts and the project records extracted from it: what one write puts into the store, all or
 * nothing.
 */
public record ExtractedDocument(StoredDocument document, List<Fact> facts, ProjectRecords projects) {
    /** A document with facts only. */
    public ExtractedDocument(StoredDocument document, List<Fact> facts) {
        this(document, facts, ProjectRecords.none());
    }

    public ExtractedDocument {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(projects, "projects");
        facts = List.copyOf(facts);
        if (document.factCount() != facts.size()) {
            throw new IllegalArgumentException("document " + document.id() + " says " + document.factCount()
                    + " facts but comes with " + facts.size());
        }
    }
}
