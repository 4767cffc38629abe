package org.xianzhi.app.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import picocli.CommandLine.Model.CommandSpec;

/** Where a command that writes records writes them: the file of {@code -o}, or the command's standard output. */
final class OutputFile {
    private OutputFile() {
    }

    /** A writer to {@code output}, or to standard output (closing it then only flushes) when null. */
    static PrintWriter open(CommandSpec spec, Path output) throws IOException {
        if (output == null) {
            return new PrintWriter(spec.commandLine().getOut()) {
                @Override
                public void close() {
                    flush();
                }
            };
        }
        return new PrintWriter(new OutputStreamWriter(Files.newOutputStream(output), StandardCharsets.UTF_8));
    }
}
