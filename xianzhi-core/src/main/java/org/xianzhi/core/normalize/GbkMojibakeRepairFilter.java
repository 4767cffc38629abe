package org.xianzhi.core.normalize;

import java.util.List;

import org.xianzhi.core.normalize.gbk.GbkRepair;
import org.xianzhi.core.normalize.gbk.LostByteRepair;
import org.xianzhi.core.text.Rewrite;
import org.xianzhi.core.text.RewriteBuilder;
import org.xianzhi.core.text.TextFilter;

/**
 * Repairs runs of GBK text decoded after a lost byte, such as {@code ??諝馕廴疚餄舛戎笜?biāo)} for
 * {@code 。空氣污染物濃度指標(biāo)} (see {@link LostByteRepair} for how). Each repaired run maps to the whole damaged run.
 * A pinyin gloss whose parenthesis the damage swallowed gets it back, for the pinyin-gloss filter to remove. Text
 * without a {@code ?}, {@code !}, U+FFFD or private-use character costs one scan.
 */
public final class GbkMojibakeRepairFilter implements TextFilter {
    private final LostByteRepair repair = new LostByteRepair();

    @Override
    public String name() {
        return "gbk-repair";
    }

    @Override
    public Rewrite apply(String input) {
        if (!repair.mayBeDamaged(input)) {
            return Rewrite.unchanged(input);
        }
        List<GbkRepair> repairs = repair.find(input);
        if (repairs.isEmpty()) {
            return Rewrite.unchanged(input);
        }
        RewriteBuilder out = new RewriteBuilder(input);
        for (GbkRepair run : repairs) {
            out.keep(out.consumed(), run.start());
            out.replace(run.start(), run.end(), run.replacement());
        }
        out.keep(out.consumed(), input.length());
        return out.build();
    }
}
