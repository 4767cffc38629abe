package org.xianzhi.core.normalize;

import org.xianzhi.core.text.Rewrite;
import org.xianzhi.core.text.TextFilter;

/** Turns HTML entities and escape sequences written out as text into the characters they stand for. (placeholder: passes text through until implemented). */
public final class EscapedMarkupFilter implements TextFilter {

    @Override
    public String name() {
        return "entities";
    }

    @Override
    public Rewrite apply(String input) {
        return Rewrite.unchanged(input);
    }
}
