package org.xianzhi.app.cli;

import java.util.concurrent.Callable;

import org.xianzhi.core.normalize.Normalizer;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code xianzhi bench normalize}: the whole normalization chain on one thread. */
@Command(name = "normalize", mixinStandardHelpOptions = true,
        description = "Characters per second of the normalization chain on one core.")
final class NormalizeBench implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    SampleCorpus corpus;

    @Override
    public Integer call() {
        Normalizer normalizer = Normalizer.standard();
        corpus.measure(spec.commandLine().getOut(), spec.commandLine().getErr(), "output characters",
                doc -> normalizer.normalize(doc.original()).length());
        return ExitCodes.OK;
    }
}
