package org.xianzhi.app.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.xianzhi.app.facts.FactCsv;
import org.xianzhi.app.facts.FactJson;
import org.xianzhi.app.store.FactQuery;
import org.xianzhi.app.store.FactStore;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Writes the facts of a query to a file. Every format has FACTS.md's columns in {@link FactCsv#COLUMNS} order, filled
 * from {@link FactJson} so that all four say the same thing. Facts are streamed from the store, never all held at
 * once (XLSX keeps a window of rows; Parquet goes through an in-memory DuckDB, which writes it). The file appears
 * whole or not at all: it is written beside its target and moved into place.
 */
public final class FactExporter {
    /** Columns that hold numbers; the others hold text. */
    private static final List<String> NUMERIC = List.of("value", "start", "end");
    /** The most characters an XLSX cell holds. */
    private static final int XLSX_CELL_MAX = 32_767;
    private static final int XLSX_WINDOW = 200;

    private FactExporter() {
    }

    /**
     * Exports the facts {@code query} selects.
     *
     * @return how many facts were written
     */
    public static long export(FactStore store, FactQuery query, ExportFormat format, Path out)
            throws SQLException, IOException {
        Path absolute = out.toAbsolutePath();
        if (absolute.getParent() != null) {
            Files.createDirectories(absolute.getParent());
        }
        Path partial = absolute.resolveSibling(absolute.getFileName() + ".partial");
        Files.deleteIfExists(partial);
        try {
            long n = switch (format) {
                case CSV -> text(store, query, partial, true);
                case JSONL -> text(store, query, partial, false);
                case XLSX -> xlsx(store, query, partial);
                case PARQUET -> parquet(store, query, partial);
            };
            Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING);
            return n;
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    private static long text(FactStore store, FactQuery query, Path file, boolean csv) throws SQLException, IOException {
        long[] n = {0};
        try (OutputStream stream = Files.newOutputStream(file);
             PrintWriter out = new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8))) {
            if (csv) {
                FactCsv.writeHeader(out);
            }
            store.forEachFact(query, f -> {
                if (csv) {
                    FactCsv.writeRow(out, f.fact());
                } else {
                    out.print(FactJson.toLine(f.fact()));
                    out.print('\n');
                }
                n[0]++;
            });
            out.flush();
            if (out.checkError()) {
                throw new IOException("cannot write " + file);
            }
        }
        return n[0];
    }

    private static long xlsx(FactStore store, FactQuery query, Path file) throws SQLException, IOException {
        long[] n = {0};
        try (SXSSFWorkbook book = new SXSSFWorkbook(XLSX_WINDOW)) {
            Sheet sheet = book.createSheet("facts");
            Row header = sheet.createRow(0);
            for (int i = 0; i < FactCsv.COLUMNS.size(); i++) {
                header.createCell(i).setCellValue(FactCsv.COLUMNS.get(i));
            }
            store.forEachFact(query, f -> {
                JsonNode json = FactJson.toJson(f.fact());
                Row row = sheet.createRow((int) ++n[0]);
                for (int i = 0; i < FactCsv.COLUMNS.size(); i++) {
                    JsonNode v = json.get(FactCsv.COLUMNS.get(i));
                    if (v == null || v.isNull()) {
                        continue;
                    }
                    Cell cell = row.createCell(i);
                    if (v.isNumber()) {
                        cell.setCellValue(v.doubleValue());
                    } else {
                        String s = v.asText();
                        cell.setCellValue(s.length() > XLSX_CELL_MAX ? s.substring(0, XLSX_CELL_MAX) : s);
                    }
                }
            });
            try (OutputStream stream = Files.newOutputStream(file)) {
                book.write(stream);
            }
            book.dispose();
        }
        return n[0];
    }

    private static long parquet(FactStore store, FactQuery query, Path file) throws SQLException {
        long[] n = {0};
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
            StringBuilder ddl = new StringBuilder("CREATE TABLE facts (");
            for (int i = 0; i < FactCsv.COLUMNS.size(); i++) {
                String column = FactCsv.COLUMNS.get(i);
                ddl.append(i == 0 ? "" : ", ").append('"').append(column).append("\" ")
                        .append(column.equals("value") ? "DOUBLE" : NUMERIC.contains(column) ? "INTEGER" : "VARCHAR");
            }
            try (Statement s = c.createStatement()) {
                s.execute(ddl.append(')').toString());
            }
            try (DuckDBAppender appender = c.unwrap(DuckDBConnection.class).createAppender(DuckDBConnection.DEFAULT_SCHEMA, "facts")) {
                store.forEachFact(query, f -> {
                    JsonNode json = FactJson.toJson(f.fact());
                    try {
                        appender.beginRow();
                        for (String column : FactCsv.COLUMNS) {
                            JsonNode v = json.get(column);
                            if (v == null || v.isNull()) {
                                appender.appendNull();
                            } else if (column.equals("value")) {
                                appender.append(v.doubleValue());
                            } else if (NUMERIC.contains(column)) {
                                appender.append(v.intValue());
                            } else {
                                appender.append(v.asText());
                            }
                        }
                        appender.endRow();
                    } catch (SQLException e) {
                        throw new UncheckedIOException(new IOException("cannot add a row to the Parquet file", e));
                    }
                    n[0]++;
                });
            }
            try (Statement s = c.createStatement()) {
                s.execute("COPY facts TO '" + file.toString().replace("'", "''") + "' (FORMAT PARQUET)");
            }
        }
        return n[0];
    }
}
