package org.xianzhi.core.normalize;

import java.nio.charset.Charset;

/**
 * Damages text the way the seed documents were damaged: GBK-encode it, lose one byte, decode again with a decoder
 * that prints an invalid pair as one {@code ?} (swallowing its second byte), then turn full-width ASCII into ASCII.
 */
final class GbkDamage {
    private static final Charset GBK = Charset.forName("GBK");

    private GbkDamage() {
    }

    /** {@code text} with the lead byte ({@code lead}) or trail byte of its character at {@code index} lost. */
    static String loseByte(String text, int index, boolean lead) {
        byte[] before = text.substring(0, index).getBytes(GBK);
        byte[] at = text.substring(index, index + 1).getBytes(GBK);
        byte[] after = text.substring(index + 1).getBytes(GBK);
        if (at.length != 2) {
            throw new IllegalArgumentException("not a double-byte character: " + text.charAt(index));
        }
        byte[] bytes = new byte[before.length + 1 + after.length];
        System.arraycopy(before, 0, bytes, 0, before.length);
        bytes[before.length] = lead ? at[1] : at[0];
        System.arraycopy(after, 0, bytes, before.length + 1, after.length);
        return fullWidthToAscii(decode(bytes));
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
