package org.xianzhi.app.cli;

import java.util.concurrent.Callable;

import org.xianzhi.core.quantity.ChineseQuantityParser;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code xianzhi bench quantities}: the quantity parser on one thread, over original texts. */
@Command(name = "quantities", mixinStandardHelpOptions = true,
        description = "Quantities and characters per second of the quantity parser on one core.")
final class QuantitiesBench implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    SampleCorpus corpus;

    @Override
    public Integer call() {
        ChineseQuantityParser parser = new ChineseQuantityParser();
        corpus.measure(spec.commandLine().getOut(), spec.commandLine().getErr(), "quantities",
                doc -> parser.parse(doc.original()).size());
        return ExitCodes.OK;
    }
}
