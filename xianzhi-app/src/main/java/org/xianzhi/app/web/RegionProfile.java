package org.xianzhi.app.web;

import java.util.List;
import java.util.Objects;

import org.xianzhi.app.quality.QualityReport;
import org.xianzhi.app.store.DocumentSummary;
import org.xianzhi.app.store.StoredFact;
import org.xianzhi.app.tracking.TrackedTarget;

/**
 * Everything a region's page shows.
 *
 * @param name      the region's full name
 * @param code      its code, or null
 * @param series    every indicator and measure over the years, indicators in taxonomy order
 * @param facts     every fact about the region, in document and extraction order
 * @param targets   its targets with their verdicts
 * @param ranks     its rank facts
 * @param documents the documents about it, newest first
 * @param quality   the quality flags of all its facts (also of those a filter left out of the other fields)
 */
public record RegionProfile(String name, String code, List<IndicatorSeries> series, List<StoredFact> facts,
                            List<TrackedTarget> targets, List<StoredFact> ranks, List<DocumentSummary> documents,
                            QualityReport quality) {
    public RegionProfile {
        Objects.requireNonNull(name, "name");
        series = List.copyOf(series);
        facts = List.copyOf(facts);
        targets = List.copyOf(targets);
        ranks = List.copyOf(ranks);
        documents = List.copyOf(documents);
        Objects.requireNonNull(quality, "quality");
    }
}
