package org.xianzhi.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.xianzhi.app.projects.ProjectCsv;
import org.xianzhi.app.projects.ProjectJson;
import org.xianzhi.core.pipeline.Pipeline;

import com.fasterxml.jackson.databind.node.ObjectNode;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code xianzhi projects}: the project events, commitments and officials of documents, as JSONL or CSV. */
@Command(name = "projects", mixinStandardHelpOptions = true,
        description = "Extract project events, commitments and officials (PROJECTS.md); bad files are reported and skipped.")
final class ProjectsCommand implements Callable<Integer> {
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
                ProjectCsv.writeHeader(out);
            }
            return inputs.forEach(records.files, System.in, spec.commandLine().getErr(), doc -> {
                for (ObjectNode record : ProjectJson.toJson(pipeline.process(doc).projects())) {
                    if (records.csv()) {
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
