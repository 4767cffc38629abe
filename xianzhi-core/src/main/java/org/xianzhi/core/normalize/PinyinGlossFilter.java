package org.xianzhi.core.normalize;

import java.util.List;

import org.xianzhi.core.normalize.pinyin.PinyinGloss;
import org.xianzhi.core.normalize.pinyin.PinyinReadings;
import org.xianzhi.core.text.Rewrite;
import org.xianzhi.core.text.RewriteBuilder;
import org.xianzhi.core.text.TextFilter;

/**
 * Removes pinyin glosses that converters write after characters, as in {@code 發(fā)展} or {@code 銜接(xián jiē)}.
 * A parenthesis goes only when every syllable in it is a reading of the character it follows (the n syllables of a
 * gloss name the n characters before it), so {@code (一)}, {@code (2023)}, {@code (GDP)} or {@code (北京)} stay.
 * Runs on Traditional text (before t2s); pinyin4j has readings for both scripts.
 */
public final class PinyinGlossFilter implements TextFilter {
    private final PinyinReadings readings = PinyinReadings.shared();

    @Override
    public String name() {
        return "pinyin-gloss";
    }

    @Override
    public Rewrite apply(String input) {
        int open = nextOpening(input, 1);
        if (open < 0) {
            return Rewrite.unchanged(input);
        }
        RewriteBuilder out = new RewriteBuilder(input);
        while (open >= 0) {
            PinyinGloss gloss = PinyinGloss.at(input, open);
            if (gloss != null && readsPrecedingCharacters(input, gloss)) {
                out.keep(out.consumed(), gloss.start());
                out.skip(gloss.start(), gloss.end());
                open = nextOpening(input, gloss.end());
            } else {
                open = nextOpening(input, open + 1);
            }
        }
        out.keep(out.consumed(), input.length());
        return out.build();
    }

    private boolean readsPrecedingCharacters(String input, PinyinGloss gloss) {
        List<String> syllables = gloss.syllables();
        int first = gloss.start() - syllables.size();
        if (first < 0) {
            return false;
        }
        for (int i = 0; i < syllables.size(); i++) {
            if (!readings.isReading(input.charAt(first + i), syllables.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** The next opening parenthesis at or after {@code from}; never at 0, since a gloss follows what it reads. */
    private static int nextOpening(String input, int from) {
        for (int i = Math.max(from, 1); i < input.length(); i++) {
            char c = input.charAt(i);
            if (c == '(' || c == '（') {
                return i;
            }
        }
        return -1;
    }
}
