package org.xianzhi.app.store;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.duckdb.DuckDBConnection;

/**
 * A DuckDB file held open only while this process uses it, so that other processes take their turn. DuckDB admits
 * many read-only processes or one read-write process on a file, and a process that finds it taken fails at once. So a
 * process here opens the file on its first connection, shares it between its connections (each a duplicate), and
 * gives it up when someone else is waiting: a process that finds the file taken touches a marker beside it
 * ({@code X.duckdb.waiting}) and tries again; the holder sees the marker when its connections are all closed (after a
 * request, after a batch of ingest), closes the file and keeps off it until the waiter is in. A process that may
 * write opens the file read-write for all its connections (one that read while another wrote could not be turned into
 * a writer without waiting for itself). A read-only holder otherwise keeps the file open; a read-write holder closes it
 * after a short idle time, so that readers that do not take part (Python, R) find it free between an ingest's batches.
 */
final class DuckDbFile implements AutoCloseable {
    /** Read-only (many processes at once) or read-write (one process alone). */
    enum Access { READ_ONLY, READ_WRITE }

    /** How often a waiting process tries again, and touches the marker. */
    private static final long RETRY_MILLIS = 50;
    /** A marker touched longer ago than this was left by a process that stopped waiting. */
    private static final Duration MARKER_FRESH = Duration.ofSeconds(1);
    /** How long a read-write holder keeps the file open with nothing to do. */
    private static final long WRITER_LINGER_NANOS = Duration.ofSeconds(2).toNanos();

    private final Path file;
    private final Path marker;
    /** The most this process may do with the file. */
    private final Access allowed;
    private final Duration patience;
    private final Properties settings;
    private final String afterOpen;
    private final ScheduledExecutorService closer;
    private DuckDBConnection open;
    private int leases;
    private long idleSince;
    /** Whether this process closed the file for a waiter that has not got it yet. */
    private boolean yielded;
    private boolean closed;
    private String threads;

