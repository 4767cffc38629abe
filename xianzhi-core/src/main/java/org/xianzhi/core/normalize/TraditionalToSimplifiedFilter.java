package org.xianzhi.core.normalize;

import org.xianzhi.core.text.Rewrite;
import org.xianzhi.core.text.RewriteBuilder;
import org.xianzhi.core.text.TextFilter;

/**
 * Converts Traditional to Simplified Chinese phrase by phrase ({@code 發展} → {@code 发展}, {@code 乾隆} stays,
 * {@code 標志著} → {@code 标志着}, {@code 慰藉} stays, {@code 藉口} → {@code 借口}), with OpenCC's current tables, Taiwan
 * and Hong Kong variants included, corrected by ours (see {@link SimplificationDictionary}).
 *
 * <p>Why not opencc4j's own API: it segments words first, is several times slower (see {@code xianzhi bench t2s}),
 * and its dictionaries are years behind OpenCC's. A single longest-match scan over the tables is fast. Almost every conversion keeps the length, so offsets
 * map character for character; the rare Traditional character whose Simplified form lies outside the BMP maps its two
 * UTF-16 units to the one it came from.
 */
public final class TraditionalToSimplifiedFilter implements TextFilter {
    private final SimplificationDictionary dictionary;

    /** The filter over the standard tables (loaded once, shared). */
    public TraditionalToSimplifiedFilter() {
        this(SimplificationDictionary.standard());
    }

    TraditionalToSimplifiedFilter(SimplificationDictionary dictionary) {
        this.dictionary = dictionary;
    }

    @Override
    public String name() {
        return "t2s";
    }

    @Override
    public Rewrite apply(String input) {
        RewriteBuilder out = null;
        int kept = 0;
        int i = 0;
        while (i < input.length()) {
            if (!dictionary.mayStartWith(input.charAt(i))) {
                i++;
                continue;
            }
            SimplificationDictionary.Match match = dictionary.longestAt(input, i);
            if (match == null) {
                i++;
                continue;
            }
            String simplified = match.simplified();
            boolean same = simplified.length() == match.end() - i && input.startsWith(simplified, i);
            if (!same) {
                if (out == null) {
                    out = new RewriteBuilder(input);
                }
                out.keep(kept, i).replace(i, match.end(), simplified);
                kept = match.end();
            }
            i = match.end();
        }
        if (out == null) {
            return Rewrite.unchanged(input);
        }
        return out.keep(kept, input.length()).build();
    }
}
