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
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

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
import org.xianzhi.app.store.StoredFact;
import org.xianzhi.app.quality.FlagFilter;
import org.xianzhi.app.quality.QualityReport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

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
    /** The column of quality flags, after FACTS.md's. */
    public static final String QUALITY = "quality";

    private FactExporter() {
    }

    /**
     * Exports the facts {@code query} selects.
     *
     * @return how many facts were written
     */
    public static long export(FactStore store, FactQuery query, ExportFormat format, Path out)
            throws SQLException, IOException {
        return export(store, query, format, out, null, FlagFilter.SHOW);
    }

    /**
     * Exports the facts {@code query} selects that {@code flagged} keeps, with a last column {@code quality}: each
     * fact's quality flags as reasons ({@code ; } between them), empty for a fact nothing doubts.
     *
     * @param quality the flags of the selected facts' regions, or null for FACTS.md's columns alone
     */
    public static long export(FactStore store, FactQuery query, ExportFormat format, Path out, QualityReport quality,
                              FlagFilter flagged) throws SQLException, IOException {
        Rows rows = new Rows(store, query, quality, flagged);
        Path absolute = out.toAbsolutePath();
        if (absolute.getParent() != null) {
            Files.createDirectories(absolute.getParent());
        }
        Path partial = absolute.resolveSibling(absolute.getFileName() + ".partial");
        Files.deleteIfExists(partial);
        try {
            long n = switch (format) {
                case CSV -> text(rows, partial, true);
                case JSONL -> text(rows, partial, false);
                case XLSX -> xlsx(rows, partial);
                case PARQUET -> parquet(rows, partial);
            };
            Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING);
            return n;
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    /** The facts to write, with their quality column when there is one. */
    private record Rows(FactStore store, FactQuery query, QualityReport quality, FlagFilter flagged) {
        List<String> columns() {
            if (quality == null) {
                return FactCsv.COLUMNS;
            }
            List<String> all = new ArrayList<>(FactCsv.COLUMNS);
            all.add(QUALITY);
            return all;
        }

        void forEach(Consumer<StoredFact> sink) throws SQLException {
            store.forEachFact(query, f -> {
                boolean doubted = quality != null && quality.flagged(f);
                if (flagged == FlagFilter.SHOW || (flagged == FlagFilter.ONLY) == doubted) {
                    sink.accept(f);
                }
            });
        }

        List<String> more(StoredFact f) {
            return quality == null ? List.of() : List.of(quality.reasons(f));
        }

        JsonNode json(StoredFact f) {
            ObjectNode o = FactJson.toJson(f.fact());
            if (quality != null) {
                o.put(QUALITY, quality.reasons(f));
            }
            return o;
        }
    }

    private static long text(Rows rows, Path file, boolean csv) throws SQLException, IOException {
        long[] n = {0};
        try (OutputStream stream = Files.newOutputStream(file);
             PrintWriter out = new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8))) {
            if (csv) {
                FactCsv.writeHeader(out, rows.columns().subList(FactCsv.COLUMNS.size(), rows.columns().size()));
            }
            rows.forEach(f -> {
                if (csv) {
                    FactCsv.writeRow(out, f.fact(), rows.more(f));
                } else {
                    out.print(FactJson.toLine(rows.json(f)));
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

    private static long xlsx(Rows rows, Path file) throws SQLException, IOException {
        List<String> columns = rows.columns();
        long[] n = {0};
        try (SXSSFWorkbook book = new SXSSFWorkbook(XLSX_WINDOW)) {
            Sheet sheet = book.createSheet("facts");
            Row header = sheet.createRow(0);
            for (int i = 0; i < columns.size(); i++) {
                header.createCell(i).setCellValue(columns.get(i));
            }
            rows.forEach(f -> {
                JsonNode json = rows.json(f);
                Row row = sheet.createRow((int) ++n[0]);
                for (int i = 0; i < columns.size(); i++) {
                    JsonNode v = json.get(columns.get(i));
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

    private static long parquet(Rows rows, Path file) throws SQLException {
        List<String> columns = rows.columns();
        long[] n = {0};
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
            StringBuilder ddl = new StringBuilder("CREATE TABLE facts (");
            for (int i = 0; i < columns.size(); i++) {
                String column = columns.get(i);
                ddl.append(i == 0 ? "" : ", ").append('"').append(column).append("\" ")
                        .append(column.equals("value") ? "DOUBLE" : NUMERIC.contains(column) ? "INTEGER" : "VARCHAR");
            }
            try (Statement s = c.createStatement()) {
                s.execute(ddl.append(')').toString());
            }
            try (DuckDBAppender appender = c.unwrap(DuckDBConnection.class).createAppender(DuckDBConnection.DEFAULT_SCHEMA, "facts")) {
                rows.forEach(f -> {
                    JsonNode json = rows.json(f);
                    try {
                        appender.beginRow();
                        for (String column : columns) {
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
