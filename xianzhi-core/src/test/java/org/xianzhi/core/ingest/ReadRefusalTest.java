package org.xianzhi.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xianzhi.core.ingest.UnreadableDocumentException.Reason;

class ReadRefusalTest {
    private final DocumentReader reader = new DocumentReader();

    @TempDir
    Path dir;

    @Test
    void aMissingFileIsAnUnreadablePath() {
        Path missing = dir.resolve("missing.txt");

        UnreadableDocumentException refusal = ReadErrors.refusal(() -> reader.read(missing));

        assertThat(refusal.reason()).isEqualTo(Reason.UNREADABLE_PATH);
        assertThat(refusal.getMessage()).isEqualTo(missing + ": no such file");
        assertThat(refusal.file()).isEqualTo(missing.toString());
    }

    @Test
    void aDirectoryIsAnUnreadablePath() {
        UnreadableDocumentException refusal = ReadErrors.refusal(() -> reader.read(dir));

        assertThat(refusal.reason()).isEqualTo(Reason.UNREADABLE_PATH);
        assertThat(refusal.getMessage()).isEqualTo(dir + ": is a directory");
    }

    @Test
    void aFileWithoutReadPermissionIsAnUnreadablePath() throws IOException {
        Path locked = Files.writeString(dir.resolve("locked.txt"), "全县粮食产量达到11.2万吨");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("-w-------"));
        assumeFalse(Files.isReadable(locked), "running as a user who reads every file (root)");

        UnreadableDocumentException refusal = ReadErrors.refusal(() -> reader.read(locked));

        assertThat(refusal.reason()).isEqualTo(Reason.UNREADABLE_PATH);
        assertThat(refusal.getMessage()).isEqualTo(locked + ": permission denied");
    }

    @Test
    void zeroBytesAreEmpty() throws IOException {
        Path empty = Files.createFile(dir.resolve("empty.txt"));

        UnreadableDocumentException refusal = ReadErrors.refusal(() -> reader.read(empty));

        assertThat(refusal.reason()).isEqualTo(Reason.EMPTY);
        assertThat(refusal.getMessage()).isEqualTo(empty + ": empty file (0 bytes)");
    }

    @Test
    void onlyWhiteSpaceOnceDecodedIsEmpty() {
        byte[] spaces = " \r\n\t\u3000\u3000\u00A0\n".getBytes(StandardCharsets.UTF_8);
        byte[] markOnly = {(byte) 0xFF, (byte) 0xFE};

        assertThat(ReadErrors.refusal(() -> reader.read("blank.txt", spaces)).getMessage())
                .isEqualTo("blank.txt: no text: only white space");
        assertThat(ReadErrors.reasonFor(() -> reader.read("bom.txt", markOnly))).isEqualTo(Reason.EMPTY);
    }

    @Test
    void theSizeLimitIsCheckedBeforeTheFileIsRead() throws IOException {
        // A sparse 3 GB file: reading it whole would fail (arrays stop at 2 GB), so only a size check can refuse it cleanly.
        Path huge = dir.resolve("huge.txt");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(3L * 1024 * 1024 * 1024);
        }

        UnreadableDocumentException refusal = ReadErrors.refusal(() -> reader.read(huge));

        assertThat(refusal.reason()).isEqualTo(Reason.TOO_LARGE);
        assertThat(refusal.getMessage()).isEqualTo(huge + ": file of 3221225472 bytes is over the limit of 52428800 bytes");
    }

    @Test
    void bytesOverTheConfiguredLimitAreTooLarge() {
        byte[] report = "全县地区生产总值完成98.62亿元".getBytes(StandardCharsets.UTF_8);

        assertThat(ReadErrors.reasonFor(() -> new DocumentReader(report.length - 1).read("r.txt", report))).isEqualTo(Reason.TOO_LARGE);
    }

    @Test
    void bytesExactlyAtTheLimitAreRead() throws Exception {
        byte[] report = "全县地区生产总值完成98.62亿元".getBytes(StandardCharsets.UTF_8);

        assertThat(new DocumentReader(report.length).read("r.txt", report).original()).isEqualTo("全县地区生产总值完成98.62亿元");
    }

    @Test
    void anImageIsNotTextAndTheMessageSaysWhatItIs() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

        UnreadableDocumentException refusal = ReadErrors.refusal(() -> reader.read("photo.txt", png));

        assertThat(refusal.reason()).isEqualTo(Reason.NOT_TEXT);
        assertThat(refusal.getMessage()).isEqualTo("photo.txt: not text: a PNG image");
    }

    @Test
    void binaryJunkFullOfControlCharactersIsNotText() {
        byte[] junk = new byte[4096];
        new Random(7).nextBytes(junk);

        UnreadableDocumentException refusal = ReadErrors.refusal(() -> reader.read("junk.dat", junk));

        assertThat(refusal.reason()).isEqualTo(Reason.NOT_TEXT);
        assertThat(refusal.getMessage()).startsWith("junk.dat: not text: binary data");
    }

    @Test
    void textInterleavedWithNulsIsNotText() {
        // UTF-16 without a byte-order mark: every other byte is NUL. We do not guess it; it is refused, not misread.
        byte[] utf16 = "County report: GDP up 6.9%".getBytes(StandardCharsets.UTF_16LE);

        assertThat(ReadErrors.reasonFor(() -> reader.read("nobom.txt", utf16))).isEqualTo(Reason.NOT_TEXT);
    }

    @Test
    void aFewControlCharactersInARealDocumentAreTolerated() throws Exception {
        String text = "全县粮食总产量达到11.2万吨,增长3.1%。\f\n第2页\u0007\n旅游综合收入38.5亿元,增长104.7%,均创历史新高。";

        assertThat(reader.read("report.txt", text.getBytes(StandardCharsets.UTF_8)).original()).isEqualTo(text);
    }

    @Test
    void refusalMessagesStayOnOneLineEvenWhenTheDetailSpansLines() {
        UnreadableDocumentException refusal = new UnreadableDocumentException("a\nb.txt", Reason.NOT_TEXT, "first\r\n  second\nthird");

        assertThat(refusal.getMessage()).isEqualTo("a b.txt: first second third");
    }
}
