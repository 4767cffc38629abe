package org.xianzhi.core.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.xianzhi.core.fact.Fact;
import org.xianzhi.core.indicator.IndicatorMention;
import org.xianzhi.core.indicator.IndicatorTaxonomy;
import org.xianzhi.core.ingest.SourceDocument;
import org.xianzhi.core.pipeline.FactExtractor;
import org.xianzhi.core.quantity.ChineseQuantityParser;
import org.xianzhi.core.quantity.Quantity;
import org.xianzhi.core.region.Region;
import org.xianzhi.core.region.RegionResolver;
import org.xianzhi.core.segment.DocumentTime;
import org.xianzhi.core.segment.DocumentDating;
import org.xianzhi.core.segment.Segmenter;
import org.xianzhi.core.segment.Sentence;
import org.xianzhi.core.text.MappedText;

/**
 * The extractor of FACTS.md: finds indicator mentions and quantities in the clean text, splits it into sentences,
 * binds figures to indicators sentence by sentence ({@link SentenceBinder}), and reports each fact with offsets into
 * the original text. A document whose date cannot be found gives no facts: without it no period can be given.
 * Immutable and thread-safe.
 */
public final class StandardFactExtractor implements FactExtractor {
    private final IndicatorTaxonomy taxonomy;
    private final RegionResolver regions;
    private final ChineseQuantityParser quantities = new ChineseQuantityParser();
    private final Segmenter segmenter = new Segmenter();
    private final DocumentDating dating = new DocumentDating();

    public StandardFactExtractor(IndicatorTaxonomy taxonomy, RegionResolver regions) {
        this.taxonomy = taxonomy;
        this.regions = regions;
    }

    public static StandardFactExtractor standard() {
        return new StandardFactExtractor(IndicatorTaxonomy.standard(), RegionResolver.standard());
    }

    /** The region resolver this extractor reads regions with, to share its tables. */
    public RegionResolver regions() {
        return regions;
    }

    @Override
    public List<Fact> extract(SourceDocument document, MappedText clean) {
        String text = clean.text();
        Optional<DocumentTime> date = dating.time(text);
        if (date.isEmpty()) {
            return List.of();
        }
        RegionResolver.DocumentRegions places = regions.read(text);
        Region region = places.region().orElse(null);
        List<IndicatorMention> mentions = taxonomy.find(text);
        List<Quantity> figures = quantities.figures(text);
        TimeFrame time = new TimeFrame(date.get());
        SentenceBinder binder = new SentenceBinder(text, taxonomy, places, region, time);
        List<Fact> facts = new ArrayList<>();
        Set<Binding.Identity> seen = new HashSet<>();
        int m = 0;
        int q = 0;
        for (Sentence sentence : segmenter.split(text)) {
            while (m < mentions.size() && mentions.get(m).start() < sentence.start()) {
                m++;
            }
            while (q < figures.size() && figures.get(q).start() < sentence.start()) {
                q++;
            }
            int mEnd = m;
            while (mEnd < mentions.size() && mentions.get(mEnd).end() <= sentence.end()) {
                mEnd++;
            }
            int qEnd = q;
            while (qEnd < figures.size() && figures.get(qEnd).end() <= sentence.end()) {
                qEnd++;
            }
            for (Binding binding : binder.bind(sentence, mentions.subList(m, mEnd), figures.subList(q, qEnd))) {
                Fact fact = binding.toFact(document, clean, sentence);
                if (seen.add(binding.identity())) {
                    facts.add(fact);
                }
            }
        }
        return facts;
    }
}
