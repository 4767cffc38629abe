package org.xianzhi.core.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;

/**
 * Bytes decoded in one charset, with the number of byte sequences that were not valid in it (each became U+FFFD).
 *
 * @param text    the decoded text
 * @param charset the charset used
 * @param errors  how many malformed or unmappable sequences were replaced
 */
record DecodedText(String text, Charset charset, int errors) {

    /** Decodes {@code bytes[offset..]} in {@code charset}, replacing and counting every bad sequence; never throws. */
    static DecodedText decode(byte[] bytes, int offset, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        // One char per byte is enough for every charset we use (surrogate pairs need 4 bytes); replacements consume a byte.
        CharBuffer out = CharBuffer.allocate(in.remaining() + 16);
        int errors = 0;
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isOverflow()) {
                out = grow(out);
            } else if (result.isError()) {
                errors++;
                if (!out.hasRemaining()) {
                    out = grow(out);
                }
                out.put('\uFFFD');
                in.position(in.position() + result.length());
            } else {
                break;
            }
        }
        while (decoder.flush(out).isOverflow()) {
            out = grow(out);
        }
        out.flip();
        return new DecodedText(out.toString(), charset, errors);
    }

    private static CharBuffer grow(CharBuffer out) {
        CharBuffer bigger = CharBuffer.allocate(out.capacity() * 2 + 16);
        out.flip();
        bigger.put(out);
        return bigger;
    }
}
