package org.xianzhi.app.search;

import java.nio.file.Path;

/**
 * Where the search index of a store lives: beside a DuckDB file {@code X.duckdb}, the folder {@code X.search}; for
 * PostgreSQL (or an in-memory DuckDB) a folder that has to be named, by default {@value #DEFAULT}.
 */
public final class SearchFolder {
    public static final String DEFAULT = "xianzhi-data/search";
    private static final String DUCKDB_URL = "jdbc:duckdb:";
    private static final String DUCKDB_SUFFIX = ".duckdb";

    private SearchFolder() {
    }

    /**
     * The index folder for the store at {@code storeLocation} (as given to {@code FactStore.open}).
     *
     * @param named the folder asked for, or null for the one that goes with the store
     */
    public static Path of(String storeLocation, Path named) {
        if (named != null) {
            return named;
        }
        String file = storeLocation;
        if (storeLocation.startsWith(DUCKDB_URL)) {
            file = storeLocation.substring(DUCKDB_URL.length());
            int options = file.indexOf('?');
            file = options < 0 ? file : file.substring(0, options);
        } else if (storeLocation.startsWith("jdbc:")) {
            return Path.of(DEFAULT);
        }
        if (file.isEmpty() || file.equals(":memory:")) {
            return Path.of(DEFAULT);
        }
        String base = file.endsWith(DUCKDB_SUFFIX) ? file.substring(0, file.length() - DUCKDB_SUFFIX.length()) : file;
        return Path.of(base + ".search");
    }
}
