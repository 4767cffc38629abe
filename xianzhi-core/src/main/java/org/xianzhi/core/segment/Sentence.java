package org.xianzhi.core.segment;

import java.util.List;

/**
 * A sentence of the normalized text, {@code [start, end)} without its final punctuation, split into clauses at
 * commas, semicolons and colons; the section it stands in.
 */
public record Sentence(int start, int end, List<Clause> clauses, Section section) {
    public Sentence {
        clauses = List.copyOf(clauses);
    }

    /** The clause holding position {@code at}, or the last clause if none does. */
    public Clause clauseAt(int at) {
        for (Clause clause : clauses) {
            if (at < clause.end()) {
                return clause;
            }
        }
        return clauses.get(clauses.size() - 1);
    }
}
