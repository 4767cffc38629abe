package org.xianzhi.core.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * How far a container document expands when read, measured before a parser sees it, by inflating what it compresses
 * and counting (never trusting the sizes it declares). A zip bomb DOCX (1 MB inflating to 1 GB of paragraphs) and a
 * flate bomb PDF (a content stream inflating to hundreds of MB of operators) are refused here in about a second,
 * instead of exhausting the heap or running for minutes in the parser.
 */
final class Expansion {
    /**
     * What the parts a parser reads may expand to: the XML of a DOCX (a long report's is a few MB; the parser builds a
     * tree many times its size), or a PDF's streams other than images (content and fonts: tens of MB for a long report
     * with embedded Chinese fonts). Inflating this much to find out takes about a second.
     */
    static final long MAX_EXPANDED_BYTES = 128L * 1024 * 1024;
    /** A DOCX has a few dozen parts; thousands is a file made to exhaust the parser's bookkeeping. */
    static final int MAX_ZIP_ENTRIES = 10_000;
    /** How far before a stream its dictionary is looked for. */
    private static final int DICTIONARY_WINDOW = 512;
    private static final byte[] STREAM = "stream".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private Expansion() {
    }

    /** The problem with a zip (DOCX) whose entries inflate past the limit, or null when it is within bounds. */
    static String ofZip(byte[] bytes, long limit) {
        long total = 0;
        int entries = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (++entries > MAX_ZIP_ENTRIES) {
                    return "a zip of more than " + MAX_ZIP_ENTRIES + " parts";
                }
                if (!isMarkup(entry.getName())) {
                    continue;  // Pictures and fonts are not parsed for text.
                }
                for (int n = zip.read(buffer); n > 0; n = zip.read(buffer)) {
                    total += n;
                    if (total > limit) {
                        return "a zip bomb: its parts inflate past " + (limit >> 20) + " MB (" + entry.getName() + ")";
                    }
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return null;  // Not a zip this reader can walk: the parser decides, and reports it as corrupt.
        }
        return null;
    }

    private static boolean isMarkup(String name) {
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        return lower.endsWith(".xml") || lower.endsWith(".rels");
    }

    /**
     * The problem with a PDF whose compressed streams inflate past the limit, or null. Every {@code stream} keyword is
     * tried as the start of zlib data; what is not zlib (an uncompressed stream) fails at once and counts nothing.
     * Images are skipped: text extraction never decodes them, and scans are large.
     */
    static String ofPdf(byte[] bytes, long limit) {
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        Inflater inflater = new Inflater();
        try {
            for (int at = indexOf(bytes, STREAM, 0); at >= 0; at = indexOf(bytes, STREAM, at + STREAM.length)) {
                if (isImage(bytes, at)) {
                    continue;
                }
                int data = at + STREAM.length;
                while (data < bytes.length && (bytes[data] == '\r' || bytes[data] == '\n')) {
                    data++;
                }
                inflater.reset();
                inflater.setInput(bytes, data, bytes.length - data);
                try {
                    while (!inflater.finished()) {
                        int n = inflater.inflate(buffer);
                        if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                            break;
                        }
                        total += n;
                        if (total > limit) {
                            return "a flate bomb: its streams inflate past " + (limit >> 20) + " MB";
                        }
                    }
                } catch (DataFormatException e) {
                    // Not zlib data: nothing to count.
                }
            }
        } finally {
            inflater.end();
        }
        return null;
    }

    /** Whether the stream's object, from its {@code obj} keyword on, says {@code /Subtype /Image}. */
    private static boolean isImage(byte[] bytes, int stream) {
        int from = Math.max(0, stream - DICTIONARY_WINDOW);
        String dictionary = new String(bytes, from, stream - from, java.nio.charset.StandardCharsets.ISO_8859_1);
        int open = dictionary.lastIndexOf("obj");
        return open >= 0 && dictionary.indexOf("/Image", open) >= 0;
    }

    private static int indexOf(byte[] bytes, byte[] word, int from) {
        outer:
        for (int i = from; i <= bytes.length - word.length; i++) {
            for (int k = 0; k < word.length; k++) {
                if (bytes[i + k] != word[k]) {
                    continue outer;
                }
            }
            // "endstream" holds "stream" too: only a stream's start counts.
            if (i >= 3 && bytes[i - 3] == 'e' && bytes[i - 2] == 'n' && bytes[i - 1] == 'd') {
                continue;
            }
            return i;
        }
        return -1;
    }
}
