package org.xianzhi.app.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.xianzhi.app.facts.FactCsv;

/** Reads exported files back, as a person's tools would: indicator, value, unit and scope of each row. */
final class ExportReader {
    private static final List<String> COLUMNS = List.of("indicator", "value", "unit", "scope");

    private ExportReader() {
    }

    static List<List<String>> parquet(Path file) throws SQLException {
        List<List<String>> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT indicator, CAST(value AS VARCHAR), unit, scope FROM read_parquet('"
                     + file.toString().replace("'", "''") + "')")) {
            while (rs.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= COLUMNS.size(); i++) {
                    row.add(rs.getString(i) == null ? "" : rs.getString(i));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    static List<List<String>> xlsx(Path file) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook book = new XSSFWorkbook(in)) {
            Sheet sheet = book.getSheet("facts");
            Row header = sheet.getRow(0);
            for (int i = 0; i < FactCsv.COLUMNS.size(); i++) {
                if (!header.getCell(i).getStringCellValue().equals(FactCsv.COLUMNS.get(i))) {
                    throw new IllegalStateException("column " + i + " is " + header.getCell(i));
                }
            }
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<String> values = new ArrayList<>();
                for (String column : COLUMNS) {
                    Cell cell = row.getCell(FactCsv.COLUMNS.indexOf(column));
                    values.add(cell == null ? "" : switch (cell.getCellType()) {
                        case NUMERIC -> Double.toString(cell.getNumericCellValue());
                        default -> cell.getStringCellValue();
                    });
                }
                rows.add(values);
            }
        }
        return rows;
    }
}
