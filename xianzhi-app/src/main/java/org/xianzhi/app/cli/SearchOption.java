package org.xianzhi.app.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

import org.xianzhi.app.search.SearchFolder;
import org.xianzhi.app.search.SearchIndex;

import picocli.CommandLine.Option;

/** The {@code --search-index} option shared by the commands that keep or use the search index. */
final class SearchOption {
    @Option(names = "--search-index", paramLabel = "DIR",
            description = {"The search index folder. Default: beside a DuckDB file X.duckdb, X.search;",
                "for PostgreSQL, " + SearchFolder.DEFAULT + "."})
    Path folder;

    /** How long a writer waits for another (an ingest running) to finish with the index. */
    private static final Duration WRITER_PATIENCE = Duration.ofMinutes(10);

    /** The index to write, locked for this process; waits while another process writes it. */
    SearchIndex open(String storeLocation) throws IOException {
        return SearchIndex.openWhenFree(folder(storeLocation), WRITER_PATIENCE);
    }

    /** The index folder of the store at {@code storeLocation}. */
    Path folder(String storeLocation) {
        return SearchFolder.of(storeLocation, folder);
    }
}
