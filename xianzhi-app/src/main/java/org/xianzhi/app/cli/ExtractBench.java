package org.xianzhi.app.cli;

import java.util.concurrent.Callable;

import org.xianzhi.core.pipeline.Pipeline;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code xianzhi bench extract}: normalize and extract facts on one thread. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Documents and characters per second of normalize+extract on one core.")
final class ExtractBench implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    SampleCorpus corpus;

    @Override
    public Integer call() {
        Pipeline pipeline = Pipeline.standard();
        corpus.measure(spec.commandLine().getOut(), spec.commandLine().getErr(), "facts",
                doc -> pipeline.process(doc).facts().size());
        return ExitCodes.OK;
    }
}
