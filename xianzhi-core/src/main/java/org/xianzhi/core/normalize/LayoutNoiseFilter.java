package org.xianzhi.core.normalize;

import org.xianzhi.core.text.Rewrite;
import org.xianzhi.core.text.TextFilter;

/** Removes OCR layout noise and page chrome. (placeholder: passes text through until implemented). */
public final class LayoutNoiseFilter implements TextFilter {

    @Override
    public String name() {
        return "layout";
    }

    @Override
    public Rewrite apply(String input) {
        return Rewrite.unchanged(input);
    }
}
