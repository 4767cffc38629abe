package org.xianzhi.app.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

import org.duckdb.DuckDBConnection;

/**
 * Where the store lives and how to get a connection to it. A DuckDB file is opened once per process (it admits one
 * writing process) and each caller gets a duplicate of that connection; PostgreSQL gets a new connection per caller.
 * Connections are not shared between threads.
 */
final class Database implements AutoCloseable {
    private final String url;
    private final Dialect dialect;
    private final DuckDBConnection duckdb;

    private Database(String url, Dialect dialect, DuckDBConnection duckdb) {
        this.url = url;
        this.dialect = dialect;
        this.duckdb = duckdb;
    }

    /**
     * Opens the store named by {@code location}: a JDBC URL ({@code jdbc:postgresql://…}, {@code jdbc:duckdb:…}) or
     * the path of a DuckDB file, whose folder is created when missing.
     *
     * @throws IllegalArgumentException for a JDBC URL of a database the store does not run on
     */
    static Database open(String location) throws SQLException {
        if (location.startsWith("jdbc:")) {
            Dialect dialect = Dialect.ofUrl(location).orElseThrow(() -> new IllegalArgumentException(
                    "--db: the store runs on DuckDB (a file path or jdbc:duckdb:PATH) or PostgreSQL (jdbc:postgresql://…), not " + location));
            if (dialect == Dialect.DUCKDB) {
                return duckdb(location);
            }
            // Fail here, on opening, rather than on first use.
            DriverManager.getConnection(location).close();
            return new Database(location, dialect, null);
        }
        Path file = Path.of(location).toAbsolutePath();
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the folder of " + file, e);
        }
        return duckdb(Dialect.DUCKDB.urlPrefix() + file);
    }

    /**
     * DuckDB's buffer manager keeps pages it has read until it reaches its memory limit, 80% of the machine's RAM by
     * default: a server's memory then grows with every query it answers, as a cache without a bound. One GB holds the
     * hot part of a national store and leaves the rest of the machine to others.
     */
    static final String DUCKDB_MEMORY_LIMIT = "1GB";
    /**
     * How much write-ahead log DuckDB gathers before it checkpoints into the file. Its default (16 MB) is a few
     * hundred real documents, and checkpointing that often made commits most of ingest's writing time; the log is
     * replayed after a kill, so nothing committed is lost either way.
     */
    private static final String CHECKPOINT_THRESHOLD = "256MB";

    private static Database duckdb(String url) throws SQLException {
        Properties settings = new Properties();
        settings.setProperty("memory_limit", DUCKDB_MEMORY_LIMIT);
        Connection c = DriverManager.getConnection(url, settings);
        try (Statement s = c.createStatement()) {
            s.execute("SET checkpoint_threshold = '" + CHECKPOINT_THRESHOLD + "'");
        } catch (SQLException e) {
            c.close();
            throw e;
        }
        return new Database(url, Dialect.DUCKDB, c.unwrap(DuckDBConnection.class));
    }

    Dialect dialect() {
        return dialect;
    }

    String url() {
        return url;
    }

    /** A new connection in auto-commit mode; the caller closes it. */
    Connection connect() throws SQLException {
        return duckdb != null ? duckdb.duplicate() : DriverManager.getConnection(url);
    }

    @Override
    public void close() throws SQLException {
        if (duckdb != null) {
            duckdb.close();
        }
    }
}
