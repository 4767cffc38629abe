package org.xianzhi.app.quality;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.xianzhi.app.store.StoredFact;

/** The flags of an audit, looked up by fact. Immutable. */
public final class QualityReport {
    public static final QualityReport EMPTY = new QualityReport(List.of());

    private final List<QualityFlag> flags;
    private final Map<FactRef, List<QualityFlag>> byFact;

    public QualityReport(List<QualityFlag> flags) {
        this.flags = List.copyOf(flags);
        this.byFact = this.flags.stream().collect(Collectors.groupingBy(QualityFlag::fact, LinkedHashMap::new,
                Collectors.collectingAndThen(Collectors.toList(), List::copyOf)));
    }

    /** Every flag, in the order the checks raised them. */
    public List<QualityFlag> flags() {
        return flags;
    }

    /** How many facts have at least one flag. */
    public int flaggedFacts() {
        return byFact.size();
    }

    /** The flags of one fact; empty when nothing is doubted. */
    public List<QualityFlag> of(StoredFact f) {
        return byFact.getOrDefault(FactRef.of(f), List.of());
    }

    /** A fact's reasons in one line ({@code ; } between them), empty when nothing is doubted: the exports' column. */
    public String reasons(StoredFact f) {
        return of(f).stream().map(QualityFlag::reason).collect(Collectors.joining("; "));
    }

    public boolean flagged(StoredFact f) {
        return byFact.containsKey(FactRef.of(f));
    }

    /** The facts without a flag. */
    public List<StoredFact> unflagged(List<StoredFact> facts) {
        return facts.stream().filter(f -> !flagged(f)).toList();
    }
}
