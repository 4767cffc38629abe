package org.xianzhi.app.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.xianzhi.core.quantity.ChineseQuantityParser;
import org.xianzhi.core.quantity.Quantity;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code xianzhi quantities}: for each UTF-8 line on standard input, one JSON array of the quantities in it.
 * Offsets are UTF-16 indices into the line, end exclusive; numbers are printed plain (3870000, never 3.87E+6).
 */
@Command(name = "quantities", mixinStandardHelpOptions = true,
        description = "Read lines on standard input; print, for each, a JSON array of the quantities found in it.")
final class QuantitiesCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    @Spec
    CommandSpec spec;

    /** Where lines come from; tests replace it. */
    InputStream input = System.in;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        ChineseQuantityParser parser = new ChineseQuantityParser();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(input, StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                out.println(json(line, parser.parse(line)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read standard input", e);
        }
        out.flush();
        return ExitCodes.OK;
    }

    static String json(String line, List<Quantity> quantities) {
        List<Map<String, Object>> rows = new ArrayList<>(quantities.size());
        for (Quantity q : quantities) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("text", q.text(line));
            row.put("start", q.start());
            row.put("end", q.end());
            row.put("value", q.value());
            if (q.valueHigh() != null) {
                row.put("high", q.valueHigh());
            }
            row.put("unit", q.unit());
            row.put("kind", q.kind().label());
            row.put("approx", q.approx().label());
            row.put("figure", q.figure());
            row.put("written_value", q.writtenValue());
            row.put("written_unit", q.writtenUnit());
            if (q.scope() != null) {
                row.put("scope", q.scope());
            }
            if (q.date() != null) {
                row.put("date", q.date());
            }
            rows.add(row);
        }
        try {
            return JSON.writeValueAsString(rows);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write quantities as JSON", e);
        }
    }
}
