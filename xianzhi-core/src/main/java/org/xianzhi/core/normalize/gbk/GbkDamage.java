package org.xianzhi.core.normalize.gbk;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;

/**
 * Damages text the way the seed documents were damaged, for tests and {@code xianzhi bench repair}: GBK-encode it,
 * lose bytes, decode again with a decoder that prints an invalid pair as one {@code ?} (swallowing its second byte),
 * then turn full-width ASCII into ASCII.
 */
public final class GbkDamage {
    private static final Charset GBK = Charset.forName("GBK");

    private GbkDamage() {
    }

    /** {@code text} with the lead byte ({@code lead}) or trail byte of its character at {@code index} lost. */
    public static String loseByte(String text, int index, boolean lead) {
        byte[] at = doubleByte(text, index);
        return damaged(text, index, index + 1, new byte[] {lead ? at[1] : at[0]});
    }

    /**
     * {@code text} with the run {@code [start, end)} damaged as the seeds' runs were: the lead byte of its first
     * character and the trail byte of its last lost, so that the characters between are decoded one byte out of step
     * ({@code 空氣污染物濃度指標} → {@code 諝馕廴疚餄舛戎笜}) and the text after the run is read in step again.
     */
    public static String loseRunEdges(String text, int start, int end) {
        ByteArrayOutputStream run = new ByteArrayOutputStream();
        for (int i = start; i < end; i++) {
            run.writeBytes(doubleByte(text, i));
        }
        byte[] bytes = run.toByteArray();
        byte[] kept = new byte[bytes.length - 2];
        System.arraycopy(bytes, 1, kept, 0, kept.length);
        return damaged(text, start, end, kept);
    }

    /**
     * {@code text} as the damage leaves it outside the damaged runs: encoded and decoded again, with what GBK cannot
     * encode printed as {@code ?}, and its full-width ASCII made ASCII. What a repair of damaged text is compared with.
     */
    public static String undamaged(String text) {
        return damaged(text, 0, 0, new byte[0]);
    }

    private static byte[] doubleByte(String text, int index) {
        byte[] at = text.substring(index, index + 1).getBytes(GBK);
        if (at.length != 2) {
            throw new IllegalArgumentException("not a double-byte character: " + text.charAt(index));
        }
        return at;
    }

    /** The text decoded again with the bytes of {@code [start, end)} replaced by {@code middle}. */
    private static String damaged(String text, int start, int end, byte[] middle) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(text.substring(0, start).getBytes(GBK));
        bytes.writeBytes(middle);
        bytes.writeBytes(text.substring(end).getBytes(GBK));
        return fullWidthToAscii(decode(bytes.toByteArray()));
    }

    private static String decode(byte[] bytes) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < bytes.length) {
            int b = bytes[i] & 0xFF;
            if (b < 0x80) {
                out.append((char) b);
                i++;
            } else if (i + 1 < bytes.length) {
                String pair = new String(bytes, i, 2, GBK);
                out.append(pair.length() == 1 && pair.charAt(0) != '\uFFFD' ? pair : "?");
                i += 2;
            } else {
                out.append('?');
                i++;
            }
        }
        return out.toString();
    }

    private static String fullWidthToAscii(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(c >= '\uFF01' && c <= '\uFF5E' ? (char) (c - 0xFEE0) : c);
        }
        return out.toString();
    }
}
