package org.xianzhi.core.normalize;

import org.xianzhi.core.text.Rewrite;
import org.xianzhi.core.text.TextFilter;

/** Removes pinyin glosses written after a character, as in 發(fā)展. (placeholder: passes text through until implemented). */
public final class PinyinGlossFilter implements TextFilter {

    @Override
    public String name() {
        return "pinyin-gloss";
    }

    @Override
    public Rewrite apply(String input) {
        return Rewrite.unchanged(input);
    }
}
