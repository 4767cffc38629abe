package org.xianzhi.app.web;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.xianzhi.app.facts.FactCsv;

/**
 * A {@link DataTable} as a file a spreadsheet opens. CSV: UTF-8 with a byte order mark (Excel reads the Chinese text),
 * RFC 4180 quoting. XLSX: a bold, frozen header row with filters on every column, widths from the longest cell (up to
 * a cap), numbers as numbers and codes ({@code region_code}) as text, so 130609 never becomes 1.3e5 or loses a
 * leading zero.
 */
final class TableFile {
    /** The formats a page's download button offers. */
    enum Format {
        CSV("text/csv; charset=utf-8"),
        XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

        final String contentType;

        Format(String contentType) {
            this.contentType = contentType;
        }

        String extension() {
            return name().toLowerCase(Locale.ROOT);
        }

        static Format of(String s) {
            if (s == null) {
                return CSV;
            }
            for (Format f : values()) {
                if (f.extension().equalsIgnoreCase(s)) {
                    return f;
                }
            }
            throw new IllegalArgumentException("unknown format '" + s + "'; the formats are csv, xlsx");
        }
    }

    /** The most characters an XLSX cell holds. */
    private static final int XLSX_CELL_MAX = 32_767;
    /** Widths in characters: a sentence column is capped so that a sheet stays readable; the text is all there. */
    private static final int MIN_WIDTH = 6;
    private static final int MAX_WIDTH = 60;

    private TableFile() {
    }

    static void write(DataTable table, Format format, OutputStream out) throws IOException {
        switch (format) {
            case CSV -> csv(table, out);
            case XLSX -> xlsx(table, out);
        }
    }

    static void csv(DataTable table, OutputStream stream) throws IOException {
        Writer w = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
        PrintWriter out = new PrintWriter(w);
        out.print('\uFEFF');
        line(out, table.columns().stream().map(DataTable.Column::name).toList());
        for (List<Object> row : table.rows()) {
            line(out, row.stream().map(TableFile::plain).toList());
        }
        out.flush();
        if (out.checkError()) {
            throw new IOException("cannot write the table " + table.name());
        }
    }

    private static void line(PrintWriter out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.print(',');
            }
            out.print(FactCsv.quote(cells.get(i)));
        }
        out.print("\r\n");
    }

    /** A cell as text: numbers as plain decimals (no exponent, no trailing zeros), null as empty. */
    static String plain(Object cell) {
        Object v = DataTable.value(cell);
        if (v == null) {
            return "";
        }
        if (v instanceof BigDecimal d) {
            return d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString();
        }
        return v.toString();
    }

    static void xlsx(DataTable table, OutputStream out) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Sheet sheet = book.createSheet(table.name());
            Font bold = book.createFont();
            bold.setBold(true);
            CellStyle headerStyle = book.createCellStyle();
            headerStyle.setFont(bold);
            DataFormat formats = book.createDataFormat();
            CellStyle textStyle = book.createCellStyle();
            textStyle.setDataFormat(formats.getFormat("@"));
            List<DataTable.Column> columns = table.columns();
            int[] widths = new int[columns.size()];
            Row header = sheet.createRow(0);
            for (int c = 0; c < columns.size(); c++) {
                var cell = header.createCell(c);
                cell.setCellValue(columns.get(c).name());
                cell.setCellStyle(headerStyle);
                widths[c] = width(columns.get(c).name());
            }
            int r = 0;
            for (List<Object> values : table.rows()) {
                Row row = sheet.createRow(++r);
                for (int c = 0; c < columns.size(); c++) {
                    Object v = DataTable.value(values.get(c));
                    if (v == null) {
                        continue;
                    }
                    var cell = row.createCell(c);
                    if (columns.get(c).kind() == DataTable.Kind.NUMBER && v instanceof Number n) {
                        cell.setCellValue(n instanceof BigDecimal d ? d.doubleValue() : n.doubleValue());
                    } else {
                        String s = plain(v);
                        cell.setCellValue(s.length() > XLSX_CELL_MAX ? s.substring(0, XLSX_CELL_MAX) : s);
                        if (columns.get(c).kind() == DataTable.Kind.CODE) {
                            cell.setCellStyle(textStyle);
                        }
                    }
                    widths[c] = Math.max(widths[c], width(plain(v)));
                }
            }
            for (int c = 0; c < columns.size(); c++) {
                if (columns.get(c).kind() == DataTable.Kind.CODE) {
                    sheet.setDefaultColumnStyle(c, textStyle);
                }
                sheet.setColumnWidth(c, Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, widths[c] + 2)) * 256);
            }
            sheet.createFreezePane(0, 1);
            if (!columns.isEmpty()) {
                sheet.setAutoFilter(new CellRangeAddress(0, Math.max(r, 1), 0, columns.size() - 1));
            }
            book.write(out);
        }
    }

    /** A cell's width in character widths: a Han character is two. */
    private static int width(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            w += Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN || cp >= 0xFF00 ? 2 : 1;
            i += Character.charCount(cp);
        }
        return w;
    }
}
