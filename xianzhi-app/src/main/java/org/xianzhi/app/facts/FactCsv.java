package org.xianzhi.app.facts;

import java.io.PrintWriter;
import java.util.List;

import org.xianzhi.core.fact.Fact;

/**
 * Facts as CSV with FACTS.md's columns. The writer starts with a UTF-8 byte order mark so that Excel opens the
 * Chinese text correctly; fields are quoted where they hold a comma, a quote or a line break (RFC 4180).
 */
public final class FactCsv {
    public static final List<String> COLUMNS = List.of("doc", "file", "region", "region_code", "indicator", "measure",
            "status", "period", "value", "unit", "as_written", "qualifier", "scope", "text", "start", "end");
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private FactCsv() {
    }

    public static void writeHeader(PrintWriter out) {
        writeHeader(out, List.of());
    }

    /** The header with {@code more} columns after FACTS.md's. */
    public static void writeHeader(PrintWriter out, List<String> more) {
        out.print(BYTE_ORDER_MARK);
        out.print(String.join(",", COLUMNS));
        more.forEach(c -> out.print("," + quote(c)));
        out.print("\r\n");
    }

    public static void writeRow(PrintWriter out, Fact f) {
        writeRow(out, f, List.of());
    }

    /** A row with {@code more} cells after FACTS.md's. */
    public static void writeRow(PrintWriter out, Fact f, List<String> more) {
        List<String> cells = new java.util.ArrayList<>(List.of(f.doc(), f.file(), f.region(), nullToEmpty(f.regionCode()), f.indicator(),
                f.measure().label(), f.status().label(), f.period(), f.value().stripTrailingZeros().toPlainString(),
                f.unit(), f.asWritten(), f.qualifier().label(), nullToEmpty(f.scope()), f.text(),
                Integer.toString(f.start()), Integer.toString(f.end())));
        cells.addAll(more);
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.print(',');
            }
            out.print(quote(cells.get(i)));
        }
        out.print("\r\n");
    }

    public static String quote(String cell) {
        if (cell.indexOf(',') < 0 && cell.indexOf('"') < 0 && cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0) {
            return cell;
        }
        return '"' + cell.replace("\"", "\"\"") + '"';
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
