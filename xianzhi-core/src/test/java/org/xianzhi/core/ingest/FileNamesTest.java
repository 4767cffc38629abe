package org.xianzhi.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileNamesTest {
    @TempDir
    Path temp;

    @Test
    void aNameInUtf8IsShownAsItIsAndFoundAsItIs() {
        Path p = Path.of("报告/2023年临泽县政府工作报告.txt");
        assertThat(FileNames.shown(p)).isEqualTo(p.toString());
        assertThat(FileNames.located(FileNames.shown(p))).isEqualTo(p);
    }

    @Test
    void aGbkNameIsShownWithItsBytesEscapedAndThatNameFindsTheFile() throws Exception {
        assumeTrue("UTF-8".equals(System.getProperty("sun.jnu.encoding")), "file names are decoded as UTF-8 here");
        // 报告 in GBK (B1 A8 B8 E6), then ASCII: a name Java shows as U+FFFD.
        Path folder = Files.createDirectories(temp.resolve("文件夹"));
        Path written = Path.of(URI.create(folder.toUri() + "%B1%A8%B8%E6-2023.txt"));
        Files.writeString(written, "临泽县2024年政府工作报告", StandardCharsets.UTF_8);

        Path listed;
        try (Stream<Path> files = Files.list(folder)) {
            listed = files.findFirst().orElseThrow();
        }
        assertThat(listed.toString()).contains("\uFFFD");
        String shown = FileNames.shown(listed);
        assertThat(shown).isEqualTo(folder + "/\\xB1\\xA8\\xB8\\xE6-2023.txt");
        assertThat(Files.readString(FileNames.located(shown), StandardCharsets.UTF_8)).isEqualTo("临泽县2024年政府工作报告");
        assertThat(new DocumentReader().read(listed).file()).isEqualTo(shown);
    }

    @Test
    void aRelativeNameStaysRelativeAndOnlyTheBytesThatAreNotUtf8AreEscaped() throws Exception {
        assumeTrue("UTF-8".equals(System.getProperty("sun.jnu.encoding")), "file names are decoded as UTF-8 here");
        Path name = Path.of(URI.create("file:///%E6%8A%A5%FF%E5%91%8A.txt")).getFileName();
        Path relative = Path.of("docs").resolve(name);
        assertThat(FileNames.shown(relative)).isEqualTo("docs/报\\xFF告.txt");
        assertThat(FileNames.located("docs/报\\xFF告.txt")).isEqualTo(relative);
        assertThat(List.of(FileNames.located("/tmp/a\\xFF").toString())).containsExactly("/tmp/a\uFFFD");
    }
}
