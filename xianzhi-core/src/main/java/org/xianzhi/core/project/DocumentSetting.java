package org.xianzhi.core.project;

import java.util.Optional;

import org.xianzhi.core.extract.SpeakerTurn;
import org.xianzhi.core.extract.TimeFrame;
import org.xianzhi.core.pipeline.DocumentReading;
import org.xianzhi.core.region.Region;
import org.xianzhi.core.segment.DocumentDate;

/**
 * The region and time a document speaks of, read as the fact extractor reads them. The one place this package reads
 * them, so that a better reading of a document's region, year and sections replaces it here alone.
 *
 * @param region the document's own region, or null when it names none clearly
 * @param date   the document's date
 * @param time   resolves the status and period of what a sentence says
 */
record DocumentSetting(Region region, DocumentDate date, TimeFrame time) {

    /** The setting of a document; empty when it has no date to speak from. */
    static Optional<DocumentSetting> of(DocumentReading document) {
        return document.time().map(time -> new DocumentSetting(document.region(), time.date(), new TimeFrame(time)));
    }

    /** Follows the period speakers' turns set ({@code 去年以来,…}); one per reading of the document. */
    SpeakerTurn turns(String text) {
        return new SpeakerTurn(text, time);
    }

    String regionName() {
        return region == null ? "" : region.name();
    }

    String regionCode() {
        return region == null ? null : region.code();
    }
}
