package org.xianzhi.app.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import org.xianzhi.core.normalize.Normalizer;
import org.xianzhi.core.text.MappedText;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code xianzhi normalize}: prints the clean simplified text of documents. */
@Command(name = "normalize", mixinStandardHelpOptions = true,
        description = "Print the clean simplified text of documents (- reads standard input).")
final class NormalizeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DocumentInputs inputs;

    @Parameters(paramLabel = "FILE", arity = "0..*", description = "Files or folders to read; - for standard input.")
    List<String> files = List.of();

    @Option(names = "--steps", split = ",", paramLabel = "STEP", description = "Run only these filters, in chain order.")
    List<String> steps;

    @Option(names = "--list-steps", description = "Name the filters in chain order and exit.")
    boolean listSteps;

    @Option(names = "--map", description = "Before each output line, print the original offsets [start, end) it came from.")
    boolean map;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Normalizer normalizer = Normalizer.standard();
        if (listSteps) {
            normalizer.stepNames().forEach(out::println);
            out.flush();
            return ExitCodes.OK;
        }
        if (files.isEmpty()) {
            throw new IllegalArgumentException("name at least one FILE, or - for standard input");
        }
        Normalizer chain = steps == null ? normalizer : normalizer.only(steps);
        int exit = inputs.forEach(files, System.in, spec.commandLine().getErr(), doc -> {
            MappedText clean = chain.normalize(doc.original());
            if (map) {
                printMapped(out, clean);
            } else {
                out.println(clean.text());
            }
            out.flush();
        });
        return exit;
    }

    private static void printMapped(PrintWriter out, MappedText clean) {
        String text = clean.text();
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int newline = text.indexOf('\n', lineStart);
            int lineEnd = newline < 0 ? text.length() : newline;
            if (lineEnd > lineStart || newline >= 0) {
                var span = clean.toOriginal(lineStart, lineEnd);
                out.println(span.start() + "\t" + span.end() + "\t" + text.substring(lineStart, lineEnd));
            }
            if (newline < 0) {
                break;
            }
            lineStart = newline + 1;
        }
    }
}
