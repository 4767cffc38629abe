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

    /** C0 and C1 controls other than the ones text uses for layout (tab, line feed, form feed, carriage return). */
    private static boolean isControl(char c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\f' && c != '\r' && c != 0x0B)
                || (c >= 0x7F && c <= 0x9F);
    }
}
