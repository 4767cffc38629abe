package org.xianzhi.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.function.ToIntFunction;

import org.xianzhi.core.extract.StandardFactExtractor;
import org.xianzhi.core.ingest.SourceDocument;
import org.xianzhi.core.normalize.Normalizer;
import org.xianzhi.core.pipeline.Pipeline;
import org.xianzhi.core.quantity.ChineseQuantityParser;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code xianzhi bench}: throughput figures printed by the project itself. The pipeline stages are timed on one thread
 * over the sample corpus ({@link SampleCorpus}); ingest has a command of its own.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure throughput on a corpus built from samples/.",
        subcommands = {IngestBench.class, ApiBench.class, ScalingBench.class, HostileBench.class, T2sBench.class, RepairBench.class})
final class BenchCommand {
    @Spec
    CommandSpec spec;

    @Command(name = "normalize", mixinStandardHelpOptions = true,
            description = "Characters per second of the normalization chain on one core.")
    int normalize(@Mixin SampleCorpus corpus) {
        Normalizer normalizer = Normalizer.standard();
        return measure(corpus, "output characters", doc -> normalizer.normalize(doc.original()).length());
    }

    @Command(name = "quantities", mixinStandardHelpOptions = true,
            description = "Quantities and characters per second of the quantity parser on one core.")
    int quantities(@Mixin SampleCorpus corpus,
            @Option(names = "--cases", defaultValue = "xianzhi-core/src/test/resources/org/xianzhi/core/quantity/recognizer-cases.tsv",
                    description = "Recognizer cases: kind, text and value, tab-separated (default: ${DEFAULT-VALUE}).")
            Path cases) throws IOException {
        ChineseQuantityParser parser = new ChineseQuantityParser();
        QuantityRecall.print(cases, parser, spec.commandLine().getOut());
        return measure(corpus, "quantities", doc -> parser.parse(doc.original()).size());
    }

    @Command(name = "extract", mixinStandardHelpOptions = true,
            description = "Documents and characters per second of normalize+extract on one core: facts alone, then "
                    + "facts with projects, promises and officials (the whole pipeline).")
    int extract(@Mixin SampleCorpus corpus) {
        PrintWriter out = spec.commandLine().getOut();
        out.println("normalize + facts:");
        Pipeline facts = new Pipeline(Normalizer.standard(), StandardFactExtractor.standard());
        measure(corpus, "facts", doc -> facts.process(doc).facts().size());
        out.println("normalize + facts + projects, promises, officials (the pipeline of extract, ingest and Spark):");
        Pipeline pipeline = Pipeline.standard();
        return measure(corpus, "facts+project records", doc -> {
            Pipeline.Result r = pipeline.process(doc);
            return r.facts().size() + r.projects().size();
        });
    }

    private int measure(SampleCorpus corpus, String items, ToIntFunction<SourceDocument> work) {
        corpus.measure(spec.commandLine().getOut(), spec.commandLine().getErr(), items, work);
        return ExitCodes.OK;
    }
}
