package org.xianzhi.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/** {@code bench t2s}, {@code bench repair} and the recall of {@code bench quantities}, on small inputs of our own. */
class ReadingBenchesTest {
    @TempDir
    Path dir;

    @Test
    void t2sCountsExactConversionsPerKindAndNamesTheMisses() throws IOException {
        Path cases = write("cases.tsv", "kind\ttraditional\tsimplified\n"
                + "t2s\t縣政府發展糧食產業\t县政府发展粮食产业\n"
                + "tw2s\t隨著經濟發展\t随着经济发展\n"
                + "t2s\t乾隆年間\t干隆年间\n");
        Path corpus = write("docs/report.txt", "全县地区生产总值增长百分之六，粮食产量稳定。\n");

        String out = run("bench", "t2s", "--cases", cases.toString(), "--corpus", corpus.getParent().toString(),
                "--chars", "1000");

        assertThat(out).contains("t2s: 1 of 2 exact", "tw2s: 1 of 1 exact", "cases: 2 of 3 exact")
                .contains("miss (t2s): 乾隆年間 → 乾隆年间, expected 干隆年间")
                .contains("the t2s filter alone:", "opencc4j ZhConverterUtil.toSimple");
    }

    @Test
    void repairCountsRunsRestoredWholeOnOurOwnCleanText() throws IOException {
        Path corpus = write("docs/report.txt", "今年全县新建高标准农田三万亩，粮食总产量稳定在二十万吨以上。"
                + "全年接待游客三百万人次，旅游综合收入达到二十亿元，同比增长百分之十二。\n");

        String out = run("bench", "repair", "--corpus", corpus.getParent().toString(), "--every", "20", "--show", "0");

        assertThat(out).contains("clean documents changed by the repair: 0 of 1").containsPattern("runs: [1-9]\\d* of 8")
                .containsPattern("whole +[1-9]").contains("made worse (text outside the run changed): 0");
    }

    @Test
    void quantitiesPrintsRecallOnTheCasesBeforeTheRounds() throws IOException {
        Path cases = write("cases.tsv", "kind\ttext\tvalue\nmoney\t收入58.26亿元\t5826000000\nroman\t第Ⅻ章\t12\n");
        Path corpus = write("docs/report.txt", "全县地区生产总值58.26亿元。\n");

        String out = run("bench", "quantities", "--cases", cases.toString(), "--corpus", corpus.getParent().toString(),
                "--chars", "100");

        assertThat(out).contains("recall money: 1 of 1", "recall roman: 0 of 1", "missed (roman): 第Ⅻ章")
                .containsPattern("recall on .*: 1 of 2 \\(0\\.500\\)").contains("round 3");
    }

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static String run(String... args) {
        StringWriter out = new StringWriter();
        CommandLine cmd = Main.commandLine();
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(new StringWriter()));
        assertThat(cmd.execute(args)).isZero();
        return out.toString();
    }
}
