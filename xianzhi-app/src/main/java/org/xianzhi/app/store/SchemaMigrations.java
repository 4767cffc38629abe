package org.xianzhi.app.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Brings a database to the newest schema: the scripts {@code db/V1__*.sql}, {@code db/V2__*.sql}, … are applied in
 * order, each in one transaction together with its row in {@code schema_version}, so a start-up killed half-way leaves
 * the schema at the last complete version. Flyway would do this but does not run on DuckDB.
 */
final class SchemaMigrations {
    /** The scripts, in version order; a new version is a new file here and in {@code src/main/resources/db}. */
    static final List<String> SCRIPTS = List.of("V1__schema.sql", "V2__projects.sql");

    private SchemaMigrations() {
    }

    /** The newest version the scripts define. */
    static int latest() {
        return SCRIPTS.size();
    }

    /**
     * Applies the scripts the database lacks.
     *
     * @return the schema version after migrating
     * @throws IllegalStateException when the database is of a newer version than this program knows
     */
    static int migrate(Connection c, Dialect dialect, Clock clock) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, script TEXT NOT NULL,"
                    + " applied_at TIMESTAMP NOT NULL)");
        }
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            for (String lock : dialect.migrationLock().stream().toList()) {
                try (Statement s = c.createStatement()) {
                    s.execute(lock);
                }
            }
            int current = current(c);
            if (current > latest()) {
                throw new IllegalStateException("the store is at schema version " + current
                        + ", newer than this program's " + latest() + ": upgrade xianzhi");
            }
            for (int version = current + 1; version <= latest(); version++) {
                String script = SCRIPTS.get(version - 1);
                try (Statement s = c.createStatement()) {
                    for (String sql : statements(read(script))) {
                        s.execute(sql);
                    }
                }
                try (PreparedStatement p = c.prepareStatement(
                        "INSERT INTO schema_version (version, script, applied_at) VALUES (?, ?, ?)")) {
                    p.setInt(1, version);
                    p.setString(2, script);
                    Columns.setInstant(p, 3, clock.instant());
                    p.executeUpdate();
                }
                c.commit();
            }
            c.commit();
            return Math.max(current, latest());
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(autoCommit);
        }
    }

    static int current(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT MAX(version) FROM schema_version")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** The statements of a script: comment lines dropped, split where a line ends with a semicolon. */
    static List<String> statements(String script) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("--")) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                String sql = current.toString().strip();
                statements.add(sql.substring(0, sql.length() - 1));
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            throw new IllegalStateException("a script ends without a semicolon: " + current.toString().strip());
        }
        return statements;
    }

    private static String read(String script) {
        try (InputStream in = SchemaMigrations.class.getResourceAsStream("/db/" + script)) {
            if (in == null) {
                throw new IllegalStateException("missing resource db/" + script);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
