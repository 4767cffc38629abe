package org.xianzhi.core.normalize;

import org.xianzhi.core.text.Digits;
import org.xianzhi.core.text.Rewrite;
import org.xianzhi.core.text.RewriteBuilder;
import org.xianzhi.core.text.TextFilter;

/**
 * Folds full-width forms to their ASCII twins, one character for one, so that numbers parse ({@code ３．６８} →
 * {@code 3.68}, {@code １，１００} → {@code 1,100}) and texts that mix {@code ，} and {@code ,} become uniform.
 *
 * <p>What is folded: every character of the Fullwidth Forms block U+FF01–U+FF5E (digits, Latin letters, {@code ％},
 * {@code （）}, {@code ，：；！？}, {@code ～}, {@code ／}, quotes…) and the ideographic space U+3000 (to a space), except:
 * <ul>
 *   <li>{@code ．} only between two digits: elsewhere it is a full stop in some typesetting, and sentence splitting
 *       should still see it;</li>
 *   <li>{@code ＋} and {@code －} only next to a digit ({@code －１４．７％}, {@code ５＋５}): elsewhere they are
 *       dashes and bullets;</li>
 *   <li>{@code ＆} and {@code ＼} never: they would manufacture markup and escapes that no text meant.</li>
 * </ul>
 * Chinese punctuation outside that block ({@code 。、“”《》【】}) is left as it is: sentence splitting relies on it.
 */
public final class FullWidthFilter implements TextFilter {
    private static final char FIRST = '\uFF01';
    private static final char LAST = '\uFF5E';
    private static final int OFFSET = FIRST - '!';

    @Override
    public String name() {
        return "fullwidth";
    }

    @Override
    public Rewrite apply(String input) {
        RewriteBuilder out = null;
        int kept = 0;
        for (int i = 0; i < input.length(); i++) {
            char c = input.charAt(i);
            if (c != '\u3000' && (c < FIRST || c > LAST)) {
                continue;
            }
            char folded = fold(input, i, c);
            if (folded == c) {
                continue;
            }
            if (out == null) {
                out = new RewriteBuilder(input);
            }
            out.keep(kept, i).replace(i, i + 1, String.valueOf(folded));
            kept = i + 1;
        }
        if (out == null) {
            return Rewrite.unchanged(input);
        }
        return out.keep(kept, input.length()).build();
    }

    /** The half-width form of {@code c} at {@code i}, or {@code c} itself where folding would hurt. */
    private static char fold(String s, int i, char c) {
        switch (c) {
            case '\u3000':
                return ' ';
            case '．':
                return isDigitAt(s, i - 1) && isDigitAt(s, i + 1) ? '.' : c;
            case '＋':
            case '－':
                return isDigitAt(s, i - 1) || isDigitAt(s, i + 1) ? (char) (c - OFFSET) : c;
            case '＆':
            case '＼':
                return c;
            default:
                return (char) (c - OFFSET);
        }
    }

    /** A digit of either width; the decision must not change once the neighbours are folded. */
    private static boolean isDigitAt(String s, int i) {
        if (i < 0 || i >= s.length()) {
            return false;
        }
        return Digits.isEitherWidth(s.charAt(i));
    }
}
