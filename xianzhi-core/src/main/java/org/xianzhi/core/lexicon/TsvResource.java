package org.xianzhi.core.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A tab-separated table read once from a UTF-8 resource: lines starting with {@code #} and blank lines are comments,
 * the first other line names the columns, every further line is a row with exactly that many fields (trailing empty
 * fields may be left off). Errors name the resource and the line, so a bad edit of a data file is found at once.
 */
public final class TsvResource {
    private final String source;
    private final Map<String, Integer> columns;
    private final List<Row> rows;

    /** One data row; fields are looked up by column name. */
    public final class Row {
        private final int line;
        private final String[] fields;

        private Row(int line, String[] fields) {
            this.line = line;
            this.fields = fields;
        }

        /** The field of the named column, possibly empty, never null. */
        public String get(String column) {
            Integer index = columns.get(column);
            if (index == null) {
                throw new IllegalArgumentException(source + " has no column '" + column + "'; it has " + columns.keySet());
            }
            return index < fields.length ? fields[index] : "";
        }

        /** An exception naming this row, for values that do not validate. */
        public IllegalArgumentException error(String message) {
            return new IllegalArgumentException(source + " line " + line + ": " + message);
        }
    }

    private TsvResource(String source, Reader reader) throws IOException {
        this.source = source;
        Map<String, Integer> header = null;
        List<Row> data = new ArrayList<>();
        BufferedReader lines = new BufferedReader(reader);
        int lineNumber = 0;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            lineNumber++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\t", -1);
            if (header == null) {
                header = new HashMap<>();
                for (int i = 0; i < fields.length; i++) {
                    header.put(fields[i].strip(), i);
                }
            } else if (fields.length > header.size()) {
                throw new IllegalArgumentException(source + " line " + lineNumber + ": " + fields.length
                        + " fields, the header names " + header.size());
            } else {
                data.add(new Row(lineNumber, fields));
            }
        }
        if (header == null) {
            throw new IllegalArgumentException(source + " has no header line");
        }
        this.columns = Map.copyOf(header);
        this.rows = List.copyOf(data);
    }

    /**
     * Reads a resource next to {@code anchor} (same package).
     *
     * @throws IllegalStateException if the resource is missing: it ships in the jar, so that is a packaging bug
     */
    public static TsvResource read(Class<?> anchor, String name) {
        try (InputStream in = anchor.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("resource " + name + " missing next to " + anchor.getName());
            }
            return new TsvResource(name, new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + name, e);
        }
    }

    /** Reads a table from any reader; {@code source} names it in error messages. */
    public static TsvResource read(String source, Reader reader) {
        try {
            return new TsvResource(Objects.requireNonNull(source, "source"), reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source, e);
        }
    }

    /** The data rows in file order. */
    public List<Row> rows() {
        return rows;
    }
}
