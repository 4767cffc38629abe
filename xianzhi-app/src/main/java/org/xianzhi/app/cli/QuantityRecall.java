package org.xianzhi.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.xianzhi.core.quantity.ChineseQuantityParser;
import org.xianzhi.core.quantity.Quantity;

/**
 * The recall of the quantity parser on our cases of what a general recognizer of Chinese numbers reads
 * ({@code recognizer-cases.tsv}: kind, text, value): a case is found when some quantity read from its text has that
 * value (or that upper value, for a range), to six significant places.
 */
final class QuantityRecall {
    private QuantityRecall() {
    }

    private record Case(String kind, String text, BigDecimal value) {
    }

    static void print(Path file, ChineseQuantityParser parser, PrintWriter out) throws IOException {
        List<Case> cases = Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#") && !line.startsWith("kind\t"))
                .map(line -> line.split("\t", -1))
                .filter(fields -> fields.length == 3)
                .map(fields -> new Case(fields[0], fields[1], new BigDecimal(fields[2])))
                .toList();
        Map<String, int[]> byKind = new TreeMap<>();
        for (Case c : cases) {
            int[] counts = byKind.computeIfAbsent(c.kind(), k -> new int[2]);
            counts[1]++;
            List<Quantity> read = parser.parse(c.text());
            if (read.stream().anyMatch(q -> same(q.value(), c.value()) || same(q.valueHigh(), c.value()))) {
                counts[0]++;
            } else {
                out.printf("missed (%s): %s, expected %s, read %s%n", c.kind(), c.text(), c.value().toPlainString(),
                        read.stream().map(q -> q.text(c.text()) + "=" + (q.value() == null ? "?" : q.value().toPlainString()))
                                .toList());
            }
        }
        int found = byKind.values().stream().mapToInt(c -> c[0]).sum();
        byKind.forEach((kind, c) -> out.printf("recall %s: %d of %d%n", kind, c[0], c[1]));
        out.printf("recall on %s: %d of %d (%.3f)%n", file, found, cases.size(), (double) found / cases.size());
        out.flush();
    }

    private static boolean same(BigDecimal read, BigDecimal expected) {
        if (read == null) {
            return false;
        }
        BigDecimal tolerance = expected.abs().max(BigDecimal.ONE).multiply(new BigDecimal("1e-6"));
        return read.subtract(expected).abs().compareTo(tolerance) <= 0;
    }
}
