package org.xianzhi.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.xianzhi.core.ingest.UnreadableDocumentException.Reason;

/** Random bytes are not text, whatever charset they happen to decode in; short real text is. */
class PlausibleTextTest {
    private final DocumentReader reader = new DocumentReader();

    @ParameterizedTest
    @ValueSource(ints = {64, 100, 500, 2_000, 20_000, 200_000})
    void randomBytesOfAnyLengthAreRefusedAsNotText(int length) {
        SplittableRandom random = new SplittableRandom(length);
        for (int i = 0; i < 50; i++) {
            byte[] bytes = new byte[length];
            random.nextBytes(bytes);
            assertThatThrownBy(() -> reader.read("r.bin", bytes)).isInstanceOfSatisfying(UnreadableDocumentException.class,
                    e -> assertThat(e.reason()).isEqualTo(Reason.NOT_TEXT));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"增长5%", "GDP 58.26亿元", "涞水县", "Café report, São Paulo 2023: up 5%.", "蠡县·博野县 2023年",
        "全县地区生产总值完成98.62亿元，增长7.4%。"})
    void shortRealTextIsRead(String text) throws UnreadableDocumentException {
        for (Charset charset : new Charset[] {StandardCharsets.UTF_8, Charset.forName("GB18030")}) {
            assertThat(reader.read("t.txt", text.getBytes(charset)).original()).isEqualTo(text);
        }
    }
}
