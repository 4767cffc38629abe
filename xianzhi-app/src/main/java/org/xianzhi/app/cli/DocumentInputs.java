package org.xianzhi.app.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.xianzhi.core.ingest.DocumentReader;
import org.xianzhi.core.ingest.FileNames;
import org.xianzhi.core.ingest.IsolatedContainers;
import org.xianzhi.core.ingest.SourceDocument;
import org.xianzhi.core.ingest.UnreadableDocumentException;

import picocli.CommandLine.Option;

/**
 * The document arguments shared by commands that read files: paths (folders are walked), {@code -} for standard
 * input, and the size limit. A bad file is reported on one line and skipped; the run goes on.
 */
final class DocumentInputs {
    @Option(names = "--max-size-mb", defaultValue = "50", description = "Refuse files larger than this (default: ${DEFAULT-VALUE} MB).")
    long maxSizeMb;

    @Option(names = "--each-file",
            description = "Print a line for every file read too (PATH: read; ingest says PATH: stored once the store holds it); skipped, bad and duplicate files always get one.")
    boolean eachFile;

    @Option(names = "--containers-in-process",
            description = "Parse PDF and DOCX in this JVM (faster; bounded only in how far they expand) instead of a child JVM held to 768 MB and 60 s each.")
    boolean containersInProcess;

    /**
     * Reads every document named by {@code args} and hands each to {@code sink}.
     *
     * @return the exit code: 0 if all were read, else the code for the first bad file's reason
     */
    int forEach(List<String> args, InputStream stdin, PrintWriter err, Consumer<SourceDocument> sink) {
        DocumentReader reader = reader();
        int exit = ExitCodes.OK;
        Set<String> seen = new HashSet<>();
        Map<String, Path> firstById = new HashMap<>();
        for (String arg : args) {
            FolderListing listing = "-".equals(arg) ? new FolderListing(List.of(Path.of("-")), List.of()) : FolderListing.of(arg);
            for (String skip : listing.skipped()) {
                exit = reportBad(err, skip, ExitCodes.forReason(UnreadableDocumentException.Reason.UNREADABLE_PATH), exit);
            }
            for (Path path : listing.files()) {
                if (!seen.add(path.toString())) {
                    err.println("xianzhi: " + FileNames.shown(path) + ": skipped: named twice");
                    continue;
                }
                try {
                    SourceDocument doc = "-".equals(arg) ? reader.read("-", readAll(stdin)) : reader.read(path);
                    Path first = firstById.putIfAbsent(doc.id(), path);
                    if (first != null) {
                        err.println("xianzhi: " + doc.file() + ": skipped: duplicate of " + FileNames.shown(first));
                        err.flush();
                        continue;
                    }
                    sink.accept(doc);
                    if (eachFile) {
                        err.println("xianzhi: " + doc.file() + ": read");
                        err.flush();
                    }
                } catch (UnreadableDocumentException e) {
                    exit = reportBad(err, e.getMessage(), ExitCodes.forReason(e.reason()), exit);
                } catch (RuntimeException e) {
                    // A fault of ours on one document: reported like a bad file, never the end of the run.
                    exit = reportBad(err, FileNames.shown(path) + ": extraction failed: " + e, ExitCodes.INTERNAL, exit);
                }
            }
        }
        return exit;
    }

    private static int reportBad(PrintWriter err, String message, int code, int exitSoFar) {
        err.println("xianzhi: " + message);
        err.flush();
        return exitSoFar == ExitCodes.OK ? code : exitSoFar;
    }

    /** A reader that holds to the size limit. */
    DocumentReader reader() {
        DocumentReader reader = new DocumentReader(maxSizeMb * 1024 * 1024);
        return containersInProcess ? reader : reader.isolatingContainers(IsolatedContainers.DEFAULT);
    }

    /** A folder becomes its regular files, sorted so that runs are repeatable ({@link FolderListing}); a file stays. */
    static List<Path> expand(String arg) {
        return FolderListing.of(arg).files();
    }

    private static byte[] readAll(InputStream in) {
        try {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read standard input", e);
        }
    }
}
