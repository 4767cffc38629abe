package org.xianzhi.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xianzhi.app.facts.FactCsv;
import org.xianzhi.app.facts.FactJson;
import org.xianzhi.core.fact.Fact;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;


/** {@code xianzhi extract} and {@code xianzhi eval}: FACTS.md's JSONL and CSV, bad files skipped, scores printed. */
class ExtractCommandTest {
    private static final String REPORT = "临泽县2024年政府工作报告\n——2024年1月9日在临泽县第十八届人民代表大会第四次会议上\n"
            + "一、2023年工作回顾\n全县地区生产总值完成98.62亿元,增长7.4%。\n";

    @TempDir
    Path dir;

    @Test
    void writesOneFactPerLineWithTheFieldsOfFactsMdAndSkipsABadFile() throws IOException {
        Path report = Files.writeString(dir.resolve("report.txt"), REPORT);
        Path empty = Files.createFile(dir.resolve("empty.txt"));

        CommandRun run = CommandRun.of("extract", report.toString(), empty.toString());

        assertThat(run.exit()).isEqualTo(4);
        assertThat(run.err().lines()).hasSize(1).first().asString().contains("empty.txt");
        List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSize(2);
        JsonNode first = new ObjectMapper().readTree(lines.get(0));
        assertThat(first.fieldNames()).toIterable().containsExactlyElementsOf(FactCsv.COLUMNS);
        assertThat(first.get("value").toString()).isEqualTo("98.62");
        assertThat(first.get("region").asText()).isEqualTo("临泽县");
        assertThat(first.get("region_code").asText()).isEqualTo("620723");
        Fact fact = FactJson.fromLine(lines.get(0));
        assertThat(REPORT.substring(fact.start(), fact.end())).isEqualTo("地区生产总值完成98.62亿元");
    }

    @Test
    void writesCsvWithAByteOrderMarkToAFile() throws IOException {
        Path report = Files.writeString(dir.resolve("report.txt"), REPORT);
        Path csv = dir.resolve("facts.csv");

        assertThat(CommandRun.of("extract", "--format", "csv", "-o", csv.toString(), report.toString()).exit()).isZero();

        byte[] bytes = Files.readAllBytes(csv);
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        List<String> rows = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertThat(rows.get(0)).isEqualTo("\uFEFF" + String.join(",", FactCsv.COLUMNS));
        assertThat(rows).hasSize(3);
        assertThat(rows.get(1)).contains(",地区生产总值,value,actual,2023,98.62,亿元,");
    }

    @Test
    void evalScoresTheDocumentsAgainstTheGoldFacts() throws IOException {
        Path docs = Files.createDirectories(dir.resolve("docs"));
        Files.writeString(docs.resolve("report.txt"), REPORT);
        Path gold = Files.createDirectories(dir.resolve("gold"));
        Files.writeString(gold.resolve("report.jsonl"), String.join("\n",
                "{\"file\":\"report.txt\",\"region\":\"临泽县\",\"indicator\":\"地区生产总值\",\"measure\":\"value\","
                        + "\"status\":\"actual\",\"period\":\"2023\",\"periods_ok\":[],\"value\":98.62,\"unit\":\"亿元\"}",
                "{\"file\":\"report.txt\",\"region\":\"临泽县\",\"indicator\":\"粮食产量\",\"measure\":\"value\","
                        + "\"status\":\"actual\",\"period\":\"2023\",\"periods_ok\":[],\"value\":11.2,\"unit\":\"万吨\","
                        + "\"evidence\":\"粮食总产量达到11.2万吨\"}"));

        CommandRun run = CommandRun.of("eval", "--gold", gold.toString(), "--docs", docs.toString());
        assertThat(run.exit()).isZero();

        String report = run.out();
        assertThat(report).containsPattern("report\\.txt\\s+2\\s+2\\s+1\\s+0\\.500\\s+0\\.500\\s+0\\.500");
        assertThat(report).contains("misses (1):").contains("粮食产量").contains("粮食总产量达到11.2万吨");
        assertThat(report).contains("false hits (1):").contains("地区生产总值 growth actual 2023 7.4%");
    }

    @Test
    void evalLabelsEachErrorWithItsKind() throws IOException {
        Path docs = Files.createDirectories(dir.resolve("docs"));
        Files.writeString(docs.resolve("report.txt"), REPORT);
        Path gold = Files.createDirectories(dir.resolve("gold"));
        // The GDP figure with another period: the same error seen from both sides.
        Files.writeString(gold.resolve("report.jsonl"),
                "{\"file\":\"report.txt\",\"region\":\"临泽县\",\"indicator\":\"地区生产总值\",\"measure\":\"value\","
                        + "\"status\":\"actual\",\"period\":\"2022\",\"value\":98.62,\"unit\":\"亿元\"}");

        CommandRun run = CommandRun.of("eval", "--gold", gold.toString(), "--docs", docs.toString(), "--by-kind");

        assertThat(run.out()).containsPattern("period\\s+1\\s+1")
                .contains("[period] report.txt 地区生产总值 value actual 2022 98.62亿元");
    }

    @Test
    void evalOverDocumentsWithoutGoldSaysSoAndFails() throws IOException {
        Path docs = Files.createDirectories(dir.resolve("docs"));
        Files.writeString(docs.resolve("report.txt"), REPORT);
        Path gold = Files.createDirectories(dir.resolve("gold"));
        Files.writeString(gold.resolve("other.jsonl"),
                "{\"file\":\"other.txt\",\"region\":\"临泽县\",\"indicator\":\"地区生产总值\",\"measure\":\"value\","
                        + "\"status\":\"actual\",\"period\":\"2022\",\"value\":98.62,\"unit\":\"亿元\"}");

        CommandRun run = CommandRun.of("eval", "--gold", gold.toString(), "--docs", docs.toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("no document under").doesNotContain("1.000");
        assertThat(run.out()).doesNotContain("1.000");
    }
}
