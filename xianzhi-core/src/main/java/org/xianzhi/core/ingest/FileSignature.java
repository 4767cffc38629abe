package org.xianzhi.core.ingest;

import java.nio.charset.StandardCharsets;

/**
 * What a file's first bytes say it is. Containers we read (PDF, DOCX) are recognised by content, never by the file
 * name; well-known binary formats are named so that the refusal says what the file was.
 */
enum FileSignature {
    PDF("a PDF document"),
    DOCX("a DOCX document"),
    OTHER_ZIP("a ZIP archive that is not a DOCX document"),
    OLE2("an old binary Office file (.doc/.xls/.ppt); save it as DOCX"),
    PNG("a PNG image"),
    JPEG("a JPEG image"),
    GIF("a GIF image"),
    TIFF("a TIFF image"),
    WEBP("a RIFF media file (WebP, WAV, AVI)"),
    GZIP("a gzip archive"),
    SEVEN_ZIP("a 7-Zip archive"),
    RAR("a RAR archive"),
    ELF("an executable"),
    JAVA_CLASS("a Java class file"),
    /** Nothing known: the bytes may be text in some charset. */
    UNKNOWN("text");

    /** PDF readers accept junk before the header; so do we, within the first kilobyte. */
    private static final int PDF_HEADER_WINDOW = 1024;
    private static final byte[] PDF_HEADER = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    /** The main part of every Word document package. */
    private static final byte[] DOCX_PART = "word/document".getBytes(StandardCharsets.US_ASCII);

    private final String description;

    FileSignature(String description) {
        this.description = description;
    }

    /** What the file is, for a message: "a PNG image". */
    String description() {
        return description;
    }

    static FileSignature of(byte[] bytes) {
        if (indexOf(bytes, PDF_HEADER, Math.min(bytes.length, PDF_HEADER_WINDOW + PDF_HEADER.length)) >= 0) {
            return PDF;
        }
        if (startsWith(bytes, 'P', 'K', 3, 4) || startsWith(bytes, 'P', 'K', 5, 6)) {
            return indexOf(bytes, DOCX_PART, bytes.length) >= 0 ? DOCX : OTHER_ZIP;
        }
        if (startsWith(bytes, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
            return OLE2;
        }
        if (startsWith(bytes, 0x89, 'P', 'N', 'G')) {
            return PNG;
        }
        if (startsWith(bytes, 0xFF, 0xD8, 0xFF)) {
            return JPEG;
        }
        if (startsWith(bytes, 'G', 'I', 'F', '8')) {
            return GIF;
        }
        if (startsWith(bytes, 'I', 'I', '*', 0) || startsWith(bytes, 'M', 'M', 0, '*')) {
            return TIFF;
        }
        if (startsWith(bytes, 'R', 'I', 'F', 'F')) {
            return WEBP;
        }
        if (startsWith(bytes, 0x1F, 0x8B)) {
            return GZIP;
        }
        if (startsWith(bytes, '7', 'z', 0xBC, 0xAF, 0x27, 0x1C)) {
            return SEVEN_ZIP;
        }
        if (startsWith(bytes, 'R', 'a', 'r', '!', 0x1A, 0x07)) {
            return RAR;
        }
        if (startsWith(bytes, 0x7F, 'E', 'L', 'F')) {
            return ELF;
        }
        if (startsWith(bytes, 0xCA, 0xFE, 0xBA, 0xBE)) {
            return JAVA_CLASS;
        }
        return UNKNOWN;
    }

    /** Whether {@code bytes} begin with {@code prefix} (each an unsigned byte value). */
    static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** First index of {@code needle} starting before {@code limit}, or -1. */
    private static int indexOf(byte[] bytes, byte[] needle, int limit) {
        int last = Math.min(limit, bytes.length) - needle.length;
        outer:
        for (int i = 0; i <= last; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (bytes[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
