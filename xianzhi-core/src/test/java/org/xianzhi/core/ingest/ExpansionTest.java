package org.xianzhi.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

/** Bombs are refused by how far they inflate; what escapes that bound is held by the child JVM's heap and time. */
class ExpansionTest {
    private static final byte[] PARAGRAPH = "<w:p><w:r><w:t>全县地区生产总值完成58.2亿元。</w:t></w:r></w:p>".getBytes(StandardCharsets.UTF_8);

    /** A DOCX whose document part holds {@code bytes} of paragraphs. */
    static byte[] docx(long bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument"
                    + ".wordprocessingml.document.main+xml\"/></Types>").getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("_rels/.rels"));
            zip.write(("<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
                    + "officeDocument\" Target=\"word/document.xml\"/></Relationships>").getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(("<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                    + "<w:body>").getBytes(StandardCharsets.UTF_8));
            for (long written = 0; written < bytes; written += PARAGRAPH.length) {
                zip.write(PARAGRAPH);
            }
            zip.write("</w:body></w:document>".getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    @Test
    void aZipBombIsRefusedBeforeTheParserSeesIt() throws IOException {
        byte[] bomb = docx(Expansion.MAX_EXPANDED_BYTES + (1 << 20));

        assertThat(Expansion.ofZip(bomb, Expansion.MAX_EXPANDED_BYTES)).startsWith("a zip bomb");
        assertThatThrownBy(() -> new DocumentReader().read("bomb.docx", bomb)).hasMessageContaining("not text: a zip bomb");
    }

    @Test
    void anOrdinaryDocxIsWithinBounds() throws Exception {
        byte[] docx = docx(2_000);

        assertThat(Expansion.ofZip(docx, Expansion.MAX_EXPANDED_BYTES)).isNull();
        assertThat(new DocumentReader().read("ok.docx", docx).original()).startsWith("全县地区生产总值完成58.2亿元。");
    }

    @Test
    void aChildOverItsTimeIsKilledAndReportedAndTheNextDocumentRead() throws Exception {
        byte[] heavy = docx(60L << 20);  // within the expansion bound; parsing it takes seconds
        DocumentReader hurried = new DocumentReader().isolatingContainers(new IsolatedContainers(256, Duration.ofSeconds(1)));

        assertThatThrownBy(() -> hurried.read("heavy.docx", heavy)).isInstanceOf(UnreadableDocumentException.class)
                .hasMessage("heavy.docx: not text: a DOCX document the parser did not finish in 1 s");
    }

    @Test
    void aChildOutOfHeapIsReportedAndTheNextDocumentRead() throws Exception {
        byte[] heavy = docx(100L << 20);  // about 30 million characters of text: more than a 64 MB heap holds
        DocumentReader small = new DocumentReader().isolatingContainers(new IsolatedContainers(64, Duration.ofSeconds(120)));

        assertThatThrownBy(() -> small.read("heavy.docx", heavy)).isInstanceOf(UnreadableDocumentException.class)
                .hasMessage("heavy.docx: not text: a DOCX document that needed more than 64 MB of memory to read");
        assertThat(small.read("ok.docx", docx(2_000)).original()).startsWith("全县地区生产总值完成58.2亿元。");
    }

    @Test
    void aChildReadsTheSampleContainersExactlyAsThisJvmDoes() throws Exception {
        DocumentReader here = new DocumentReader();
        DocumentReader child = here.isolatingContainers(IsolatedContainers.DEFAULT);
        for (String sample : new String[] {"jinzhai-work-report-2024.pdf", "wuyuan-press-conference-2024.docx"}) {
            java.nio.file.Path path = org.xianzhi.core.TestDocuments.samplesFolder().resolve(sample);
            assertThat(child.read(path)).isEqualTo(here.read(path));
        }
    }
}
