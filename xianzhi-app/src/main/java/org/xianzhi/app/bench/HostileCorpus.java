package org.xianzhi.app.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.xianzhi.core.region.RegionGazetteer;

/**
 * Writes the files that once stopped a run, each kind named, beside good generated documents: a PDF whose ToUnicode
 * CMap maps a range of four billion codes (PDFBox grew it to 4.2 GB), a flate bomb PDF, a zip bomb DOCX, random
 * bytes, a poison figure (Arabic and Chinese numerals), a document of many MB on one line. The same seed gives the
 * same files. A bad file is written under a name that says what it is, so a run's list of bad files can be checked.
 */
public final class HostileCorpus {
    /** One kind of hostile file and whether a run must refuse it (true) or store it (false). */
    public enum Kind {
        CMAP_RANGE_PDF(true), FLATE_BOMB_PDF(true), ZIP_BOMB_DOCX(true), RANDOM_BYTES(true), POISON_FIGURE(false),
        POISON_CHINESE_FIGURE(false), ONE_LINE_TEXT(false);

        private final boolean refused;

        Kind(boolean refused) {
            this.refused = refused;
        }

        public boolean refused() {
            return refused;
        }
    }

    /** A file written, and what it is: a kind of hostile file, or null for a good document. */
    public record Written(Path path, Kind kind) {
    }

    private final SplittableRandom random;
    private final CountyDocumentGenerator good;
    private final long bombBytes;

    /**
     * @param bombBytes how far a bomb expands; 1 GB makes the files that stopped runs, tests use less
     */
    public HostileCorpus(RegionGazetteer gazetteer, long seed, long bombBytes) {
        this.random = new SplittableRandom(seed);
        this.good = new CountyDocumentGenerator(gazetteer, seed);
        this.bombBytes = bombBytes;
    }

    /**
     * Writes {@code goodCount} good documents and {@code copies} of every hostile kind under {@code folder}, mixed.
     *
     * @param oneLineBytes the size of the one-line document
     */
    public List<Written> writeTo(Path folder, int goodCount, int copies, int oneLineBytes) throws IOException {
        Files.createDirectories(folder);
        List<Written> written = new ArrayList<>();
        for (int i = 0; i < goodCount; i++) {
            CountyDocumentGenerator.GeneratedDocument d = good.next();
            written.add(new Written(Files.writeString(folder.resolve(String.format("good-%03d-%s", i, d.fileName())),
                    d.text(), StandardCharsets.UTF_8), null));
        }
        for (int copy = 0; copy < copies; copy++) {
            for (Kind kind : Kind.values()) {
                String name = String.format("bad-%s-%d.%s", kind.name().toLowerCase(java.util.Locale.ROOT), copy,
                        extension(kind));
                written.add(new Written(Files.write(folder.resolve(name), bytes(kind, oneLineBytes)), kind));
            }
        }
        return written;
    }

    private static String extension(Kind kind) {
        return switch (kind) {
            case CMAP_RANGE_PDF, FLATE_BOMB_PDF -> "pdf";
            case ZIP_BOMB_DOCX -> "docx";
            case RANDOM_BYTES -> "bin";
            default -> "txt";
        };
    }

    /** The bytes of one file of {@code kind}. */
    public byte[] bytes(Kind kind, int oneLineBytes) throws IOException {
        return switch (kind) {
            case CMAP_RANGE_PDF -> cmapRangePdf();
            case FLATE_BOMB_PDF -> flateBombPdf();
            case ZIP_BOMB_DOCX -> zipBombDocx();
            case RANDOM_BYTES -> randomBytes(4096 + random.nextInt(60_000));
            case POISON_FIGURE -> poison("9".repeat(38) + "亿元");
            case POISON_CHINESE_FIGURE -> poison("九千九百九十九" + "亿".repeat(6) + "元");
            case ONE_LINE_TEXT -> oneLine(oneLineBytes);
        };
    }

    private byte[] randomBytes(int n) {
        byte[] bytes = new byte[n];
        random.nextBytes(bytes);
        return bytes;
    }

    private byte[] poison(String figure) {
        String text = good.next().text();
        int cut = text.indexOf('\n') + 1;
        return (text.substring(0, cut) + "全县地区生产总值完成" + figure + "，增长5.3%。\n" + text.substring(cut))
                .getBytes(StandardCharsets.UTF_8);
    }

