package org.xianzhi.core.normalize;

import org.xianzhi.core.text.Rewrite;
import org.xianzhi.core.text.TextFilter;

/** Repairs runs of GBK text decoded after a lost byte. (placeholder: passes text through until implemented). */
public final class GbkMojibakeRepairFilter implements TextFilter {

    @Override
    public String name() {
        return "gbk-repair";
    }

    @Override
    public Rewrite apply(String input) {
        return Rewrite.unchanged(input);
    }
}
