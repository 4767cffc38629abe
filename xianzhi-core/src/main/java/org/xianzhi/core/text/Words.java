package org.xianzhi.core.text;

/**
 * Looking for the words of a word list in text, the way the scanners and rules do it: by plain character comparison,
 * without allocating, and never out of range.
 */
public final class Words {
    private Words() {
    }

    /** Whether {@code word} stands in {@code text} at {@code at}; false when it would reach outside the text. */
    public static boolean startsWith(CharSequence text, int at, String word) {
        if (at < 0 || at + word.length() > text.length()) {
            return false;
        }
        for (int k = 0; k < word.length(); k++) {
            if (text.charAt(at + k) != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** Whether any of {@code words} occurs anywhere in {@code text}. */
    public static boolean containsAny(String text, String[] words) {
        for (String word : words) {
            if (text.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** Where {@code word} first starts in {@code text} at or after {@code from} and before {@code to}; -1 if nowhere. */
    public static int indexOf(CharSequence text, String word, int from, int to) {
        int last = Math.min(to, text.length() - word.length() + 1);
        for (int at = Math.max(0, from); at < last; at++) {
            if (startsWith(text, at, word)) {
                return at;
            }
        }
        return -1;
    }

    /** Where {@code word} last starts in {@code text} at or before {@code from} and at or after {@code floor}; -1 if nowhere. */
    public static int lastIndexOf(CharSequence text, String word, int from, int floor) {
        for (int at = Math.min(from, text.length() - word.length()); at >= Math.max(0, floor); at--) {
            if (startsWith(text, at, word)) {
                return at;
            }
        }
        return -1;
    }
}
