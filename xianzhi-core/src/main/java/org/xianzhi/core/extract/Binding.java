package org.xianzhi.core.extract;

import java.math.BigDecimal;

import org.xianzhi.core.fact.BaseUnits;
import org.xianzhi.core.fact.Fact;
import org.xianzhi.core.fact.Measure;
import org.xianzhi.core.fact.Status;
import org.xianzhi.core.ingest.SourceDocument;
import org.xianzhi.core.quantity.Approximation;
import org.xianzhi.core.quantity.Quantity;
import org.xianzhi.core.region.Region;
import org.xianzhi.core.segment.Sentence;
import org.xianzhi.core.text.MappedText;
import org.xianzhi.core.text.Span;

/**
 * A figure bound to an indicator, still in clean-text offsets: {@code [evidenceStart, evidenceEnd)} runs from the
 * indicator's mention (or the figure, when the indicator was named in an earlier clause) to the end of the figure.
 */
record Binding(Region region, String indicator, Measure measure, Status status, Period period, BigDecimal value,
               String unit, String asWritten, Approximation qualifier, String scope, int evidenceStart,
               int evidenceEnd) {

    /** The fact, with its evidence and sentence mapped back into the original text. */
    Fact toFact(SourceDocument document, MappedText clean, Sentence sentence) {
        Span evidence = clean.toOriginal(evidenceStart, evidenceEnd);
        Span said = clean.toOriginal(sentence.start(), sentence.end());
        String original = clean.original();
        return new Fact(document.id(), document.file(), region == null ? "" : region.name(),
                region == null ? null : region.code(), indicator, measure, status, period.toString(), value, unit,
                asWritten, qualifier, scope, original.substring(said.start(), said.end()), evidence.start(),
                evidence.end());
    }

    /** What makes two bindings the same fact, so that a figure repeated later in a document is reported once. */
    Identity identity() {
        BaseUnits.Amount base = BaseUnits.toBase(value, unit);
        return new Identity(region == null ? "" : region.code(), indicator, measure, status, period,
                Quantity.plain(base.value()), base.unit());
    }

    /** A fact's identity: its key fields and its figure in the base unit, written plainly so that equal means same. */
    record Identity(String regionCode, String indicator, Measure measure, Status status, Period period,
                    BigDecimal baseValue, String baseUnit) {
    }
}
