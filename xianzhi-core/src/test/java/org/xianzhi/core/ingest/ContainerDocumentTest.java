package org.xianzhi.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.xianzhi.core.TestDocuments;
import org.xianzhi.core.ingest.UnreadableDocumentException.Reason;

class ContainerDocumentTest {
    private final DocumentReader reader = new DocumentReader();

    @Test
    void readsTheTextOfAPdfWhateverItsFileName() throws Exception {
        byte[] pdf = pdf("Jinzhai county GDP reached 26.84 billion yuan in 2023, up 6.9%.");

        SourceDocument doc = reader.read("report.bin", pdf);

        assertThat(doc.format()).isEqualTo(DocumentFormat.PDF);
        assertThat(doc.charset()).isEqualTo("PDF");
        assertThat(doc.original()).isEqualTo("Jinzhai county GDP reached 26.84 billion yuan in 2023, up 6.9%.");
    }

    @Test
    void readsChineseFromThePdfSampleWithItsEmbeddedFont() throws Exception {
        SourceDocument doc = reader.read(TestDocuments.samplesFolder().resolve("jinzhai-work-report-2024.pdf"));

        assertThat(doc.format()).isEqualTo(DocumentFormat.PDF);
        assertThat(doc.original()).startsWith("政府工作报告").contains("全县地区生产总值完成268.4亿元", "一、2023年工作回顾");
    }

    @Test
    void readsDocxParagraphsOnSeparateLines() throws Exception {
        byte[] docx = docx("婺源县2023年经济社会发展情况", "全年接待游客2630万人次，实现旅游综合收入268.5亿元。", "谢谢大家！");

        SourceDocument doc = reader.read("press", docx);

        assertThat(doc.format()).isEqualTo(DocumentFormat.DOCX);
        assertThat(doc.original()).isEqualTo("婺源县2023年经济社会发展情况\n全年接待游客2630万人次，实现旅游综合收入268.5亿元。\n谢谢大家！");
    }

    @Test
    void readsTheDocxSample() throws Exception {
        SourceDocument doc = reader.read(TestDocuments.samplesFolder().resolve("wuyuan-press-conference-2024.docx"));

        assertThat(doc.format()).isEqualTo(DocumentFormat.DOCX);
        assertThat(doc.original()).startsWith("婺源县2023年经济社会发展情况新闻发布会\n").contains("地区生产总值完成186.9亿元");
    }

    @Test
    void aTruncatedPdfIsNotText() throws IOException {
        byte[] pdf = Files.readAllBytes(TestDocuments.samplesFolder().resolve("jinzhai-work-report-2024.pdf"));
        byte[] half = Arrays.copyOf(pdf, pdf.length / 2);

        UnreadableDocumentException refusal = ReadErrors.refusal(() -> reader.read("half.pdf", half));

        assertThat(refusal.reason()).isEqualTo(Reason.NOT_TEXT);
        assertThat(refusal.getMessage()).startsWith("half.pdf: not text: a corrupt PDF document").doesNotContain("\n");
    }

    @Test
    void aPdfWithoutTextIsEmpty() throws IOException {
        byte[] blank = pdf(null);

        UnreadableDocumentException refusal = ReadErrors.refusal(() -> reader.read("scan.pdf", blank));

        assertThat(refusal.reason()).isEqualTo(Reason.EMPTY);
        assertThat(refusal.getMessage()).isEqualTo("scan.pdf: no text: a PDF without a text layer (a scan?) or with no text");
    }

    @Test
    void aDocxWithDamagedXmlIsNotText() throws IOException {
        byte[] docx = zip("word/document.xml", "<w:document><w:body><w:p>未闭合".getBytes(StandardCharsets.UTF_8));

        assertThat(ReadErrors.reasonFor(() -> reader.read("broken.docx", docx))).isEqualTo(Reason.NOT_TEXT);
    }

    @Test
    void aZipThatIsNotAWordDocumentIsNotText() throws IOException {
        byte[] zip = zip("report.txt", "全县粮食产量达到11.2万吨".getBytes(StandardCharsets.UTF_8));

        UnreadableDocumentException refusal = ReadErrors.refusal(() -> reader.read("archive.docx", zip));

        assertThat(refusal.reason()).isEqualTo(Reason.NOT_TEXT);
        assertThat(refusal.getMessage()).isEqualTo("archive.docx: not text: a ZIP archive that is not a DOCX document");
    }

    @Test
    void anOldBinaryWordFileIsNotText() {
        byte[] ole2 = Arrays.copyOf(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1}, 512);

        assertThat(ReadErrors.refusal(() -> reader.read("old.doc", ole2)).getMessage()).contains("old binary Office file");
    }

    /** A one-page PDF with {@code line} in Helvetica, or with nothing on it. */
    private static byte[] pdf(String line) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            if (line != null) {
                try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                    content.beginText();
                    content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                    content.newLineAtOffset(72, 700);
                    content.showText(line);
                    content.endText();
                }
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static byte[] docx(String... paragraphs) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String paragraph : paragraphs) {
                doc.createParagraph().createRun().setText(paragraph);
            }
            doc.write(out);
            return out.toByteArray();
        }
    }

    private static byte[] zip(String entry, byte[] content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(entry));
            zip.write(content);
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }
}
