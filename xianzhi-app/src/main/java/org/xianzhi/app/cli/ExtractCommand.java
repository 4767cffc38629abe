package org.xianzhi.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.xianzhi.app.facts.FactCsv;
import org.xianzhi.app.facts.FactJson;
import org.xianzhi.core.fact.Fact;
import org.xianzhi.core.fact.RejectedFact;
import org.xianzhi.core.pipeline.Pipeline;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code xianzhi extract}: the facts of documents, as JSONL or CSV. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extract facts (FACTS.md) from documents; bad files are reported and skipped.")
final class ExtractCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DocumentInputs inputs;

    @Mixin
    FilesToRecords records;

    @Override
    public Integer call() throws IOException {
        Pipeline pipeline = Pipeline.standard();
        try (PrintWriter out = OutputFile.open(spec, records.output)) {
            if (records.csv()) {
                FactCsv.writeHeader(out);
            }
            PrintWriter err = spec.commandLine().getErr();
            return inputs.forEach(records.files, System.in, err, doc -> {
                Pipeline.Result result = pipeline.process(doc);
                for (RejectedFact rejected : result.rejected()) {
                    err.println("xianzhi: " + rejected.message());
                }
                err.flush();
                for (Fact fact : result.facts()) {
                    if (records.csv()) {
                        FactCsv.writeRow(out, fact);
                    } else {
                        out.println(FactJson.toLine(fact));
                    }
                }
                out.flush();
            });
        }
    }
}
