import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;

import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/**
 * Builds samples/jinzhai-work-report-2024.pdf and samples/wuyuan-press-conference-2024.docx from the UTF-8 sources in
 * tools/sample-sources/, with PDFBox and Apache POI (both come with the Tika parser modules). Run by make-samples.sh:
 * {@code java -cp <xianzhi-core runtime classpath> tools/MakeContainerSamples.java FONT.ttc}
 * The PDF embeds a subset of the CJK font given (WenQuanYi Zen Hei: apt-get install fonts-wqy-zenhei).
 */
public final class MakeContainerSamples {
    private static final Path SOURCES = Path.of("tools/sample-sources");
    private static final Path SAMPLES = Path.of("samples");
    private static final float FONT_SIZE = 11f;
    private static final float LEADING = 18f;
    private static final float MARGIN = 56f;

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: MakeContainerSamples.java CJK_FONT.ttc");
        }
        pdf(SOURCES.resolve("jinzhai-work-report-2024.txt"), SAMPLES.resolve("jinzhai-work-report-2024.pdf"), new File(args[0]));
        docx(SOURCES.resolve("wuyuan-press-conference-2024.txt"), SAMPLES.resolve("wuyuan-press-conference-2024.docx"));
    }

    private static void pdf(Path source, Path target, File fontFile) throws IOException {
        List<String> paragraphs = Files.readAllLines(source, StandardCharsets.UTF_8);
        try (PDDocument doc = new PDDocument(); TrueTypeCollection collection = new TrueTypeCollection(fontFile)) {
            TrueTypeFont ttf = collection.getFontByName("WenQuanYiZenHei");
            PDType0Font font = PDType0Font.load(doc, ttf, true);
            doc.getDocumentInformation().setTitle("金寨县2024年政府工作报告");
            doc.getDocumentInformation().setProducer("xianzhi tools/MakeContainerSamples.java");
            Calendar fixed = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
            fixed.clear();
            fixed.set(2024, Calendar.JANUARY, 16);
            doc.getDocumentInformation().setCreationDate(fixed);
            float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
            List<String> lines = new ArrayList<>();
            for (String paragraph : paragraphs) {
                lines.addAll(wrap(paragraph, font, width));
            }
            int perPage = (int) ((PDRectangle.A4.getHeight() - 2 * MARGIN) / LEADING);
            for (int first = 0; first < lines.size(); first += perPage) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
                    out.beginText();
                    out.setFont(font, FONT_SIZE);
                    out.setLeading(LEADING);
                    out.newLineAtOffset(MARGIN, PDRectangle.A4.getHeight() - MARGIN);
                    for (String line : lines.subList(first, Math.min(lines.size(), first + perPage))) {
                        out.showText(line);
                        out.newLine();
                    }
                    out.endText();
                }
            }
            doc.setDocumentId(20240116L);
            doc.save(target.toFile());
        }
        System.out.println(target + ": " + Files.size(target) + " bytes");
    }

    /** Breaks a paragraph into lines that fit the width, character by character (Chinese has no spaces to break at). */
    private static List<String> wrap(String paragraph, PDType0Font font, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < paragraph.length(); ) {
            int cp = paragraph.codePointAt(i);
            String next = line.toString() + new String(Character.toChars(cp));
            if (line.length() > 0 && font.getStringWidth(next) / 1000 * FONT_SIZE > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.appendCodePoint(cp);
            i += Character.charCount(cp);
        }
        lines.add(line.toString());
        return lines;
    }

    private static void docx(Path source, Path target) throws IOException {
        List<String> paragraphs = Files.readAllLines(source, StandardCharsets.UTF_8);
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(target)) {
            doc.getProperties().getCoreProperties().setTitle(paragraphs.get(0));
            for (int i = 0; i < paragraphs.size(); i++) {
                XWPFParagraph paragraph = doc.createParagraph();
                XWPFRun run = paragraph.createRun();
                run.setFontFamily("宋体");
                if (i == 0) {
                    paragraph.setAlignment(ParagraphAlignment.CENTER);
                    run.setBold(true);
                    run.setFontSize(16);
                } else {
                    run.setFontSize(12);
                }
                run.setText(paragraphs.get(i));
            }
            doc.write(out);
        }
        System.out.println(target + ": " + Files.size(target) + " bytes");
    }
}
