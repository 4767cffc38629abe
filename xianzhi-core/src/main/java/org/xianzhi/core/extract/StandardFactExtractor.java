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
import org.xianzhi.core.pipeline.TextReaders;
import org.xianzhi.core.pipeline.DocumentReading;
import org.xianzhi.core.pipeline.FactExtractor;
import org.xianzhi.core.quantity.Quantity;
import org.xianzhi.core.segment.DocumentTime;
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
    private final TextReaders readers;

    public StandardFactExtractor(IndicatorTaxonomy taxonomy, TextReaders readers) {
        this.taxonomy = taxonomy;
        this.readers = readers;
    }

    public static StandardFactExtractor standard() {
        return new StandardFactExtractor(IndicatorTaxonomy.standard(), TextReaders.standard());
    }

    /** The tools this extractor starts each document with, to share their tables. */
    public TextReaders readers() {
        return readers;
    }

    /** The facts of a document read on its own. */
    public List<Fact> extract(SourceDocument document, MappedText clean) {
        return extract(readers.read(document, clean));
    }

    @Override
    public List<Fact> extract(DocumentReading document) {
        Optional<DocumentTime> date = document.time();
        if (date.isEmpty()) {
            return List.of();
        }
        String text = document.text();
        List<IndicatorMention> mentions = taxonomy.find(text);
        TimeFrame time = new TimeFrame(date.get());
        SentenceBinder binder = new SentenceBinder(text, taxonomy, document.regions(), document.region(), time);
        List<Fact> facts = new ArrayList<>();
        Set<Binding.Identity> seen = new HashSet<>();
        int m = 0;
        for (Sentence sentence : document.sentences()) {
            while (m < mentions.size() && mentions.get(m).start() < sentence.start()) {
                m++;
            }
            int mEnd = m;
            while (mEnd < mentions.size() && mentions.get(mEnd).end() <= sentence.end()) {
                mEnd++;
            }
            List<Quantity> figures = document.figuresWithin(sentence.start(), sentence.end());
            for (Binding binding : binder.bind(sentence, mentions.subList(m, mEnd), figures)) {
                Fact fact = binding.toFact(document.document(), document.clean(), sentence);
                if (seen.add(binding.identity())) {
                    facts.add(fact);
                }
            }
        }
        return facts;
    }
}