    /** Good documents with every line break taken out: one line of text, as a page without markup gives. */
    private byte[] oneLine(int size) {
        StringBuilder text = new StringBuilder();
        while (text.length() * 3L < size) {
            text.append(good.next().text().replace('\n', ' '));
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A one-page PDF whose font's ToUnicode CMap maps every four-byte code: a range no real font has. */
    private static byte[] cmapRangePdf() {
        String cmap = "/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
                + "/CMapName /Hostile def /CMapType 2 def\n"
                + "1 begincodespacerange <00000000> <FFFFFFFF> endcodespacerange\n"
                + "1 beginbfrange <00000000> <FFFFFFFF> <4E00> endbfrange\n"
                + "endcmap CMapName currentdict /CMap defineresource pop end end\n";
        String content = "BT /F1 12 Tf 72 720 Td <0000000100000002> Tj ET\n";
        return pdf(content.getBytes(StandardCharsets.US_ASCII), "",
                "<< /Type /Font /Subtype /Type0 /BaseFont /Hostile /Encoding /Identity-H"
                        + " /DescendantFonts [7 0 R] /ToUnicode 6 0 R >>",
                cmap.getBytes(StandardCharsets.US_ASCII));
    }

    /** A one-page PDF whose content stream inflates to {@link #bombBytes} of drawing operators. */
    private byte[] flateBombPdf() throws IOException {
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        try (OutputStream out = new DeflaterOutputStream(compressed, new Deflater(Deflater.BEST_COMPRESSION))) {
            writeRepeated(out, "q Q ".getBytes(StandardCharsets.US_ASCII), bombBytes);
        }
        return pdf(compressed.toByteArray(), " /Filter /FlateDecode",
                "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>", null);
    }

    /** A DOCX whose document part inflates to {@link #bombBytes} of paragraphs. */
    private byte[] zipBombDocx() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
                    + "</Types>");
            entry(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
                    + "</Relationships>");
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/"
                    + "wordprocessingml/2006/main\"><w:body>").getBytes(StandardCharsets.UTF_8));
            writeRepeated(zip, "<w:p><w:r><w:t>全县地区生产总值完成58.2亿元。</w:t></w:r></w:p>".getBytes(StandardCharsets.UTF_8),
                    bombBytes);
            zip.write("</w:body></w:document>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static void writeRepeated(OutputStream out, byte[] unit, long total) throws IOException {
        byte[] block = new byte[unit.length * Math.max(1, 65536 / unit.length)];
        for (int i = 0; i < block.length; i += unit.length) {
            System.arraycopy(unit, 0, block, i, unit.length);
        }
        for (long written = 0; written < total; written += block.length) {
            out.write(block);
        }
    }

    /**
     * A one-page PDF: catalog 1, pages 2, page 3, content 4, font 5, optional ToUnicode stream 6 and a CID font 7 for a
     * Type0 font. Offsets in the cross-reference table are exact, so a parser reads it without repair.
     */
    private static byte[] pdf(byte[] content, String contentFilter, String font, byte[] toUnicode) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<Integer> offsets = new ArrayList<>();
        write(out, "%PDF-1.7\n");
        object(out, offsets, "<< /Type /Catalog /Pages 2 0 R >>");
        object(out, offsets, "<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        object(out, offsets, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >>"
                + " /Contents 4 0 R >>");
        stream(out, offsets, "<< /Length " + content.length + contentFilter + " >>", content);
        object(out, offsets, font);
        if (toUnicode != null) {
            stream(out, offsets, "<< /Length " + toUnicode.length + " >>", toUnicode);
            object(out, offsets, "<< /Type /Font /Subtype /CIDFontType2 /BaseFont /Hostile"
                    + " /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> >>");
        }
        int xref = out.size();
        write(out, "xref\n0 " + (offsets.size() + 1) + "\n0000000000 65535 f \n");
        for (int offset : offsets) {
            write(out, String.format("%010d 00000 n \n", offset));
        }
        write(out, "trailer\n<< /Size " + (offsets.size() + 1) + " /Root 1 0 R >>\nstartxref\n" + xref + "\n%%EOF\n");
        return out.toByteArray();
    }

    private static void object(ByteArrayOutputStream out, List<Integer> offsets, String body) {
        offsets.add(out.size());
        write(out, (offsets.size()) + " 0 obj\n" + body + "\nendobj\n");
    }

    private static void stream(ByteArrayOutputStream out, List<Integer> offsets, String dictionary, byte[] data) {
        offsets.add(out.size());
        write(out, offsets.size() + " 0 obj\n" + dictionary + "\nstream\n");
        out.writeBytes(data);
        write(out, "\nendstream\nendobj\n");
    }

    private static void write(ByteArrayOutputStream out, String s) {
        out.writeBytes(s.getBytes(StandardCharsets.US_ASCII));
    }
}
