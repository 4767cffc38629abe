package org.xianzhi.app.cli;

import java.io.IOException;
import java.nio.file.Path;

import org.xianzhi.app.search.SearchFolder;
import org.xianzhi.app.search.SearchIndex;

import picocli.CommandLine.Option;

/** The {@code --search-index} option shared by the commands that keep or use the search index. */
final class SearchOption {
    @Option(names = "--search-index", paramLabel = "DIR",
            description = {"The search index folder. Default: beside a DuckDB file X.duckdb, X.search;",
                "for PostgreSQL, " + SearchFolder.DEFAULT + "."})
    Path folder;

    /** The index to write, locked for this process. */
    SearchIndex open(String storeLocation) throws IOException {
        return SearchIndex.open(folder(storeLocation));
    }

    /** The index folder of the store at {@code storeLocation}. */
    Path folder(String storeLocation) {
        return SearchFolder.of(storeLocation, folder);
    }
}
