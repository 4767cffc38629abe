package org.xianzhi.core.normalize;

import org.xianzhi.core.text.Rewrite;
import org.xianzhi.core.text.TextFilter;

/** Folds full-width digits, Latin letters and safe punctuation to half-width. (placeholder: passes text through until implemented). */
public final class FullWidthFilter implements TextFilter {

    @Override
    public String name() {
        return "fullwidth";
    }

    @Override
    public Rewrite apply(String input) {
        return Rewrite.unchanged(input);
    }
}
