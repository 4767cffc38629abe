package org.xianzhi.app.cli;

import java.nio.file.Path;
import java.util.List;

import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** What {@code extract} and {@code projects} share: the files they read, and how and where they print records. */
final class FilesToRecords {
    enum Format { jsonl, csv }

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Files or folders to read; - for standard input.")
    List<String> files;

    @Option(names = "--format", defaultValue = "jsonl", description = "jsonl or csv (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "Write to this file instead of standard output.")
    Path output;

    boolean csv() {
        return format == Format.csv;
    }
}
