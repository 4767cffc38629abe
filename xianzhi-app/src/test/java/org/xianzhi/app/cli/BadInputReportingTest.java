package org.xianzhi.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/** How {@code xianzhi normalize} reports files it cannot read: one line each, skipped, exit code by reason. */
class BadInputReportingTest {
    private static final String GOOD_ONE = "全县地区生产总值完成98.62亿元,增长7.4%。";
    private static final String GOOD_TWO = "全年接待游客612.8万人次,实现旅游综合收入38.5亿元。";

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void aBadFileAmongGoodOnesIsReportedOnOneLineAndSkipped() throws IOException {
        Path first = Files.writeString(dir.resolve("a.txt"), GOOD_ONE);
        Path empty = Files.createFile(dir.resolve("b.txt"));
        Path second = Files.write(dir.resolve("c.txt"), GOOD_TWO.getBytes(Charset.forName("GBK")));

        int exit = normalize(first.toString(), empty.toString(), second.toString());

        assertThat(out.toString().lines()).containsExactly(GOOD_ONE, GOOD_TWO);
        assertThat(err.toString().lines()).containsExactly("xianzhi: " + empty + ": empty file (0 bytes)");
        assertThat(exit).isEqualTo(4);
    }

    @Test
    void aFolderIsWalkedAndItsBadFilesSkipped() throws IOException {
        Files.writeString(dir.resolve("1-report.txt"), GOOD_ONE);
        Files.write(dir.resolve("2-photo.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        Files.writeString(dir.resolve("3-report.txt"), GOOD_TWO);

        int exit = normalize(dir.toString());

        assertThat(out.toString().lines()).containsExactly(GOOD_ONE, GOOD_TWO);
        assertThat(err.toString().lines()).containsExactly("xianzhi: " + dir.resolve("2-photo.png") + ": not text: a PNG image");
        assertThat(exit).isEqualTo(6);
    }

    @Test
    void aMissingPathExitsWith3() {
        assertThat(normalize(dir.resolve("missing.txt").toString())).isEqualTo(3);
        assertThat(err.toString()).isEqualTo("xianzhi: " + dir.resolve("missing.txt") + ": no such file" + System.lineSeparator());
    }

    @Test
    void aWhiteSpaceOnlyFileExitsWith4() throws IOException {
        Path blank = Files.writeString(dir.resolve("blank.txt"), "\u3000\u3000\r\n  \n");

        assertThat(normalize(blank.toString())).isEqualTo(4);
        assertThat(err.toString().lines()).containsExactly("xianzhi: " + blank + ": no text: only white space");
    }

    @Test
    void aFileOverTheSizeLimitExitsWith5() throws IOException {
        Path big = Files.writeString(dir.resolve("big.txt"), GOOD_ONE.repeat(30_000), StandardCharsets.UTF_8);

        assertThat(normalize("--max-size-mb", "1", big.toString())).isEqualTo(5);
        assertThat(err.toString().lines()).singleElement().asString()
                .startsWith("xianzhi: " + big + ": file of ").endsWith("bytes is over the limit of 1048576 bytes");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void binaryJunkExitsWith6() throws IOException {
        byte[] junk = new byte[2048];
        for (int i = 0; i < junk.length; i++) {
            junk[i] = (byte) (i * 31 % 7);
        }
        Path bin = Files.write(dir.resolve("data.bin"), junk);

        assertThat(normalize(bin.toString())).isEqualTo(6);
        assertThat(err.toString().lines()).singleElement().asString().startsWith("xianzhi: " + bin + ": not text: binary data");
    }

    @Test
    void theFirstBadFileDecidesTheExitCode() throws IOException {
        Path empty = Files.createFile(dir.resolve("empty.txt"));
        Path missing = dir.resolve("missing.txt");

        assertThat(normalize(missing.toString(), empty.toString())).isEqualTo(3);
        assertThat(err.toString().lines()).hasSize(2);
    }

    private int normalize(String... args) {
        CommandLine cmd = Main.commandLine();
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        String[] all = new String[args.length + 1];
        all[0] = "normalize";
        System.arraycopy(args, 0, all, 1, args.length);
        return cmd.execute(all);
    }
}
