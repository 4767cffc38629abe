package org.xianzhi.app.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Properties;

/**
 * Where the store lives and how to get a connection to it. A DuckDB file is opened by this process only while in use
 * and shared between its connections, read-only when the process only reads ({@link DuckDbFile} keeps the turns with
 * other processes); PostgreSQL gets a new connection per caller. Connections are not shared between threads.
 */
final class Database implements AutoCloseable {
    /** How long a reader waits for a writer to let go of a DuckDB file: a batch of ingest takes seconds. */
    private static final Duration READER_PATIENCE = Duration.ofSeconds(30);
    /** How long a writer waits for the readers of a DuckDB file: a Python session may hold it for minutes. */
    private static final Duration WRITER_PATIENCE = Duration.ofMinutes(10);

    private final String url;
    private final Dialect dialect;
    private final DuckDbFile duckdb;

    private Database(String url, Dialect dialect, DuckDbFile duckdb) {
        this.url = url;
        this.dialect = dialect;
        this.duckdb = duckdb;
    }

    /**
     * Opens the store named by {@code location}: a JDBC URL ({@code jdbc:postgresql://…}, {@code jdbc:duckdb:…}) or
     * the path of a DuckDB file. A writer creates a missing file (and its folder); a reader refuses it.
     *
     * @throws IllegalArgumentException for a JDBC URL of a database the store does not run on
     * @throws MissingStoreException    for a reader, when the DuckDB file does not exist
     */
    static Database open(String location, DuckDbFile.Access access) throws SQLException {
        Path file;
        if (location.startsWith("jdbc:")) {
            Dialect dialect = Dialect.ofUrl(location).orElseThrow(() -> new IllegalArgumentException(
                    "--db: the store runs on DuckDB (a file path or jdbc:duckdb:PATH) or PostgreSQL (jdbc:postgresql://…), not " + location));
            if (dialect == Dialect.POSTGRESQL) {
                // Fail here, on opening, rather than on first use.
                DriverManager.getConnection(location).close();
                return new Database(location, dialect, null);
            }
            file = Path.of(location.substring(Dialect.DUCKDB.urlPrefix().length())).toAbsolutePath();
        } else {
            file = Path.of(location).toAbsolutePath();
        }
        if (access == DuckDbFile.Access.READ_ONLY && !Files.isRegularFile(file)) {
            throw new MissingStoreException(file);
        }
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the folder of " + file, e);
        }
        return duckdb(file, access);
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

    private static Database duckdb(Path file, DuckDbFile.Access access) {
        Properties settings = new Properties();
        settings.setProperty("memory_limit", DUCKDB_MEMORY_LIMIT);
        DuckDbFile shared = new DuckDbFile(file, access, settings,
                "SET checkpoint_threshold = '" + CHECKPOINT_THRESHOLD + "'",
                access == DuckDbFile.Access.READ_ONLY ? READER_PATIENCE : WRITER_PATIENCE);
        return new Database(Dialect.DUCKDB.urlPrefix() + file, Dialect.DUCKDB, shared);
    }

    Dialect dialect() {
        return dialect;
    }

    String url() {
        return url;
    }

    /** A new connection in auto-commit mode, to read; the caller closes it. */
    Connection connect() throws SQLException {
        return duckdb != null ? duckdb.connect(DuckDbFile.Access.READ_ONLY) : DriverManager.getConnection(url);
    }

    /** A new connection in auto-commit mode, to write; the caller closes it. */
    Connection connectForWriting() throws SQLException {
        return duckdb != null ? duckdb.connect(DuckDbFile.Access.READ_WRITE) : DriverManager.getConnection(url);
    }

    /**
     * Whether a writer should give its connection back between transactions: on a DuckDB file, so that other
     * processes get their turn between batches; a PostgreSQL server keeps the turns itself.
     */
    boolean takesTurns() {
        return duckdb != null;
    }

    /** Runs DuckDB's work on {@code n} threads (nothing on PostgreSQL). */
    void threads(int n) throws SQLException {
        if (duckdb != null) {
            duckdb.threads(n);
        }
    }

    @Override
    public void close() throws SQLException {
        if (duckdb != null) {
            duckdb.close();
        }
    }
}
