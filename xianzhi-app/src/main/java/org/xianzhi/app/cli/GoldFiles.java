package org.xianzhi.app.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

/** A folder of gold files for {@code eval}: JSONL, one hand-checked record per line, each naming its document. */
final class GoldFiles {
    /** Reads one line of a gold file. */
    interface LineReader<T> {
        T read(String line) throws IOException;
    }

    private GoldFiles() {
    }

    /**
     * Adds the records of every {@code .jsonl} file in {@code dir} to {@code byFile}, under the document file each
     * names; a line that is no record fails with its file and line number.
     */
    static <T> void read(Path dir, LineReader<T> reader, Function<T, String> fileOf, Map<String, List<T>> byFile)
            throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException(dir + ": not a folder of gold files");
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path path : files.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList()) {
                int lineNumber = 0;
                for (String line : Files.readAllLines(path, StandardCharsets.UTF_8)) {
                    lineNumber++;
                    if (line.isBlank()) {
                        continue;
                    }
                    try {
                        T gold = reader.read(line);
                        byFile.computeIfAbsent(fileOf.apply(gold), f -> new ArrayList<>()).add(gold);
                    } catch (IOException e) {
                        throw new IllegalArgumentException(path + ":" + lineNumber + ": " + e.getMessage(), e);
                    }
                }
            }
        }
    }
}
