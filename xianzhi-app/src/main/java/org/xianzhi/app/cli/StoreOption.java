package org.xianzhi.app.cli;

import java.sql.SQLException;

import org.xianzhi.app.store.FactStore;

import picocli.CommandLine.Option;

/** The {@code --db} option shared by the commands that use the store. */
final class StoreOption {
    static final String DEFAULT = "xianzhi-data/xianzhi.duckdb";

    @Option(names = "--db", paramLabel = "PATH|URL", defaultValue = DEFAULT,
            description = "The store: a DuckDB file (default: ${DEFAULT-VALUE}) or jdbc:postgresql://host:port/db?user=…")
    String location;

    /** The store to write, created when missing. */
    FactStore open() throws SQLException {
        return FactStore.open(location);
    }

    /** The store to read: it must exist; a DuckDB file is opened read-only, beside other readers. */
    FactStore openForReading() throws SQLException {
        return FactStore.openForReading(location);
    }
}
