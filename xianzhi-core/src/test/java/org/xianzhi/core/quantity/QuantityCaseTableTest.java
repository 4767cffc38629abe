package org.xianzhi.core.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The case table {@code quantity-cases.tsv}: one group per {@code ## heading} (the heading says what the group checks),
 * one case per line, input and expected quantities in {@link QuantityNotation} separated by a tab.
 */
class QuantityCaseTableTest {
    private final ChineseQuantityParser parser = new ChineseQuantityParser();

    @TestFactory
    Stream<DynamicNode> everyCaseOfTheTableReadsAsExpected() throws IOException {
        List<DynamicNode> groups = new ArrayList<>();
        String heading = null;
        List<DynamicTest> cases = new ArrayList<>();
        int total = 0;
        for (String line : table()) {
            if (line.startsWith("## ")) {
                if (heading != null) {
                    groups.add(DynamicContainer.dynamicContainer(heading, List.copyOf(cases)));
                }
                heading = line.substring(3);
                cases.clear();
            } else if (!line.isBlank()) {
                String[] columns = line.split("\t", 2);
                String input = columns[0];
                String expected = columns[1];
                total++;
                cases.add(DynamicTest.dynamicTest(input, () ->
                        assertThat(QuantityNotation.of(input, parser.parse(input))).isEqualTo(expected)));
            }
        }
        groups.add(DynamicContainer.dynamicContainer(heading, List.copyOf(cases)));
        assertThat(total).as("cases in the table").isGreaterThan(300);
        return groups.stream();
    }

    private static List<String> table() throws IOException {
        try (InputStream in = QuantityCaseTableTest.class.getResourceAsStream("quantity-cases.tsv")) {
            assertThat(in).as("quantity-cases.tsv on the test class path").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }
}
