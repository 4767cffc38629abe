package org.xianzhi.app.store;

import java.util.Optional;

/**
 * The database products the store runs on. The schema and the queries are the same on both; this is the seam for the
 * few things that are not (how to connect, how to keep concurrent start-ups apart).
 */
public enum Dialect {
    DUCKDB("jdbc:duckdb:"),
    POSTGRESQL("jdbc:postgresql:");

    private final String urlPrefix;

    Dialect(String urlPrefix) {
        this.urlPrefix = urlPrefix;
    }

    /** The dialect a JDBC URL names, if it is one of ours. */
    public static Optional<Dialect> ofUrl(String url) {
        for (Dialect d : values()) {
            if (url.startsWith(d.urlPrefix)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    String urlPrefix() {
        return urlPrefix;
    }

    /**
     * What ends an insert that a concurrent writer may have beaten: PostgreSQL admits several writing processes, so
     * the insert must tolerate a row that appeared since the writer looked. DuckDB admits one writing process, so the
     * writer's own look is enough, and there {@code ON CONFLICT} costs a sixth of the insert speed.
     */
    String insertRace() {
        return this == POSTGRESQL ? " ON CONFLICT DO NOTHING" : "";
    }

    /**
     * A statement that keeps a second process from migrating the schema at the same time, run first in the migration
     * transaction; empty for DuckDB, whose file admits one writing process anyway.
     */
    Optional<String> migrationLock() {
        return this == POSTGRESQL ? Optional.of("LOCK TABLE schema_version IN EXCLUSIVE MODE") : Optional.empty();
    }
}
