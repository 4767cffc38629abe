package org.xianzhi.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.xianzhi.app.projects.ProjectCsv;
import org.xianzhi.app.projects.ProjectJson;
import org.xianzhi.core.pipeline.Pipeline;

import com.fasterxml.jackson.databind.node.ObjectNode;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code xianzhi projects}: the project events, commitments and officials of documents, as JSONL or CSV. */
@Command(name = "projects", mixinStandardHelpOptions = true,
        description = "Extract project events, commitments and officials (PROJECTS.md); bad files are reported and skipped.")
final class ProjectsCommand implements Callable<Integer> {
    enum Format { jsonl, csv }

    @Spec
    CommandSpec spec;

    @Mixin
    DocumentInputs inputs;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Files or folders to read; - for standard input.")
    List<String> files;

    @Option(names = "--format", defaultValue = "jsonl", description = "jsonl or csv (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "Write to this file instead of standard output.")
    Path output;

    @Override
    public Integer call() throws IOException {
        Pipeline pipeline = Pipeline.standard();
        try (PrintWriter out = OutputFile.open(spec, output)) {
            if (format == Format.csv) {
                ProjectCsv.writeHeader(out);
            }
            return inputs.forEach(files, System.in, spec.commandLine().getErr(), doc -> {
                for (ObjectNode record : ProjectJson.toJson(pipeline.process(doc).projects())) {
                    if (format == Format.csv) {
                        ProjectCsv.writeRow(out, record);
                    } else {
                        out.println(ProjectJson.toLine(record));
                    }
                }
                out.flush();
            });
        }
    }
}
