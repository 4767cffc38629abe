package org.xianzhi.core.normalize.pinyin;

import java.util.ArrayList;
import java.util.List;

/**
 * A pinyin gloss: {@code (fā)} in {@code 發(fā)展}, {@code (xián jiē)} in {@code 銜接(xián jiē)}, with tone marks, tone
 * numbers or none, in ASCII or full-width parentheses.
 *
 * @param start     where the gloss starts: its opening parenthesis, or its first letter when it has lost that
 * @param end       just after the closing parenthesis
 * @param syllables the syllables without tones ({@link PinyinSyllables#toneless}), in order
 */
public record PinyinGloss(int start, int end, List<String> syllables) {
    private static final int MAX_SYLLABLES = 4;
    private static final int MAX_SYLLABLE_LENGTH = 7;

    public PinyinGloss {
        syllables = List.copyOf(syllables);
    }

    /** The gloss opening at {@code open} (a {@code (} or {@code （}), or null when there is none. */
    public static PinyinGloss at(CharSequence text, int open) {
        if (open < 0 || open >= text.length() || !isOpening(text.charAt(open))) {
            return null;
        }
        PinyinGloss body = bodyAt(text, open + 1);
        return body == null ? null : new PinyinGloss(open, body.end, body.syllables);
    }

    /** The gloss whose letters start at {@code from} and run to a closing parenthesis, or null when there is none. */
    public static PinyinGloss bodyAt(CharSequence text, int from) {
        List<String> syllables = new ArrayList<>(1);
        StringBuilder syllable = new StringBuilder(MAX_SYLLABLE_LENGTH);
        int i = from;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (PinyinSyllables.isLetter(c) && syllable.length() < MAX_SYLLABLE_LENGTH) {
                syllable.append(c);
            } else if (c >= '1' && c <= '5' && syllable.length() > 0) {
                syllable.append(c);
                if (!endsSyllable(text, i + 1)) {
                    return null;
                }
            } else if ((c == ' ' || isClosing(c)) && syllable.length() > 0 && syllables.size() < MAX_SYLLABLES) {
                syllables.add(PinyinSyllables.toneless(syllable.toString()));
                syllable.setLength(0);
                if (isClosing(c)) {
                    return new PinyinGloss(from, i + 1, syllables);
                }
            } else {
                return null;
            }
            i++;
        }
        return null;
    }

    private static boolean endsSyllable(CharSequence text, int at) {
        return at < text.length() && (text.charAt(at) == ' ' || isClosing(text.charAt(at)));
    }

    private static boolean isOpening(char c) {
        return c == '(' || c == '（';
    }

    private static boolean isClosing(char c) {
        return c == ')' || c == '）';
    }
}
