package org.xianzhi.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import picocli.CommandLine;

class QuantitiesCommandTest {

    @Test
    void printsOneJsonArrayPerInputLineWithPlainNumbersAndExclusiveEnds() throws Exception {
        List<String> lines = run("全县播种面积387万亩,地区生产总值58.26亿元\n一是加快发展\n2021年至2024年,增长5%-6%\n");
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).contains("\"value\":3870000,").doesNotContain("E+");
        JsonNode first = new ObjectMapper().readTree(lines.get(0));
        assertThat(first).hasSize(2);
        assertThat(first.get(0).get("text").asText()).isEqualTo("387万亩");
        assertThat(first.get(0).get("start").asInt()).isEqualTo(6);
        assertThat(first.get(0).get("end").asInt()).isEqualTo(11);
        assertThat(first.get(0).get("unit").asText()).isEqualTo("亩");
        assertThat(first.get(0).get("kind").asText()).isEqualTo("number");
        assertThat(first.get(0).get("approx").asText()).isEqualTo("exact");
        assertThat(first.get(0).get("figure").asBoolean()).isTrue();
        assertThat(first.get(1).get("written_value").decimalValue()).isEqualByComparingTo("58.26");
        assertThat(first.get(1).get("written_unit").asText()).isEqualTo("亿元");
        assertThat(lines.get(1)).isEqualTo("[]");
        JsonNode third = new ObjectMapper().readTree(lines.get(2));
        assertThat(third.get(0).get("kind").asText()).isEqualTo("period");
        assertThat(third.get(0).get("high").asInt()).isEqualTo(2024);
        assertThat(third.get(1).get("kind").asText()).isEqualTo("percent");
        assertThat(third.get(1).get("high").asInt()).isEqualTo(6);
    }

    @Test
    void marksWhatOnlyAGeneralReadingFindsAsNoFigure() throws Exception {
        JsonNode read = new ObjectMapper().readTree(run("景区门票打八折,游客二十几万人\n").get(0));
        assertThat(read).hasSize(2);
        assertThat(read.get(0).get("text").asText()).isEqualTo("八折");
        assertThat(read.get(0).get("value").asInt()).isEqualTo(80);
        assertThat(read.get(0).get("kind").asText()).isEqualTo("percent");
        assertThat(read.get(0).get("figure").asBoolean()).isFalse();
        assertThat(read.get(1).get("value").asInt()).isEqualTo(200000);
        assertThat(read.get(1).get("approx").asText()).isEqualTo("over");
        assertThat(read.get(1).get("figure").asBoolean()).isFalse();
    }

    @Test
    void isRegisteredAsSubcommandAndAsBenchmark() {
        CommandLine main = Main.commandLine();
        assertThat(main.getSubcommands()).containsKey("quantities");
        assertThat(main.getSubcommands().get("bench").getSubcommands()).containsKey("quantities");
    }

    private static List<String> run(String stdin) {
        QuantitiesCommand command = new QuantitiesCommand();
        command.input = new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8));
        StringWriter out = new StringWriter();
        CommandLine cmd = new CommandLine(command);
        cmd.setOut(new PrintWriter(out));
        assertThat(cmd.execute()).isZero();
        return out.toString().lines().toList();
    }
}
