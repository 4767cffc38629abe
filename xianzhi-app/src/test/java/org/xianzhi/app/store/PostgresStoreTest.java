package org.xianzhi.app.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;

/**
 * The store contract on a real PostgreSQL server, named by {@code XIANZHI_TEST_PG_URL} (CI starts one with
 * {@code tools/test-postgres.sh}); skipped when it is unset. Each test gets a schema of its own, dropped afterwards.
 */
class PostgresStoreTest extends StoreContractTest {
    private static final String URL = System.getenv("XIANZHI_TEST_PG_URL");
    private String schema;

    @BeforeEach
    @Override
    void openStore() throws Exception {
        Assumptions.assumeTrue(URL != null && !URL.isBlank(), "XIANZHI_TEST_PG_URL is not set: no PostgreSQL to test against");
        super.openStore();
    }

    @Override
    String newStoreLocation(Path temp) throws Exception {
        schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toLowerCase(Locale.ROOT);
        try (Connection c = DriverManager.getConnection(URL); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        }
        return URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    @Override
    void dropStore(String location) throws Exception {
        try (Connection c = DriverManager.getConnection(URL); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA " + schema + " CASCADE");
        }
    }
}
