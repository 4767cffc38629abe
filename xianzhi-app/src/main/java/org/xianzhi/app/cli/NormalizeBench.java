package org.xianzhi.app.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import org.xianzhi.core.normalize.Normalizer;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code xianzhi bench normalize}: the whole chain on one thread, after a warm-up pass. */
@Command(name = "normalize", mixinStandardHelpOptions = true,
        description = "Characters per second of the normalization chain on one core.")
final class NormalizeBench implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    SampleCorpus corpus;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<String> texts = corpus.load(spec.commandLine().getErr());
        long chars = SampleCorpus.totalChars(texts);
        long built = System.nanoTime();
        Normalizer normalizer = Normalizer.standard();
        out.printf("normalizer built in %.0f ms%n", (System.nanoTime() - built) / 1e6);
        out.printf("corpus: %d documents, %d characters (from %s)%n", texts.size(), chars, corpus.folder);
        long sink = 0;
        for (int round = 1; round <= 3; round++) {
            long start = System.nanoTime();
            for (String text : texts) {
                sink += normalizer.normalize(text).length();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            out.printf("round %d%s: %.2f s, %.2f million characters per second on one thread%n",
                    round, round == 1 ? " (warm-up)" : "", seconds, chars / seconds / 1e6);
            out.flush();
        }
        out.printf("output characters: %d%n", sink / 3);
        return ExitCodes.OK;
    }
}
