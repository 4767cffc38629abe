package org.xianzhi.core.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever the text, the parser returns ordered, non-overlapping quantities inside it and never throws. */
class ParserRobustnessProperties {
    /** Characters that drive the scanner into its deeper paths: numerals, units, hedges, separators, quotes. */
    private static final String DENSE = "0123456789０９.．,，%％‰-－—~至到一二三四五六七八九十百千万亿零〇两壹拾佰仟萬億廿卅"
            + "点分之成倍个人次户元亩斤吨年月日号底第前全市省近约超余多以上下内左右来负半“”\"《》()（）、 \nAGPM/:";

    private final ChineseQuantityParser parser = new ChineseQuantityParser();

    @Property(tries = 3000)
    void anyUnicodeTextIsScannedSafely(@ForAll String text) {
        assertWellFormed(text, parser.parse(text));
    }

    @Property(tries = 5000)
    void textDenseWithNumeralsAndUnitsIsScannedSafely(@ForAll("dense") String text) {
        assertWellFormed(text, parser.parse(text));
    }

    @Property(tries = 1000)
    void randomBytesDecodedAsGbkAreScannedSafely(@ForAll byte[] bytes) {
        String text = new String(bytes, Charset.forName("GBK"));
        assertWellFormed(text, parser.parse(text));
    }

    @Property(tries = 1000)
    void loneSurrogatesAndControlCharactersAreScannedSafely(@ForAll("surrogates") String text) {
        assertWellFormed(text, parser.parse(text));
    }

    @Provide
    Arbitrary<String> dense() {
        return Arbitraries.strings().withChars(DENSE.toCharArray()).ofMaxLength(60);
    }

    @Provide
    Arbitrary<String> surrogates() {
        return Arbitraries.strings().withCharRange('\ud800', '\udfff').withCharRange('\u0000', '\u001f')
                .withChars("3万元一百".toCharArray()).ofMaxLength(40);
    }

    static void assertWellFormed(String text, List<Quantity> found) {
        int previousEnd = 0;
        for (Quantity q : found) {
            assertThat(q.start()).as("start of %s in %s", q, text).isGreaterThanOrEqualTo(previousEnd);
            assertThat(q.end()).as("end of %s in %s", q, text).isGreaterThan(q.start()).isLessThanOrEqualTo(text.length());
            if (q.kind() != QuantityKind.PERIOD) {
                assertThat(q.value()).as("value of %s in %s", q, text).isNotNull();
            }
            if (q.valueHigh() != null) {
                assertThat(q.valueHigh()).as("range of %s in %s", q, text).isGreaterThanOrEqualTo(q.value());
            }
            previousEnd = q.end();
        }
    }
}
