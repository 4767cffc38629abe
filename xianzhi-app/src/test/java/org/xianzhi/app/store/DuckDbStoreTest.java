package org.xianzhi.app.store;

import java.nio.file.Path;

/** The store contract on an embedded DuckDB file. */
class DuckDbStoreTest extends StoreContractTest {
    @Override
    String newStoreLocation(Path temp) {
        return temp.resolve("data/xianzhi.duckdb").toString();
    }
}
