package org.xianzhi.core.normalize;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import java.util.Locale;

import com.github.houbb.opencc4j.util.ZhConverterUtil;
import org.junit.jupiter.api.Test;
import org.xianzhi.core.TestDocuments;
import org.xianzhi.core.text.TextFilter;

/**
 * A throwaway measurement, not a check: characters per second of each filter on a few MB of seed text, each filter fed
 * what the chain would feed it. Runs only with {@code -Dxianzhi.throughput=true}; asserts nothing about time.
 */
class FilterThroughputTest {

    @Test
    void printsCharactersPerSecondOfEachFilter() {
        assumeTrue(Boolean.getBoolean("xianzhi.throughput"), "set -Dxianzhi.throughput=true to measure");
        StringBuilder corpus = new StringBuilder();
        List<String> seeds = TestDocuments.seedTexts();
        while (corpus.length() < 4_000_000) {
            seeds.forEach(corpus::append);
        }
        String text = corpus.toString();
        for (TextFilter filter : List.of(new EscapedMarkupFilter(), new FullWidthFilter(),
                new TraditionalToSimplifiedFilter(), new LayoutNoiseFilter())) {
            text = measure(filter, text, filter.name());
        }
        String escaped = corpus.toString().replace(",", "&#65292;").replace("“", "&ldquo;").replace("\n", "\\n");
        measure(new EscapedMarkupFilter(), escaped, "entities on text dense with references and escapes");
        String traditional = corpus.toString();
        long best = Long.MAX_VALUE;
        for (int round = 0; round < 3; round++) {
            long start = System.nanoTime();
            ZhConverterUtil.toSimple(traditional);
            best = Math.min(best, System.nanoTime() - start);
        }
        report("opencc4j ZhConverterUtil.toSimple", traditional.length(), best);
    }

    private static String measure(TextFilter filter, String input, String label) {
        String output = input;
        long best = Long.MAX_VALUE;
        for (int round = 0; round < 6; round++) {
            long start = System.nanoTime();
            output = filter.apply(input).text();
            best = Math.min(best, System.nanoTime() - start);
        }
        report(label, input.length(), best);
        return output;
    }

    private static void report(String label, int chars, long nanos) {
        System.out.printf(Locale.ROOT, "%-55s %,d chars in %.1f ms: %.1f M chars/s%n", label, chars, nanos / 1e6,
                chars / (nanos / 1e9) / 1e6);
    }
}
