package org.xianzhi.app.search;

import java.io.ByteArrayOutputStream;

import org.xianzhi.core.text.MappedText;
import org.xianzhi.core.text.Span;

/**
 * Where each character of a normalized text came from in the original, stored with the indexed text so that a passage
 * found in normalized text can be reported as a span of the original without normalizing again at search time.
 *
 * <p>Encoding: most characters map one-to-one onto the character after the previous one's span, so the map is stored
 * as runs of such characters, each run followed by one character that does not fit (its start relative to the
 * previous end and its length, zig-zag varints). A clean document is a single run: a few bytes.
 */
final class OriginalSpans {
    private final int[] starts;
    private final int[] ends;

    private OriginalSpans(int[] starts, int[] ends) {
        this.starts = starts;
        this.ends = ends;
    }

    static byte[] encode(MappedText text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int previousEnd = 0;
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            int start = text.originalStart(i);
            int end = text.originalEnd(i);
            if (start == previousEnd && end == start + 1) {
                run++;
            } else {
                writeVarint(out, run);
                writeVarint(out, zigZag(start - previousEnd));
                writeVarint(out, zigZag(end - start));
                run = 0;
            }
            previousEnd = end;
        }
        writeVarint(out, run);
        return out.toByteArray();
    }

    /**
     * The spans of a text of {@code length} characters from their encoding.
     *
     * @throws IllegalArgumentException when the bytes do not encode spans for that many characters
     */
    static OriginalSpans decode(byte[] bytes, int length) {
        int[] starts = new int[length];
        int[] ends = new int[length];
        int[] at = {0};
        int previousEnd = 0;
        int i = 0;
        while (true) {
            int run = readVarint(bytes, at);
            if (run > length - i) {
                throw new IllegalArgumentException("offset map longer than its text of " + length + " characters");
            }
            for (int k = 0; k < run; k++, i++) {
                starts[i] = previousEnd;
                ends[i] = previousEnd + 1;
                previousEnd++;
            }
            if (at[0] == bytes.length) {
                break;
            }
            if (i == length) {
                throw new IllegalArgumentException("offset map longer than its text of " + length + " characters");
            }
            starts[i] = previousEnd + unZigZag(readVarint(bytes, at));
            ends[i] = starts[i] + unZigZag(readVarint(bytes, at));
            previousEnd = ends[i];
            i++;
        }
        if (i != length) {
            throw new IllegalArgumentException("offset map covers " + i + " of " + length + " characters");
        }
        return new OriginalSpans(starts, ends);
    }

    /**
     * The original span that the normalized span {@code [from, to)} came from; {@code to > from}. Filters keep spans
     * in order, but the smallest start and largest end are taken so that a span is never inverted whatever they do.
     */
    Span toOriginal(int from, int to) {
        int start = starts[from];
        int end = ends[to - 1];
        for (int i = from; i < to; i++) {
            start = Math.min(start, starts[i]);
            end = Math.max(end, ends[i]);
        }
        return new Span(start, end);
    }

    private static int zigZag(int n) {
        return (n << 1) ^ (n >> 31);
    }

    private static int unZigZag(int n) {
        return (n >>> 1) ^ -(n & 1);
    }

    private static void writeVarint(ByteArrayOutputStream out, int value) {
        int v = value;
        while ((v & ~0x7F) != 0) {
            out.write((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        out.write(v);
    }

    private static int readVarint(byte[] bytes, int[] at) {
        int value = 0;
        for (int shift = 0; shift < 35; shift += 7) {
            if (at[0] >= bytes.length) {
                throw new IllegalArgumentException("offset map ends inside a number");
            }
            byte b = bytes[at[0]++];
            value |= (b & 0x7F) << shift;
            if (b >= 0) {
                return value;
            }
        }
        throw new IllegalArgumentException("offset map holds a number over 32 bits");
    }
}
