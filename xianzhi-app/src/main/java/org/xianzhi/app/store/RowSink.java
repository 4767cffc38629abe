package org.xianzhi.app.store;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Collections;

import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * New rows of one table, given column by column in the table's order. On DuckDB they go through its appender: its
 * JDBC driver runs a statement batch one row at a time, parsing and planning each, which made the project tables most
 * of the writer's time. Elsewhere they are one batched INSERT. Text goes in {@link Columns#storable storable}; a
 * decimal at the columns' scale.
 */
abstract sealed class RowSink implements AutoCloseable {

    /** The sink for new rows of {@code table} with {@code columns} columns, inside the connection's transaction. */
    static RowSink of(Connection c, DuckDBConnection duckdb, String table, String columnNames, int columns)
            throws SQLException {
        if (duckdb != null) {
            return new Appended(duckdb.createAppender(table));
        }
        String marks = String.join(", ", Collections.nCopies(columns, "?"));
        return new Batched(c.prepareStatement("INSERT INTO " + table + " (" + columnNames + ") VALUES (" + marks + ")"));
    }

    abstract RowSink text(String value) throws SQLException;

    abstract RowSink integer(Integer value) throws SQLException;

    abstract RowSink decimal(BigDecimal value) throws SQLException;

    abstract void endRow() throws SQLException;

    /** Sends what was given; rows not sent are dropped. */
    abstract void flush() throws SQLException;

    @Override
    public abstract void close() throws SQLException;

    private static final class Appended extends RowSink {
        private final DuckDBAppender a;
        private boolean inRow;

        Appended(DuckDBAppender a) {
            this.a = a;
        }

        private DuckDBAppender row() throws SQLException {
            if (!inRow) {
                a.beginRow();
                inRow = true;
            }
            return a;
        }

        @Override
        RowSink text(String value) throws SQLException {
            row().append(Columns.storable(value));
            return this;
        }

        @Override
        RowSink integer(Integer value) throws SQLException {
            row().append(value);
            return this;
        }

        @Override
        RowSink decimal(BigDecimal value) throws SQLException {
            if (value == null) {
                row().appendNull();
            } else {
                row().append(Columns.decimal(value));
            }
            return this;
        }

        @Override
        void endRow() throws SQLException {
            a.endRow();
            inRow = false;
        }

        @Override
        void flush() throws SQLException {
            a.flush();
        }

        @Override
        public void close() throws SQLException {
            a.close();
        }
    }

    private static final class Batched extends RowSink {
        private final PreparedStatement p;
        private int column;
        private int rows;

        Batched(PreparedStatement p) {
            this.p = p;
        }

        @Override
        RowSink text(String value) throws SQLException {
            if (value == null) {
                p.setNull(++column, Types.VARCHAR);
            } else {
                p.setString(++column, Columns.storable(value));
            }
            return this;
        }

        @Override
        RowSink integer(Integer value) throws SQLException {
            Columns.setNullableInt(p, ++column, value);
            return this;
        }

        @Override
        RowSink decimal(BigDecimal value) throws SQLException {
            if (value == null) {
                p.setNull(++column, Types.DECIMAL);
            } else {
                p.setBigDecimal(++column, value);
            }
            return this;
        }

        @Override
        void endRow() throws SQLException {
            p.addBatch();
            column = 0;
            rows++;
        }

        @Override
        void flush() throws SQLException {
            // An empty batch is not run: not every driver accepts one.
            if (rows > 0) {
                p.executeBatch();
                rows = 0;
            }
        }

        @Override
        public void close() throws SQLException {
            p.close();
        }
    }
}
