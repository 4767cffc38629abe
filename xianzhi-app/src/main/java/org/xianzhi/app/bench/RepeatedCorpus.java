package org.xianzhi.app.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.xianzhi.core.ingest.SourceDocument;

/**
 * A corpus of any size made from real documents: each is written again and again, every copy with a line of its own
 * added at the end ({@code （转载第3份）}), so that each copy is a new document (another SHA-256) that reads like the
 * original.
 */
public final class RepeatedCorpus {
    private RepeatedCorpus() {
    }

    /**
     * Writes {@code count} documents as UTF-8 files under {@code folder}, cycling through {@code originals}.
     *
     * @return the total number of characters written
     */
    public static long writeTo(List<SourceDocument> originals, Path folder, int count) throws IOException {
        if (originals.isEmpty()) {
            throw new IllegalArgumentException("no documents to repeat");
        }
        Files.createDirectories(folder);
        long chars = 0;
        for (int i = 0; i < count; i++) {
            SourceDocument doc = originals.get(i % originals.size());
            int copy = i / originals.size() + 1;
            String text = doc.original() + String.format(Locale.ROOT, "\n（转载第%d份）\n", copy);
            Files.writeString(folder.resolve(String.format(Locale.ROOT, "%06d.txt", i)), text, StandardCharsets.UTF_8);
            chars += text.length();
        }
        return chars;
    }
}
