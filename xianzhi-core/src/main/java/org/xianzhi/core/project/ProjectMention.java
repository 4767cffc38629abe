package org.xianzhi.core.project;

import java.time.LocalDate;
import java.util.Objects;

import org.xianzhi.core.fact.Status;

/** A project event as one document of a region said it. */
public record ProjectMention(ProjectEvent event, DocumentMoment document) {
    public ProjectMention {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(document, "document");
    }

    /**
     * The day an actual event is dated by: the end of its year, since a report of year Y+1 reviewing Y speaks of all
     * of Y; or the document's own last day when it reports on its own year as it goes.
     */
    public LocalDate doneBy() {
        LocalDate yearEnd = LocalDate.of(event.period(), 12, 31);
        LocalDate said = document.latestDay();
        return said.isBefore(yearEnd) ? said : yearEnd;
    }

    public boolean isActual() {
        return event.status() == Status.ACTUAL;
    }
}
