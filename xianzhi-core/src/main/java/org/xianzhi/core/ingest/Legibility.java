package org.xianzhi.core.ingest;

/**
 * Whether decoded text is something a person could read: not blank, and not binary junk that happened to decode.
 */
final class Legibility {
    /**
     * More than one control character in a hundred (beyond a couple that any converted document may carry, like a
     * stray BEL or a page's form feed) is not a damaged document but bytes that were never text.
     */
    private static final int MAX_CONTROLS_PER_HUNDRED = 1;
    private static final int TOLERATED_CONTROLS = 2;
    /** More than one replacement character in five: the bytes were not text in the charset they were read in. */
    private static final int MAX_REPLACEMENTS_PER_FIVE = 1;

    private Legibility() {
    }

    /** Nothing but white space, no-break spaces and byte-order marks. */
    static boolean isBlank(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && c != '\u00A0' && c != '\uFEFF' && c != '\u200B') {
                return false;
            }
        }
        return true;
    }

    /** Many control characters (NULs among them) or undecodable sequences: binary data, not a document. */
    static boolean isBinaryJunk(String text) {
        long controls = 0;
        long replacements = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\uFFFD') {
                replacements++;
            } else if (isControl(c)) {
                controls++;
            }
        }
        return controls - TOLERATED_CONTROLS > (long) text.length() * MAX_CONTROLS_PER_HUNDRED / 100
                || replacements * 5 > (long) text.length() * MAX_REPLACEMENTS_PER_FIVE;
    }

    /**
     * Whether no person would call the decoded characters text. Either more than a quarter of the visible characters
     * are ones running text in our charsets does not use — Latin-1 symbols and accented letters (where random bytes land
     * in windows-1252), other Latin, IPA, private-use and unassigned code points, replacement and control characters,
     * ASCII's rarer symbols ({@code #$*<=>@[]^_`{|}~}), Han extension A — or, of three or more Han characters, fewer
     * than one in five is a common one (random bytes read as GB18030 or Big5; real text runs above one in two). Damaged
     * real documents stay far below both: their odd characters are a mojibake run here and there.
     */
    static boolean isImplausible(String text) {
        long visible = 0;
        long odd = 0;
        long hanzi = 0;
        long common = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0' || c == '\u3000') {
                continue;
            }
            visible++;
            if (c >= 0x4E00 && c <= 0x9FFF) {
                hanzi++;
                common += CommonHanzi.contains(c) ? 1 : 0;
            } else if (isOdd(c)) {
                odd++;
            }
        }
        return odd * 100 > visible * MAX_ODD_PERCENT || (hanzi >= 3 && common * 100 < hanzi * MIN_COMMON_HANZI_PERCENT);
    }

    /** More odd characters than this share of the visible ones is not text. */
    private static final int MAX_ODD_PERCENT = 25;
    /** Fewer common characters than this share of the Han ones is not Chinese. */
    private static final int MIN_COMMON_HANZI_PERCENT = 20;
    private static final String RARE_ASCII_SYMBOLS = "#$*<=>@[\\]^_`{|}~";

    private static boolean isOdd(char c) {
        if (c < 0x80) {
            return isControl(c) || RARE_ASCII_SYMBOLS.indexOf(c) >= 0;
        }
        return (c <= 0x02FF && c != '\u00B7' && c != '\u00D7' && c != '\u00B0')  // Latin-1 and Latin extended, but ·, ×, °
                || (c >= 0x3400 && c <= 0x4DBF)                                   // Han extension A
                || (c >= 0xE000 && c <= 0xF8FF) || c >= 0xFFF0
                || Character.getType(c) == Character.UNASSIGNED;
    }

    /** C0 and C1 controls other than the ones text uses for layout (tab, line feed, form feed, carriage return). */
    private static boolean isControl(char c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\f' && c != '\r' && c != 0x0B)
                || (c >= 0x7F && c <= 0x9F);
    }
}