    /**
     * @param afterOpen a statement run on each opening (settings that are not connection properties), or null
     * @param patience  how long to wait for the file before giving up
     */
    DuckDbFile(Path file, Access access, Properties settings, String afterOpen, Duration patience) {
        this.file = file;
        this.marker = file.resolveSibling(file.getFileName() + ".waiting");
        this.allowed = access;
        this.settings = settings;
        this.afterOpen = afterOpen;
        this.patience = patience;
        this.closer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "xianzhi-store-turns");
            t.setDaemon(true);
            return t;
        });
        closer.scheduleWithFixedDelay(this::closeWhenOthersWait, 100, 100, TimeUnit.MILLISECONDS);
    }

    Path file() {
        return file;
    }

    /** Sets DuckDB's thread count for this opening and every later one. */
    synchronized void threads(int n) throws SQLException {
        threads = String.valueOf(n);
        if (open != null) {
            try (Statement s = open.createStatement()) {
                s.execute("SET threads = " + threads);
            }
        }
    }

    /**
     * A connection on the file, opening it when this process has it closed; waits while another process holds it.
     * Closing the connection gives it back.
     *
     * @throws SQLException when the file stayed taken for the whole patience, naming the holder
     */
    synchronized Connection connect(Access wanted) throws SQLException {
        if (wanted == Access.READ_WRITE && allowed == Access.READ_ONLY) {
            throw new IllegalStateException("the store " + file + " was opened for reading");
        }
        if (closed) {
            throw new SQLException("the store " + file + " is closed");
        }
        long deadline = System.nanoTime() + patience.toNanos();
        SQLException refused = null;
        while (true) {
            if (open != null) {
                boolean othersWait = othersWait();
                if (!othersWait) {
                    return lease();
                }
                if (leases == 0) {
                    closeOpen();
                    yielded = othersWait;
                }
            }
            // Having given the file up to a waiter, keep off it until the waiter is in (and removed the marker).
            if (open == null && !(yielded && othersWait())) {
                yielded = false;
                try {
                    open = openFile();
                    deleteMarker();
                    return lease();
                } catch (SQLException e) {
                    if (!isTaken(e)) {
                        throw e;
                    }
                    refused = e;
                    touchMarker();
                }
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new SQLException("the store " + file + " stayed in use by another process for "
                        + patience.toSeconds() + " s" + (refused == null ? "" : ": " + firstLine(refused.getMessage())),
                        refused);
            }
            try {
                wait(Math.min(RETRY_MILLIS, Math.max(1, left / 1_000_000)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SQLException("interrupted while waiting for the store " + file, e);
            }
        }
    }

    private Connection lease() throws SQLException {
        Connection c = open.duplicate();
        leases++;
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[]{Connection.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("close") && method.getParameterCount() == 0) {
                        if (!c.isClosed()) {
                            c.close();
                            released();
                        }
                        return null;
                    }
                    try {
                        return method.invoke(c, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    private synchronized void released() {
        leases--;
        if (leases == 0) {
            idleSince = System.nanoTime();
            closeWhenOthersWait();
            notifyAll();
        }
    }

    /** Run after each request's connections are back, and every tenth of a second. */
    private synchronized void closeWhenOthersWait() {
        if (open == null || leases > 0) {
            return;
        }
        boolean lingered = allowed == Access.READ_WRITE && System.nanoTime() - idleSince > WRITER_LINGER_NANOS;
        boolean othersWait = othersWait();
        if (lingered || othersWait) {
            yielded = othersWait;
            try {
                closeOpen();
            } catch (SQLException e) {
                // Closing failed: the next connection opens the file again.
                open = null;
            }
            notifyAll();
        }
    }

    private DuckDBConnection openFile() throws SQLException {
        Properties p = new Properties();
        p.putAll(settings);
        if (allowed == Access.READ_ONLY) {
            p.setProperty("duckdb.read_only", "true");
        }
        if (threads != null) {
            p.setProperty("threads", threads);
        }
        Connection c = DriverManager.getConnection(Dialect.DUCKDB.urlPrefix() + file, p);
        if (afterOpen != null && allowed == Access.READ_WRITE) {
            try (Statement s = c.createStatement()) {
                s.execute(afterOpen);
            } catch (SQLException e) {
                c.close();
                throw e;
            }
        }
        return c.unwrap(DuckDBConnection.class);
    }

    private void closeOpen() throws SQLException {
        DuckDBConnection c = open;
        open = null;
        c.close();
    }

    /** DuckDB's message when another process holds a lock on the file that conflicts with ours. */
    private static boolean isTaken(SQLException e) {
        String m = String.valueOf(e.getMessage());
        return m.contains("Could not set lock on file") || m.contains("Conflicting lock");
    }

    private boolean othersWait() {
        try {
            FileTime touched = Files.getLastModifiedTime(marker);
            return System.currentTimeMillis() - touched.toMillis() < MARKER_FRESH.toMillis();
        } catch (NoSuchFileException e) {
            return false;
        } catch (IOException e) {
            return false;
        }
    }

    private void touchMarker() {
        try {
            if (Files.exists(marker)) {
                Files.setLastModifiedTime(marker, FileTime.fromMillis(System.currentTimeMillis()));
            } else {
                Files.writeString(marker, "");
            }
        } catch (IOException e) {
            // A folder we cannot write: the holder will not know we wait, but we still try until the patience ends.
        }
    }

    private void deleteMarker() {
        try {
            Files.deleteIfExists(marker);
        } catch (IOException e) {
            // Left behind, it goes stale within a second.
        }
    }

    private static String firstLine(String message) {
        return String.valueOf(message).lines().findFirst().orElse("").strip();
    }

    @Override
    public synchronized void close() throws SQLException {
        closed = true;
        closer.shutdownNow();
        if (open != null) {
            closeOpen();
        }
    }
}
