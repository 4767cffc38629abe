package org.xianzhi.core.normalize.pinyin;

/**
 * Spelling of pinyin syllables: which characters may appear in one, and the one form without tones that readings
 * are compared in. Tone marks ({@code ā}), tone numbers ({@code a1}), {@code ü}, pinyin4j's {@code u:} and the common
 * {@code v} all come down to plain lower-case letters with {@code v} for ü.
 */
public final class PinyinSyllables {
    private static final String MARKED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿêɑ";
    private static final String PLAIN = "aaaaeeeeiiiioooouuuuvvvvvnnnmea";

    private PinyinSyllables() {
    }

    /** Whether {@code c} can be a letter of a pinyin syllable (tone digits excluded). */
    public static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || MARKED.indexOf(c) >= 0;
    }

    /** {@code syllable} in lower case without tone marks or tone numbers, with {@code v} for ü. */
    public static String toneless(String syllable) {
        StringBuilder out = new StringBuilder(syllable.length());
        for (int i = 0; i < syllable.length(); i++) {
            char c = syllable.charAt(i);
            int marked = MARKED.indexOf(c);
            if (marked >= 0) {
                out.append(PLAIN.charAt(marked));
            } else if (c == ':' && out.length() > 0 && out.charAt(out.length() - 1) == 'u') {
                out.setCharAt(out.length() - 1, 'v');
            } else if (c >= 'A' && c <= 'Z') {
                out.append((char) (c + ('a' - 'A')));
            } else if (c < '0' || c > '9') {
                out.append(c);
            }
        }
        return out.toString();
    }
}
