package org.xianzhi.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class DocumentReaderPropertyTest {
    private final DocumentReader reader = new DocumentReader(1 << 20);

    @Property(tries = 1000)
    void randomBytesAreReadOrRefusedButNeverThrowAnythingElse(@ForAll("documentLikeBytes") byte[] bytes) {
        try {
            SourceDocument doc = reader.read("random.bin", bytes);
            assertThat(doc.original()).isNotBlank();
            assertThat(doc.id()).isEqualTo(DocumentReader.sha256(bytes));
        } catch (UnreadableDocumentException e) {
            assertThat(e.getMessage()).startsWith("random.bin: ").doesNotContain("\n", "\r");
        }
    }

    @Property(tries = 200)
    void readingTheSameBytesTwiceGivesTheSameDocument(@ForAll("documentLikeBytes") byte[] bytes) {
        SourceDocument first = readOrNull(bytes);
        SourceDocument second = readOrNull(bytes.clone());

        assertThat(second).isEqualTo(first);
    }

    @Property(tries = 300)
    void chineseTextInAnyEncodingDecodesBackToItself(@ForAll("chineseSentences") String text,
            @ForAll("chineseCharsets") Charset charset) throws UnreadableDocumentException {
        byte[] bytes = text.getBytes(charset);

        assertThat(reader.read("report.txt", bytes).original()).isEqualTo(text);
    }

    private SourceDocument readOrNull(byte[] bytes) {
        try {
            return reader.read("same.bin", bytes);
        } catch (UnreadableDocumentException e) {
            return null;
        }
    }

    /** Random bytes, sometimes behind the magic of a format we parse, so that the PDF and DOCX paths get junk too. */
    @Provide
    Arbitrary<byte[]> documentLikeBytes() {
        Arbitrary<byte[]> body = Arbitraries.bytes().array(byte[].class).ofMinSize(0).ofMaxSize(600);
        Arbitrary<String> magic = Arbitraries.of("", "", "", "%PDF-1.4\n", "PK\u0003\u0004word/document.xml", "<html><body>",
                "\u00EF\u00BB\u00BF", "\u00FF\u00FE", "\u00FE\u00FF");
        return Combinators.combine(magic, body).as((prefix, tail) -> {
            byte[] head = prefix.getBytes(StandardCharsets.ISO_8859_1);
            byte[] all = new byte[head.length + tail.length];
            System.arraycopy(head, 0, all, 0, head.length);
            System.arraycopy(tail, 0, all, head.length, tail.length);
            return all;
        });
    }

    /** Sentences of 20 to 60 characters drawn from county-report vocabulary, with figures between the words. */
    @Provide
    Arbitrary<String> chineseSentences() {
        Arbitrary<String> word = Arbitraries.of("地区生产总值", "一般公共预算收入", "增长", "城乡居民人均可支配收入", "分别达到",
                "粮食产量", "万吨", "接待游客", "万人次", "旅游综合收入", "亿元", "新能源装机", "万千瓦", "全市第一", "，", "；", "。");
        Arbitrary<String> figure = Arbitraries.doubles().between(0.1, 999.9).ofScale(1).map(d -> d + "%");
        return Arbitraries.oneOf(word, word, word, figure).list().ofMinSize(8).ofMaxSize(20).map(parts -> String.join("", parts));
    }

    @Provide
    Arbitrary<Charset> chineseCharsets() {
        return Arbitraries.of(StandardCharsets.UTF_8, Charset.forName("GBK"), Charset.forName("GB18030"));
    }
}
