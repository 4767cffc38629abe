package org.xianzhi.app.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import org.xianzhi.core.quantity.ChineseQuantityParser;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code xianzhi bench quantities}: the quantity parser on one thread, over original texts, after a warm-up pass. */
@Command(name = "quantities", mixinStandardHelpOptions = true,
        description = "Quantities and characters per second of the quantity parser on one core.")
final class QuantitiesBench implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    SampleCorpus corpus;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<String> texts = corpus.load(spec.commandLine().getErr());
        long chars = SampleCorpus.totalChars(texts);
        ChineseQuantityParser parser = new ChineseQuantityParser();
        out.printf("corpus: %d documents, %d characters (from %s)%n", texts.size(), chars, corpus.folder);
        for (int round = 1; round <= 3; round++) {
            long quantities = 0;
            long start = System.nanoTime();
            for (String text : texts) {
                quantities += parser.parse(text).size();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            out.printf("round %d%s: %.2f s, %d quantities, %.2f million characters and %.0f thousand quantities per second"
                    + " on one thread%n", round, round == 1 ? " (warm-up)" : "", seconds, quantities,
                    chars / seconds / 1e6, quantities / seconds / 1e3);
            out.flush();
        }
        return ExitCodes.OK;
    }
}
