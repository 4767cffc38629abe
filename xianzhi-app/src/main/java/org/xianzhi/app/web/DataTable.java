package org.xianzhi.app.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A table as a download holds it: named columns, each of one kind, and rows of plain values ({@link String},
 * {@link BigDecimal}, {@link Integer} or null for an empty cell). The pages' download buttons serve one of these in
 * CSV or XLSX ({@link TableFile}), built from the same records the page shows, so the file has the page's rows.
 *
 * @param name    the file's and the sheet's name ({@code targets}, {@code compare}, …)
 * @param columns the columns, in order
 * @param rows    the rows, each as long as {@code columns}
 */
record DataTable(String name, List<Column> columns, List<List<Object>> rows) {
    /** How a column's cells are written: text, a number, or a code that looks like a number but is text (region_code). */
    enum Kind { TEXT, NUMBER, CODE }

    /** A cell's value with where it came from: a page links it, a file holds the value alone. */
    record Linked(Object value, String href) {
    }

    /** A cell's value without its link. */
    static Object value(Object cell) {
        return cell instanceof Linked l ? l.value() : cell;
    }

    /** A column: its header (snake_case, as FACTS.md names fields) and kind. */
    record Column(String name, Kind kind) {
        Column {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(kind, "kind");
        }
    }

    DataTable {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
        for (List<Object> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("a row of table " + name + " has " + row.size() + " cells for "
                        + columns.size() + " columns");
            }
        }
        rows = List.copyOf(rows);
    }

    /** Builds a table row by row. */
    static final class Builder {
        private final String name;
        private final List<Column> columns = new ArrayList<>();
        private final List<List<Object>> rows = new ArrayList<>();
        private List<Object> row;

        Builder(String name) {
            this.name = name;
        }

        Builder text(String... names) {
            return add(Kind.TEXT, names);
        }

        Builder number(String... names) {
            return add(Kind.NUMBER, names);
        }

        Builder code(String... names) {
            return add(Kind.CODE, names);
        }

        private Builder add(Kind kind, String... names) {
            for (String n : names) {
                columns.add(new Column(n, kind));
            }
            return this;
        }

        /** Starts a row; {@link #cell} fills it in column order. */
        Builder row() {
            row = new ArrayList<>(columns.size());
            rows.add(row);
            return this;
        }

        Builder cell(Object value) {
            row.add(value);
            return this;
        }

        Builder cells(Object... values) {
            for (Object v : values) {
                row.add(v);
            }
            return this;
        }

        DataTable build() {
            return new DataTable(name, columns, rows);
        }
    }
}
