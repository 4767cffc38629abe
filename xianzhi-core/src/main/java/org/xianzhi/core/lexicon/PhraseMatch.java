package org.xianzhi.core.lexicon;

import java.util.Objects;

/**
 * One phrase occurrence: the half-open span {@code [start, end)} of the text it was found in, the phrase as it was
 * registered (the text may differ in ASCII case) and the value registered with it.
 */
public record PhraseMatch<T>(int start, int end, String phrase, T value) {
    public PhraseMatch {
        Objects.requireNonNull(phrase, "phrase");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad match span [" + start + ", " + end + ")");
        }
    }
}
