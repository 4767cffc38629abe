package org.xianzhi.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.xianzhi.core.TestDocuments;

class SampleDocumentsTest {
    private final DocumentReader reader = new DocumentReader();

    @ParameterizedTest
    @CsvSource({
            "xichuan-press-conference-2024.txt,              TEXT, UTF-8,    全縣地區(qū)生產(chǎn)總(zǒng)值完成356.8億(yì)元",
            "linze-work-report-2024.txt,                     TEXT, UTF-8,    全县地区生产总值完成98.62亿元",
            "midu-newspaper-interview-2024.txt,              TEXT, UTF-8,    旅游综合收 入21.47亿元",
            "fuping-work-report-2023.gbk.txt,                TEXT, GB18030,  食用菌种植规模稳定在2.6万亩",
            "luochuan-press-release-2024.big5.txt,           TEXT, Big5,     蘋果種植面積穩定在53萬畝",
            "jiangyong-statistics-bulletin-2023.utf16le.txt, TEXT, UTF-16LE, 三次产业结构为28.2:20.4:51.4",
            "caoxian-work-report-2024.txt,                   TEXT, UTF-8,    淘宝村发展到168个",
            "meitan-news-page.html,                          HTML, GB18030,  茶产业综合产值突破200亿元",
            "jinzhai-work-report-2024.pdf,                   PDF,  PDF,      实现旅游综合收入142.3亿元",
            "wuyuan-press-conference-2024.docx,              DOCX, DOCX,     全县森林覆盖率达到82.6%"})
    void eachSampleIsReadInItsFormatAndCharset(String file, DocumentFormat format, String charset, String phrase)
            throws Exception {
        SourceDocument doc = reader.read(TestDocuments.samplesFolder().resolve(file));

        assertThat(doc.format()).isEqualTo(format);
        assertThat(doc.charset()).isEqualTo(charset);
        assertThat(doc.original()).contains(phrase);
        assertThat(doc.original().length()).isBetween(400, 4000);
    }

    @ParameterizedTest
    @CsvSource({
            "fuping-work-report-2023.gbk.txt,                fuping-work-report-2023.txt",
            "luochuan-press-release-2024.big5.txt,           luochuan-press-release.txt",
            "jiangyong-statistics-bulletin-2023.utf16le.txt, jiangyong-statistics-bulletin-2023.txt"})
    void encodedSamplesDecodeToTheirSourceTextExactly(String sample, String source) throws Exception {
        String expected = Files.readString(TestDocuments.sampleSourcesFolder().resolve(source));

        assertThat(reader.read(TestDocuments.samplesFolder().resolve(sample)).original()).isEqualTo(expected);
    }

    @Test
    void theByteOrderMarkIsStrippedButCarriageReturnsStay() throws Exception {
        String source = Files.readString(TestDocuments.sampleSourcesFolder().resolve("caoxian-work-report-2024.txt"));

        String original = reader.read(TestDocuments.samplesFolder().resolve("caoxian-work-report-2024.txt")).original();

        assertThat(original).isEqualTo(source.replace("\n", "\r\n"));
    }

    @Test
    void thePageKeepsItsChromeButNotItsCode() throws Exception {
        String page = reader.read(TestDocuments.samplesFolder().resolve("meitan-news-page.html")).original();

        assertThat(page).contains("政务公开\n新闻中心", "版权所有 © 2024 湄潭县人民政府", "“湄潭翠芽”&“遵义红”")
                .doesNotContain("_hmt", "font-family", "cnzz", "湄潭县人民政府门户网站\"");
    }

    @Test
    void theSamplesPageDescribesEverySample() throws IOException {
        String readme = Files.readString(TestDocuments.root().resolve("docs/samples.md"));

        assertThat(sampleFiles()).isNotEmpty().allSatisfy(name -> assertThat(readme).contains("`" + name + "`"));
    }

    @Test
    void theSharedSeedsReadExactlyAsTheirUtf8Bytes() {
        assertThat(TestDocuments.seeds()).isNotEmpty().allSatisfy(seed -> {
            SourceDocument doc = reader.read(seed);
            assertThat(doc.format()).isEqualTo(DocumentFormat.TEXT);
            assertThat(doc.charset()).isEqualTo("UTF-8");
            assertThat(doc.original()).isEqualTo(new String(Files.readAllBytes(seed), StandardCharsets.UTF_8));
        });
    }

    private static List<String> sampleFiles() {
        return TestDocuments.samples().stream().map(p -> p.getFileName().toString()).toList();
    }
}
