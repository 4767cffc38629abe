package org.xianzhi.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.xianzhi.core.TestDocuments;

class PlainTextDecodingTest {
    private static final Charset GBK = Charset.forName("GBK");
    private static final Charset BIG5 = Charset.forName("Big5");
    private static final String REPORT = "2023年，全县地区生产总值完成98.62亿元，增长7.4%；一般公共预算收入完成5.38亿元，增速居全市第一。";
    private static final String TRADITIONAL = "2023年，全縣地區生產總值完成158.4億元，同比增長5.6%；城鄉居民人均可支配收入分別達到41385元、19762元。";

    private final DocumentReader reader = new DocumentReader();

    @Test
    void readsUtf8WithoutByteOrderMark() throws Exception {
        SourceDocument doc = reader.read("report.txt", REPORT.getBytes(StandardCharsets.UTF_8));

        assertThat(doc.original()).isEqualTo(REPORT);
        assertThat(doc.charset()).isEqualTo("UTF-8");
        assertThat(doc.format()).isEqualTo(DocumentFormat.TEXT);
        assertThat(doc.file()).isEqualTo("report.txt");
    }

    @Test
    void stripsTheUtf8ByteOrderMarkAndNothingElse() throws Exception {
        SourceDocument doc = reader.read("report.txt", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                REPORT.getBytes(StandardCharsets.UTF_8)));

        assertThat(doc.original()).isEqualTo(REPORT);
        assertThat(doc.charset()).isEqualTo("UTF-8");
    }

    @Test
    void keepsLineBreaksAndIndentationExactlyAsDecoded() throws Exception {
        String text = "一、2023年工作回顾\r\n\u3000\u3000全县粮食产量达到11.2万吨。\r\n\r\n二、2024年工作安排\n";

        assertThat(reader.read("crlf.txt", text.getBytes(StandardCharsets.UTF_8)).original()).isEqualTo(text);
    }

    @Test
    void readsUtf16LittleEndianWithByteOrderMark() throws Exception {
        SourceDocument doc = reader.read("bulletin.txt",
                concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, REPORT.getBytes(StandardCharsets.UTF_16LE)));

        assertThat(doc.original()).isEqualTo(REPORT);
        assertThat(doc.charset()).isEqualTo("UTF-16LE");
    }

    @Test
    void readsUtf16BigEndianWithByteOrderMark() throws Exception {
        SourceDocument doc = reader.read("bulletin.txt",
                concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, REPORT.getBytes(StandardCharsets.UTF_16BE)));

        assertThat(doc.original()).isEqualTo(REPORT);
        assertThat(doc.charset()).isEqualTo("UTF-16BE");
    }

    @Test
    void detectsGbkInAWholeParagraph() throws Exception {
        SourceDocument doc = reader.read("report.txt", REPORT.getBytes(GBK));

        assertThat(doc.original()).isEqualTo(REPORT);
        assertThat(doc.charset()).isEqualTo("GB18030");
    }

    @Test
    void detectsBig5InAWholeParagraph() throws Exception {
        SourceDocument doc = reader.read("release.txt", TRADITIONAL.getBytes(BIG5));

        assertThat(doc.original()).isEqualTo(TRADITIONAL);
        assertThat(doc.charset()).isEqualTo("Big5");
    }

    @ParameterizedTest
    @ValueSource(strings = {"縣政府工作報告全文發布", "糧食總產量達到萬噸", "旅遊綜合收入億元增長", "城鄉居民人均可支配收入"})
    void tenCharacterBig5TextIsNotReadAsGbkGarbage(String traditional) throws Exception {
        SourceDocument doc = reader.read("short.txt", traditional.getBytes(BIG5));

        assertThat(doc.original()).isEqualTo(traditional);
        assertThat(doc.charset()).isEqualTo("Big5");
    }

    @ParameterizedTest
    @ValueSource(strings = {"县政府工作报告全文发布", "粮食总产量达到万吨", "旅游综合收入亿元增长", "城乡居民人均可支配收入"})
    void tenCharacterGbkTextIsNotReadAsBig5Garbage(String simplified) throws Exception {
        SourceDocument doc = reader.read("short.txt", simplified.getBytes(GBK));

        assertThat(doc.original()).isEqualTo(simplified);
        assertThat(doc.charset()).isEqualTo("GB18030");
    }

    @Test
    void readsTraditionalCharactersEncodedInGbkAsGbk() throws Exception {
        // Mainland sites publish Traditional pages in GBK; the characters are Traditional, the charset is not Big5.
        SourceDocument doc = reader.read("traditional-gbk.txt", TRADITIONAL.getBytes(GBK));

        assertThat(doc.original()).isEqualTo(TRADITIONAL);
        assertThat(doc.charset()).isEqualTo("GB18030");
    }

    @Test
    void keepsUtf8WhenOnlyTheLastCharacterIsCutOff() throws Exception {
        byte[] whole = REPORT.getBytes(StandardCharsets.UTF_8);
        byte[] cut = Arrays.copyOf(whole, whole.length - 1);

        SourceDocument doc = reader.read("truncated.txt", cut);

        assertThat(doc.charset()).isEqualTo("UTF-8");
        assertThat(doc.original()).isEqualTo(REPORT.substring(0, REPORT.length() - 1) + "\uFFFD");
    }

    @Test
    void readsLatinTextInWindows1252RatherThanAsChinese() throws Exception {
        SourceDocument doc = reader.read("note.txt", "Café crème, 2023".getBytes(Charset.forName("windows-1252")));

        assertThat(doc.original()).isEqualTo("Café crème, 2023");
    }

    @Test
    void detectsTheCharsetOfTenCharacterWindowsOfTheSampleSources() throws IOException {
        int tried = 0;
        int right = 0;
        for (String name : new String[] {"linze-work-report-2024.txt", "fuping-work-report-2023.txt",
                "luochuan-press-release.txt", "xichuan-press-conference-2024.txt"}) {
            String text = Files.readString(TestDocuments.sampleSourcesFolder().resolve(name)).replaceAll("[\\x00-\\x7F]", "");
            for (int start = 0; start + 10 <= text.length(); start += 7) {
                String window = text.substring(start, start + 10);
                for (Charset charset : new Charset[] {GBK, BIG5}) {
                    if (charset.newEncoder().canEncode(window)) {
                        tried++;
                        right += readQuietly(window.getBytes(charset)).equals(window) ? 1 : 0;
                    }
                }
            }
        }
        assertThat(tried).isGreaterThan(500);
        assertThat(right).isEqualTo(tried);
    }

    @Test
    void idIsTheSha256OfTheBytes() throws Exception {
        assertThat(reader.read("abc.txt", "abc".getBytes(StandardCharsets.US_ASCII)).id())
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void sameBytesGiveTheSameIdWhateverTheFileName() throws Exception {
        byte[] bytes = REPORT.getBytes(GBK);

        assertThat(reader.read("a.txt", bytes).id()).isEqualTo(new DocumentReader(1 << 20).read("b/c.txt", bytes.clone()).id());
    }

    @Test
    void sameTextInAnotherEncodingIsAnotherDocument() throws Exception {
        assertThat(reader.read("a.txt", REPORT.getBytes(GBK)).id())
                .isNotEqualTo(reader.read("a.txt", REPORT.getBytes(StandardCharsets.UTF_8)).id());
    }

    private String readQuietly(byte[] bytes) {
        try {
            return reader.read("window.txt", bytes).original();
        } catch (UnreadableDocumentException e) {
            return "";
        }
    }

    private static byte[] concat(byte[] head, byte[] tail) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(head);
        out.writeBytes(tail);
        return out.toByteArray();
    }
}
