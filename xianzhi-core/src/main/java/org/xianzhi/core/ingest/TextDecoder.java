package org.xianzhi.core.ingest;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;

/**
 * Bytes of plain text (or HTML) to a string, finding the charset. In order: a byte-order mark (stripped); the charset
 * the document declares, if the bytes agree with it; UTF-8 if the bytes are UTF-8 (allowing a rare broken sequence);
 * GB18030 or Big5, whichever reads as Chinese; ICU's statistical guess for other legacy charsets; windows-1252.
 *
 * <p>ICU's {@link CharsetDetector} is not the first resort for Chinese: it needs a few hundred bytes to be reliable and
 * county documents often come in short pieces. Counting decoding errors and {@link CommonHanzi common characters} works
 * on ten characters, so ICU only speaks for bytes that are not Chinese in either legacy charset and long enough.
 */
final class TextDecoder {
    static final Charset GB18030 = Charset.forName("GB18030");
    static final Charset BIG5 = Charset.forName("Big5");
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** Below this many non-ASCII bytes ICU's statistics are noise. */
    static final int ICU_MIN_NON_ASCII_BYTES = 64;
    /** ICU reports confidence 0..100; below this its guess is no better than the windows-1252 fallback. */
    private static final int ICU_MIN_CONFIDENCE = 30;

    private TextDecoder() {
    }

    /**
     * Decodes {@code bytes}, preferring a BOM, then {@code declared} (e.g. an HTML meta charset) when the bytes are
     * valid in it, then detection. Never throws.
     */
    static DecodedText decode(byte[] bytes, Optional<Charset> declared) {
        Optional<DecodedText> marked = byByteOrderMark(bytes);
        if (marked.isPresent()) {
            return marked.get();
        }
        if (declared.isPresent()) {
            DecodedText asDeclared = DecodedText.decode(bytes, 0, declared.get());
            if (mostlyValid(asDeclared)) {
                return asDeclared;
            }
        }
        return detect(bytes);
    }

    /** A UTF-8 or UTF-16 byte-order mark decides the charset; the mark itself is not part of the text. */
    static Optional<DecodedText> byByteOrderMark(byte[] bytes) {
        if (FileSignature.startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return Optional.of(DecodedText.decode(bytes, 3, StandardCharsets.UTF_8));
        }
        if (FileSignature.startsWith(bytes, 0xFF, 0xFE)) {
            return Optional.of(DecodedText.decode(bytes, 2, StandardCharsets.UTF_16LE));
        }
        if (FileSignature.startsWith(bytes, 0xFE, 0xFF)) {
            return Optional.of(DecodedText.decode(bytes, 2, StandardCharsets.UTF_16BE));
        }
        return Optional.empty();
    }

    private static DecodedText detect(byte[] bytes) {
        int nonAsciiBytes = countNonAscii(bytes);
        DecodedText utf8 = DecodedText.decode(bytes, 0, StandardCharsets.UTF_8);
        if (nonAsciiBytes == 0 || (mostlyValid(utf8) && !hasC1Controls(utf8.text()))) {
            return utf8;
        }
        ChineseReading gb = ChineseReading.of(DecodedText.decode(bytes, 0, GB18030));
        ChineseReading big5 = ChineseReading.of(DecodedText.decode(bytes, 0, BIG5));
        // On a tie the mainland charset wins: it is what county governments publish in.
        ChineseReading chinese = big5.score() > gb.score() ? big5 : gb;
        if (chinese.plausible()) {
            return chinese.decoded();
        }
        if (nonAsciiBytes >= ICU_MIN_NON_ASCII_BYTES) {
            Optional<Charset> guessed = icuGuess(bytes);
            if (guessed.isPresent()) {
                return DecodedText.decode(bytes, 0, guessed.get());
            }
        }
        return DecodedText.decode(bytes, 0, WINDOWS_1252);
    }

    /**
     * At most one bad sequence per 50 good non-ASCII characters: a slightly damaged file in this charset (a truncated
     * last character, one corrupt byte) rather than a file in another charset, which fails far more often.
     */
    static boolean mostlyValid(DecodedText decoded) {
        if (decoded.errors() == 0) {
            return true;
        }
        String text = decoded.text();
        long good = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x80 && c != '\uFFFD') {
                good++;
            }
        }
        return decoded.errors() * 50L <= good;
    }

    /** Text never holds C1 controls; a few GBK characters can form valid UTF-8 that decodes to them. */
    private static boolean hasC1Controls(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x80 && c <= 0x9F) {
                return true;
            }
        }
        return false;
    }

    private static Optional<Charset> icuGuess(byte[] bytes) {
        try {
            CharsetMatch[] matches = new CharsetDetector().setText(bytes).detectAll();
            for (CharsetMatch match : matches) {
                if (match.getConfidence() >= ICU_MIN_CONFIDENCE && Charset.isSupported(match.getName())) {
                    return Optional.of(Charset.forName(match.getName()));
                }
            }
        } catch (RuntimeException e) {
            // An exotic name ICU knows and Java does not (e.g. IBM424_rtl): no usable guess, fall back.
        }
        return Optional.empty();
    }

    private static int countNonAscii(byte[] bytes) {
        int count = 0;
        for (byte b : bytes) {
            if (b < 0) {
                count++;
            }
        }
        return count;
    }

    /**
     * How Chinese a decoding reads: common characters count for it; kana, Greek, Cyrillic, box drawing and private-use
     * characters (where Big5 bytes land when read as GBK) and decoding errors count against it.
     */
    record ChineseReading(DecodedText decoded, int hanzi, int common, int odd, int nonAscii) {

        static ChineseReading of(DecodedText decoded) {
            String text = decoded.text();
            int hanzi = 0;
            int common = 0;
            int odd = 0;
            int nonAscii = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c < 0x80 || c == '\uFFFD') {
                    continue;
                }
                nonAscii++;
                if (c >= 0x4E00 && c <= 0x9FFF) {
                    hanzi++;
                    if (CommonHanzi.contains(c)) {
                        common++;
                    }
                } else if (isOdd(c)) {
                    odd++;
                }
            }
            return new ChineseReading(decoded, hanzi, common, odd, nonAscii);
        }

        int score() {
            return 3 * common - 2 * odd - 4 * decoded.errors();
        }

        /**
         * Few errors, and — once there are enough characters to judge — at least one in ten common. Real text runs
         * above one in two; characters picked at random from either charset's table hit the list far less often.
         */
        boolean plausible() {
            boolean fewErrors = decoded.errors() * 20L <= Math.max(1, nonAscii);
            boolean readsAsChinese = hanzi < 8 || common * 10 >= hanzi;
            return fewErrors && readsAsChinese && common >= odd;
        }

        private static boolean isOdd(char c) {
            return (c >= 0x0370 && c <= 0x04FF)       // Greek, Cyrillic
                    || (c >= 0x2500 && c <= 0x257F)   // box drawing
                    || (c >= 0x3040 && c <= 0x312F)   // kana, bopomofo
                    || (c >= 0xE000 && c <= 0xF8FF)   // private use
                    || (c >= 0x80 && c <= 0x9F);      // C1 controls
        }
    }
}
