package org.xianzhi.core.normalize.gbk;

import java.nio.charset.Charset;

/**
 * The double-byte half of GBK as two tables: character of a lead/trail byte pair, and pair of a character. Built once
 * from the JDK's GBK charset (the same decoder that made the mojibake), including its user-defined area, which the JDK
 * maps to private-use characters: those are valid to re-encode what a decoder produced, never a repair's output.
 */
final class GbkCodePage {
    static final int FIRST_LEAD = 0x81;
    static final int LAST_LEAD = 0xFE;
    static final int FIRST_TRAIL = 0x40;
    static final int LAST_TRAIL = 0xFE;
    /** The lead byte of GBK's full-width ASCII row: {@code ？} is A3 BF, {@code ！} is A3 A1. */
    static final int FULL_WIDTH_LEAD = 0xA3;

    private static final String PROSE_PUNCTUATION = "，。、；：？！“”‘’（）《》…—·％";

    private static final GbkCodePage SHARED = new GbkCodePage();

    private final char[] charOfPair = new char[1 << 16];
    private final int[] pairOfChar = new int[1 << 16];

    private GbkCodePage() {
        Charset gbk = Charset.forName("GBK");
        byte[] pair = new byte[2];
        for (int lead = FIRST_LEAD; lead <= LAST_LEAD; lead++) {
            for (int trail = FIRST_TRAIL; trail <= LAST_TRAIL; trail++) {
                if (trail == 0x7F) {
                    continue;
                }
                pair[0] = (byte) lead;
                pair[1] = (byte) trail;
                String decoded = new String(pair, gbk);
                if (decoded.length() == 1 && decoded.charAt(0) != '\uFFFD') {
                    char c = decoded.charAt(0);
                    charOfPair[lead << 8 | trail] = c;
                    if (pairOfChar[c] == 0) {
                        pairOfChar[c] = lead << 8 | trail;
                    }
                }
            }
        }
    }

    static GbkCodePage shared() {
        return SHARED;
    }

    /** The character of a double-byte pair, or 0 when GBK has none there. */
    char decode(int lead, int trail) {
        if (lead < FIRST_LEAD || lead > LAST_LEAD || trail < FIRST_TRAIL || trail > LAST_TRAIL) {
            return 0;
        }
        return charOfPair[lead << 8 | trail];
    }

    /** The pair {@code lead << 8 | trail} that encodes {@code c}, or 0 when {@code c} is not a double-byte character. */
    int encode(char c) {
        return pairOfChar[c];
    }

    /**
     * Whether {@code c} is text a repair may produce: a Han character or the punctuation of Chinese prose. The rest of
     * the double-byte range (kana, Greek, box drawing, the user-defined area) is what mojibake is made of.
     */
    static boolean isRepairOutput(char c) {
        return (c >= '\u4E00' && c <= '\u9FFF') || (c >= '\u3400' && c <= '\u4DBF') || PROSE_PUNCTUATION.indexOf(c) >= 0;
    }

    static boolean isPrivateUse(char c) {
        return c >= '\uE000' && c <= '\uF8FF';
    }
}
