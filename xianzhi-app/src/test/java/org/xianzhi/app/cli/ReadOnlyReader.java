package org.xianzhi.app.cli;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Properties;

/**
 * A reader as Python's {@code duckdb.connect(path, read_only=True)} is one, in a process of its own: it opens the file
 * read-only once, with no retry, prints how many documents it holds, keeps the connection for the given milliseconds,
 * then closes it. Arguments: the DuckDB file, the milliseconds to hold it.
 */
public final class ReadOnlyReader {
    private ReadOnlyReader() {
    }

    public static void main(String[] args) throws Exception {
        Properties readOnly = new Properties();
        readOnly.setProperty("duckdb.read_only", "true");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + args[0], readOnly);
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM documents")) {
            rs.next();
            System.out.println("documents " + rs.getLong(1));
            System.out.flush();
            Thread.sleep(Long.parseLong(args[1]));
        }
    }
}
