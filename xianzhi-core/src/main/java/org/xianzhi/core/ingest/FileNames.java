package org.xianzhi.core.ingest;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * File names as a person can read them and the system can find them again. On Linux a name is bytes; a name that is
 * not UTF-8 (a GBK name copied from an old Windows share) becomes U+FFFD in Java's {@code Path.toString()}, which
 * neither shows which file it was nor opens it. Here each byte that is not part of a UTF-8 character is written
 * {@code \xB1}, as a shell's {@code $'…'} writes it ({@code 报告\xB1\xA8.txt}), and {@link #located} turns such a name
 * back into the path of the same bytes. Names that are UTF-8 are shown as they are.
 */
public final class FileNames {
    private static final HexFormat HEX = HexFormat.of().withUpperCase();
    private static final Pattern ESCAPED_BYTE = Pattern.compile("\\\\x[0-9A-Fa-f]{2}");
    private static final Path ROOT = Path.of("/");

    private FileNames() {
    }

    /** The name of {@code path} with every byte that is not UTF-8 written {@code \xNN}. */
    public static String shown(Path path) {
        String plain = path.toString();
        if (plain.indexOf('\uFFFD') < 0 || path.getFileSystem() != ROOT.getFileSystem()) {
            return plain;
        }
        StringBuilder shown = new StringBuilder(path.isAbsolute() ? "/" : "");
        for (int i = 0; i < path.getNameCount(); i++) {
            String name = path.getName(i).toString();
            shown.append(i == 0 ? "" : "/").append(name.indexOf('\uFFFD') < 0 ? name : escaped(rawBytes(path.getName(i))));
        }
        return shown.toString();
    }

    /** The path {@link #shown} names: {@code \xNN} become those bytes again. */
    public static Path located(String shown) {
        if (!ESCAPED_BYTE.matcher(shown).find()) {
            return Path.of(shown);
        }
        Path path = shown.startsWith("/") ? ROOT : null;
        for (String name : shown.split("/")) {
            if (name.isEmpty()) {
                continue;
            }
            Path one = ESCAPED_BYTE.matcher(name).find() ? fromBytes(unescaped(name)) : Path.of(name);
            path = path == null ? one : path.resolve(one);
        }
        return path == null ? Path.of(shown) : path;
    }

    /** A single name's bytes: its URI percent-encodes them one by one. */
    private static byte[] rawBytes(Path name) {
        String encoded = ROOT.resolve(name).toUri().getRawPath().substring(1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            if (c == '%' && i + 3 <= encoded.length()) {
                out.write(HexFormat.fromHexDigits(encoded, i + 1, i + 3));
                i += 2;
            } else if (c != '/') {
                out.write(c);
            }
        }
        return out.toByteArray();
    }

    /** A single name made of {@code bytes}, whatever they are. */
    private static Path fromBytes(byte[] bytes) {
        StringBuilder uri = new StringBuilder("file:///");
        for (byte b : bytes) {
            uri.append('%').append(HEX.toHexDigits(b));
        }
        return Path.of(URI.create(uri.toString())).getFileName();
    }

    /** UTF-8 characters as they are, other bytes as {@code \xNN}. */
    private static String escaped(byte[] raw) {
        StringBuilder shown = new StringBuilder();
        int i = 0;
        while (i < raw.length) {
            int length = utf8Length(raw, i);
            if (length > 0) {
                try {
                    shown.append(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                            .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(raw, i, length)));
                    i += length;
                    continue;
                } catch (CharacterCodingException e) {
                    // the shape of a character but not one (an overlong form, a surrogate): escaped byte by byte
                }
            }
            shown.append("\\x").append(HEX.toHexDigits(raw[i]));
            i++;
        }
        return shown.toString();
    }

    private static byte[] unescaped(String name) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < name.length(); ) {
            if (ESCAPED_BYTE.matcher(name).region(i, name.length()).lookingAt()) {
                out.write(HexFormat.fromHexDigits(name, i + 2, i + 4));
                i += 4;
            } else {
                int cp = name.codePointAt(i);
                out.writeBytes(new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8));
                i += Character.charCount(cp);
            }
        }
        return out.toByteArray();
    }

    /** The length of the UTF-8 character starting at {@code i}, by its lead and continuation bytes; 0 if none. */
    private static int utf8Length(byte[] raw, int i) {
        int b = raw[i] & 0xFF;
        int length = b < 0x80 ? 1 : b >= 0xC2 && b < 0xE0 ? 2 : b >= 0xE0 && b < 0xF0 ? 3 : b >= 0xF0 && b < 0xF5 ? 4 : 0;
        if (length == 0 || i + length > raw.length) {
            return 0;
        }
        for (int k = 1; k < length; k++) {
            if ((raw[i + k] & 0xC0) != 0x80) {
                return 0;
            }
        }
        return length;
    }
}
