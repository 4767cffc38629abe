package org.xianzhi.core.normalize;

import org.xianzhi.core.text.Rewrite;
import org.xianzhi.core.text.TextFilter;

/** Converts Traditional to Simplified Chinese, phrase by phrase. (placeholder: passes text through until implemented). */
public final class TraditionalToSimplifiedFilter implements TextFilter {

    @Override
    public String name() {
        return "t2s";
    }

    @Override
    public Rewrite apply(String input) {
        return Rewrite.unchanged(input);
    }
}
