package org.xianzhi.core.ingest;

import java.io.IOException;
import java.util.function.BiFunction;
import java.util.function.Supplier;

import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.microsoft.ooxml.OOXMLParser;
import org.apache.tika.parser.pdf.PDFParser;
import org.apache.tika.sax.BodyContentHandler;
import org.xml.sax.SAXException;

/**
 * The text of a container document (PDF, DOCX) through Apache Tika's parser for that one format — built directly, not
 * through Tika's auto-detection, so that a file is only ever read as what its bytes said it was. Any failure of a
 * corrupt or encrypted file becomes a one-line {@link UnreadableDocumentException}.
 */
enum ContainerText {
    PDF("PDF", PDFParser::new, Expansion::ofPdf),
    DOCX("DOCX", OOXMLParser::new, Expansion::ofZip);

    /**
     * The most text taken from one container: 32 million characters is more than a 50 MB text file holds in Chinese,
     * and a PDF that yields more is a generated page of repeated operators, not a county's report.
     */
    static final int MAX_TEXT_CHARS = 32 * 1024 * 1024;

    private final String kind;
    private final Supplier<Parser> parser;
    private final BiFunction<byte[], Long, String> expansion;

    ContainerText(String kind, Supplier<Parser> parser, BiFunction<byte[], Long, String> expansion) {
        this.kind = kind;
        this.parser = parser;
        this.expansion = expansion;
    }

    /** The kind named as {@link #kind()} gives it. */
    static ContainerText named(String kind) {
        for (ContainerText c : values()) {
            if (c.kind.equals(kind)) {
                return c;
            }
        }
        throw new IllegalArgumentException("no container kind " + kind);
    }

    /** The format's name, also reported as the document's charset. */
    String kind() {
        return kind;
    }

    /** The document's text as Tika lays it out (paragraphs on their own lines), without blank lines at either end. */
    String extract(String file, byte[] bytes) throws UnreadableDocumentException {
        String bomb = expansion.apply(bytes, Expansion.MAX_EXPANDED_BYTES);
        if (bomb != null) {
            throw notText(file, bomb, null);
        }
        BodyContentHandler handler = new BodyContentHandler(MAX_TEXT_CHARS);
        try (TikaInputStream in = TikaInputStream.get(bytes)) {
            parser.get().parse(in, handler, new Metadata(), new ParseContext());
        } catch (EncryptedDocumentException e) {
            throw notText(file, "an encrypted " + kind + " document", e);
        } catch (SAXException e) {
            if (WriteLimitReachedException.isWriteLimitReached(e)) {
                throw new UnreadableDocumentException(file, UnreadableDocumentException.Reason.TOO_LARGE,
                        "a " + kind + " document of more than " + MAX_TEXT_CHARS + " characters of text", e);
            }
            throw notText(file, "a corrupt " + kind + " document (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")", e);
        } catch (TikaException | IOException | RuntimeException e) {
            // Parsers of hostile files fail in every way (NullPointerException and friends included): all mean corrupt.
            throw notText(file, "a corrupt " + kind + " document (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")", e);
        } catch (StackOverflowError e) {
            throw notText(file, "a " + kind + " document nested too deeply to read", null);
        }
        return stripBlankEnds(handler.toString());
    }

    private static UnreadableDocumentException notText(String file, String detail, Throwable cause) {
        return new UnreadableDocumentException(file, UnreadableDocumentException.Reason.NOT_TEXT, "not text: " + detail, cause);
    }

    /** Drops whitespace-only lines at the start and end; the lines in between are kept as Tika gave them. */
    private static String stripBlankEnds(String text) {
        int firstVisible = 0;
        while (firstVisible < text.length() && Character.isWhitespace(text.charAt(firstVisible))) {
            firstVisible++;
        }
        // Start at the beginning of the first visible line, so its indentation stays.
        int start = text.lastIndexOf('\n', firstVisible - 1) + 1;
        int end = text.length();
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }
}
