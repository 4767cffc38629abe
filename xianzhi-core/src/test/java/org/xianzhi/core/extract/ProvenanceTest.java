package org.xianzhi.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.xianzhi.core.TestDocuments;
import org.xianzhi.core.fact.Fact;
import org.xianzhi.core.ingest.DocumentReader;
import org.xianzhi.core.ingest.SourceDocument;
import org.xianzhi.core.normalize.Normalizer;
import org.xianzhi.core.pipeline.Pipeline;

/**
 * No number without a source: for every fact read from the samples and the seeds, the original text at
 * {@code [start, end)} states the figure (once normalized, it contains {@code as_written}), and {@code text} is a
 * stretch of the original that holds that evidence.
 */
class ProvenanceTest {
    private static final Pipeline PIPELINE = Pipeline.standard();
    private static final Normalizer NORMALIZER = Normalizer.standard();

    static Stream<Path> samples() {
        return TestDocuments.samples().stream();
    }

    static Stream<Path> seeds() {
        return TestDocuments.seeds().stream();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void everySampleFactPointsAtItsFigureInTheOriginal(Path file) throws Exception {
        assertEveryFactPointsAtItsFigure(file);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void everySeedFactPointsAtItsFigureInTheOriginal(Path file) throws Exception {
        assertEveryFactPointsAtItsFigure(file);
    }

    private static void assertEveryFactPointsAtItsFigure(Path file) throws Exception {
        SourceDocument doc = new DocumentReader().read(file);
        List<Fact> facts = PIPELINE.process(doc).facts();
        assertThat(facts).as("facts of %s", file.getFileName()).isNotEmpty();
        String original = doc.original();
        for (Fact fact : facts) {
            assertThat(fact.end()).isLessThanOrEqualTo(original.length());
            String evidence = original.substring(fact.start(), fact.end());
            assertThat(NORMALIZER.normalize(evidence).text().replace(" ", ""))
                    .as("evidence of %s %s in %s", fact.indicator(), fact.asWritten(), file.getFileName())
                    .contains(fact.asWritten());
            assertThat(original).contains(fact.text());
            int sentence = original.indexOf(fact.text());
            assertThat(fact.start()).isGreaterThanOrEqualTo(sentence);
            assertThat(fact.doc()).isEqualTo(doc.id());
        }
    }
}
