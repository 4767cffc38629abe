package org.xianzhi.core.normalize.gbk;

import java.util.HashMap;
import java.util.Map;

/**
 * The model's log-probabilities between one character and every character of a candidate list, kept for the search
 * over one text. The search tries every run around a mark, and marks close together share runs: the runs that end at
 * the same place end with the same pair of the same character and list, whatever their start. So the rows of the
 * lists shared by all searches (every character with a given lead or trail byte) are computed once per text; rows of
 * other lists (narrowed by a reading) are computed each time. The values are the model's own, so the search decides
 * exactly as without the rows. Not thread-safe: one per search.
 */
final class BigramRows {
    private final CharBigramModel model;
    private final Map<char[], Integer> sharedLists;
    private final Map<Long, double[]> rows = new HashMap<>();

    /** @param sharedLists the lists worth keeping rows for, by identity, each with its own number */
    BigramRows(CharBigramModel model, Map<char[], Integer> sharedLists) {
        this.model = model;
        this.sharedLists = sharedLists;
    }

    /** The log-probability of each character of {@code list} right after {@code prev}. Do not modify it. */
    double[] after(char prev, char[] list) {
        return row(list, prev, true);
    }

    /** The log-probability of {@code next} right after each character of {@code list}. Do not modify it. */
    double[] before(char[] list, char next) {
        return row(list, next, false);
    }

    private double[] row(char[] list, char other, boolean listFollows) {
        Integer id = sharedLists.get(list);
        if (id == null) {
            return compute(list, other, listFollows);
        }
        long key = ((long) id << 17) | (listFollows ? 1L << 16 : 0) | other;
        double[] row = rows.get(key);
        if (row == null) {
            row = compute(list, other, listFollows);
            rows.put(key, row);
        }
        return row;
    }

    private double[] compute(char[] list, char other, boolean listFollows) {
        double[] row = new double[list.length];
        for (int i = 0; i < list.length; i++) {
            row[i] = listFollows ? model.logProb(other, list[i]) : model.logProb(list[i], other);
        }
        return row;
    }
}
