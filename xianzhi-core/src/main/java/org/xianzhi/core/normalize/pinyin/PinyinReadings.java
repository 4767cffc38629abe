package org.xianzhi.core.normalize.pinyin;

import java.util.concurrent.atomic.AtomicReferenceArray;

import net.sourceforge.pinyin4j.PinyinHelper;

/**
 * The readings of a Chinese character, without tones, as pinyin4j lists them ({@code 發 → fa}, {@code 綠 → lv}).
 * pinyin4j covers the whole CJK Unified block, so Traditional characters have readings too. Thread-safe: pinyin4j loads its
 * table once, behind its own holder, and the readings asked for are kept in an atomic array.
 */
public final class PinyinReadings {
    private static final PinyinReadings SHARED = new PinyinReadings();
    private static final String[] NONE = {};

    /** Toneless readings per character, filled as asked: the GBK repair asks about the same few hundred often. */
    private final AtomicReferenceArray<String[]> toneless = new AtomicReferenceArray<>(1 << 16);

    private PinyinReadings() {
    }

    /** The one instance; it holds no state of its own. */
    public static PinyinReadings shared() {
        return SHARED;
    }

    /** Whether {@code syllable} (as {@link PinyinSyllables#toneless} writes it) is a reading of {@code c}. */
    public boolean isReading(char c, String syllable) {
        if (c < 0x3400 || Character.isSurrogate(c)) {
            return false;
        }
        String[] known = toneless.get(c);
        if (known == null) {
            known = tonelessReadings(c);
            toneless.set(c, known);
        }
        for (String reading : known) {
            if (reading.equals(syllable)) {
                return true;
            }
        }
        return false;
    }

    private static String[] tonelessReadings(char c) {
        String[] readings = lookUp(c);
        if (readings == null) {
            return NONE;
        }
        String[] out = new String[readings.length];
        for (int i = 0; i < readings.length; i++) {
            out[i] = PinyinSyllables.toneless(readings[i]);
        }
        return out;
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
