package org.xianzhi.app.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

import org.xianzhi.core.ingest.DocumentReader;
import org.xianzhi.core.ingest.SourceDocument;
import org.xianzhi.core.ingest.UnreadableDocumentException;

import picocli.CommandLine.Option;

/** The benchmark corpus: the original texts of the documents under a folder (default {@code samples/}), repeated to a size. */
final class SampleCorpus {
    @Option(names = "--corpus", defaultValue = "samples", description = "Folder of documents to build the corpus from (default: ${DEFAULT-VALUE}).")
    String folder;

    @Option(names = "--chars", defaultValue = "20000000", description = "Characters of text to run over, repeating the documents (default: ${DEFAULT-VALUE}).")
    long chars;

    List<String> load(PrintWriter err) {
        DocumentReader reader = new DocumentReader();
        List<String> texts = new ArrayList<>();
        for (var path : DocumentInputs.expand(folder)) {
            try {
                SourceDocument doc = reader.read(path);
                texts.add(doc.original());
            } catch (UnreadableDocumentException e) {
                err.println("xianzhi: skipped " + e.getMessage());
            }
        }
        if (texts.isEmpty()) {
            throw new IllegalArgumentException(folder + ": no readable documents to build a corpus from");
        }
        List<String> corpus = new ArrayList<>();
        long total = 0;
        while (total < chars) {
            for (String text : texts) {
                corpus.add(text);
                total += text.length();
            }
        }
        return corpus;
    }

    static long totalChars(List<String> corpus) {
        return corpus.stream().mapToLong(String::length).sum();
    }
}
