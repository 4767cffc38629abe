package org.xianzhi.core.normalize;

import org.jsoup.nodes.Entities;
import org.xianzhi.core.text.Rewrite;
import org.xianzhi.core.text.RewriteBuilder;
import org.xianzhi.core.text.TextFilter;

/**
 * Turns HTML character references and backslash escapes that were written out as text back into the characters they
 * stand for: {@code &nbsp;} {@code &ldquo;} {@code &#12290;} {@code &#x3002;} and every other name jsoup knows, and the
 * literal sequences {@code \r\n} {@code \n} {@code \r} {@code \t} {@code \}{@code uXXXX}.
 *
 * <p>Choices: non-breaking and other typographic spaces become a plain space; {@code \r\n}, {@code \r} and {@code \n}
 * become one line break; double escaping ({@code &amp;nbsp;}) is undone in one go. Unknown names ({@code &foo;}) are
 * left alone. A reference is also left alone when it stands for an ASCII letter, digit, {@code #}, {@code ;} or a
 * backslash: such characters are never escaped in real text, and decoding them could assemble a new reference or escape
 * with their neighbours, so that a second run would change the text again.
 */
public final class EscapedMarkupFilter implements TextFilter {
    /** Longest entity name jsoup knows is 31 characters ({@code CounterClockwiseContourIntegral}). */
    private static final int MAX_NAME = 32;

    @Override
    public String name() {
        return "entities";
    }

    @Override
    public Rewrite apply(String input) {
        int first = nextCandidate(input, 0);
        if (first < 0) {
            return Rewrite.unchanged(input);
        }
        RewriteBuilder out = new RewriteBuilder(input);
        int kept = 0;
        for (int i = first; i >= 0; i = nextCandidate(input, i)) {
            Decoded decoded = input.charAt(i) == '&' ? reference(input, i) : escape(input, i);
            if (decoded == null || assemblesReference(input, decoded)) {
                i++;
                continue;
            }
            out.keep(kept, i).replace(i, decoded.end(), decoded.text());
            kept = decoded.end();
            i = kept;
        }
        out.keep(kept, input.length());
        return out.build();
    }

    /** An ampersand decoded from an escape must not start a reference with the text after it. */
    private static boolean assemblesReference(String s, Decoded decoded) {
        return decoded.text().equals("&") && referenceBody(s, decoded.end()) != null;
    }

    private static int nextCandidate(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '&' || c == '\\') {
                return i;
            }
        }
        return -1;
    }

    /** What replaces {@code [start, end)} of the input. */
    private record Decoded(int end, String text) {
    }

    /** Decodes {@code &...;} at {@code at}, following {@code &amp;} chains such as {@code &amp;amp;lt;}. */
    private static Decoded reference(String s, int at) {
        Decoded decoded = referenceBody(s, at + 1);
        while (decoded != null && decoded.text().equals("&")) {
            Decoded inner = referenceBody(s, decoded.end());
            if (inner == null) {
                break;
            }
            decoded = inner;
        }
        return decoded;
    }

    /** Decodes a reference body ({@code name;} or {@code #123;} or {@code #x7b;}) starting at {@code at}. */
    private static Decoded referenceBody(String s, int at) {
        if (at >= s.length()) {
            return null;
        }
        if (s.charAt(at) == '#') {
            return numeric(s, at + 1);
        }
        int end = at;
        while (end < s.length() && end - at < MAX_NAME && isAsciiAlphanumeric(s.charAt(end))) {
            end++;
        }
        if (end == at || end >= s.length() || s.charAt(end) != ';') {
            return null;
        }
        String value = Entities.getByName(s.substring(at, end));
        return value.isEmpty() ? null : decoded(end + 1, value);
    }

    private static Decoded numeric(String s, int at) {
        int radix = 10;
        int pos = at;
        if (pos < s.length() && (s.charAt(pos) == 'x' || s.charAt(pos) == 'X')) {
            radix = 16;
            pos++;
        }
        int digitsStart = pos;
        long value = 0;
        while (pos < s.length() && pos - digitsStart < 8 && Character.digit(s.charAt(pos), radix) >= 0
                && s.charAt(pos) < 128) {
            value = value * radix + Character.digit(s.charAt(pos), radix);
            pos++;
        }
        if (pos == digitsStart || pos >= s.length() || s.charAt(pos) != ';' || !isDecodable(value)) {
            return null;
        }
        return decoded(pos + 1, new String(Character.toChars((int) value)));
    }

    /** Decodes {@code \n}, {@code \r\n}, {@code \r}, {@code \t} or {@code \}{@code uXXXX} at {@code at}. */
    private static Decoded escape(String s, int at) {
        if (at + 1 >= s.length()) {
            return null;
        }
        switch (s.charAt(at + 1)) {
            case 'n':
                return new Decoded(at + 2, "\n");
            case 't':
                return new Decoded(at + 2, "\t");
            case 'r':
                return s.startsWith("\\n", at + 2) ? new Decoded(at + 4, "\n") : new Decoded(at + 2, "\n");
            case 'u':
                return unicodeEscape(s, at + 2);
            default:
                return null;
        }
    }

    private static Decoded unicodeEscape(String s, int at) {
        if (at + 4 > s.length()) {
            return null;
        }
        int value = 0;
        for (int i = at; i < at + 4; i++) {
            char c = s.charAt(i);
            int digit = c < 128 ? Character.digit(c, 16) : -1;
            if (digit < 0) {
                return null;
            }
            value = value * 16 + digit;
        }
        return isDecodable(value) ? decoded(at + 4, String.valueOf((char) value)) : null;
    }

    private static Decoded decoded(int end, String value) {
        if (value.length() == 1 && !isDecodable(value.charAt(0))) {
            return null;
        }
        return new Decoded(end, isSpace(value) ? " " : value);
    }

    private static boolean isDecodable(long codePoint) {
        if (codePoint <= 0 || codePoint > Character.MAX_CODE_POINT
                || (codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE)) {
            return false;
        }
        return codePoint == '&' || !(codePoint < 128 && (isAsciiAlphanumeric((char) codePoint)
                || codePoint == '#' || codePoint == ';' || codePoint == '\\'));
    }

    /** Non-breaking and typographic spaces: downstream only knows the plain space. */
    private static boolean isSpace(String value) {
        if (value.length() != 1) {
            return false;
        }
        char c = value.charAt(0);
        return c == '\u00A0' || (c >= '\u2000' && c <= '\u200A') || c == '\u202F' || c == '\u205F';
    }

    private static boolean isAsciiAlphanumeric(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
