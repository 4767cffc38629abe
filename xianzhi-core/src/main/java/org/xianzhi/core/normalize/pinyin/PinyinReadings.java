package org.xianzhi.core.normalize.pinyin;

import net.sourceforge.pinyin4j.PinyinHelper;

/**
 * The readings of a Chinese character, without tones, as pinyin4j lists them ({@code 發 → fa}, {@code 綠 → lv}).
 * pinyin4j covers the whole CJK Unified block, so Traditional characters have readings too. Stateless and thread-safe:
 * pinyin4j loads its table once, behind its own holder.
 */
public final class PinyinReadings {
    private static final PinyinReadings SHARED = new PinyinReadings();

    private PinyinReadings() {
    }

    /** The one instance; it holds no state of its own. */
    public static PinyinReadings shared() {
        return SHARED;
    }

    /** Whether {@code toneless} (as {@link PinyinSyllables#toneless} writes it) is a reading of {@code c}. */
    public boolean isReading(char c, String toneless) {
        if (c < 0x3400 || Character.isSurrogate(c)) {
            return false;
        }
        String[] readings = lookUp(c);
        if (readings == null) {
            return false;
        }
        for (String reading : readings) {
            if (PinyinSyllables.toneless(reading).equals(toneless)) {
                return true;
            }
        }
        return false;
    }

    private static String[] lookUp(char c) {
        try {
            return PinyinHelper.toHanyuPinyinStringArray(c);
        } catch (RuntimeException e) {
            // pinyin4j has no reading for some code points and fails on a few malformed entries: no reading, then.
            return null;
        }
    }
}
