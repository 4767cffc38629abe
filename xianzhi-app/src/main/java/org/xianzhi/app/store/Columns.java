package org.xianzhi.app.store;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** How values cross into columns so that both databases store and return the same thing. */
final class Columns {
    private static final char REPLACEMENT = '\uFFFD';
    private static final int DECIMAL_SCALE = 10;

    private Columns() {
    }

    /** Instants are stored as UTC wall-clock time in a {@code TIMESTAMP} column, whatever the machine's time zone. */
    static void setInstant(PreparedStatement p, int index, Instant instant) throws SQLException {
        p.setObject(index, utc(instant));
    }

    /** The UTC wall-clock time an instant is stored as. */
    static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    /**
     * A value at the scale of the {@code DECIMAL(38, 10)} columns: DuckDB's appender takes a decimal only at the
     * column's own scale, where an INSERT would round it.
     */
    static BigDecimal decimal(BigDecimal value) {
        return value.setScale(DECIMAL_SCALE, RoundingMode.HALF_EVEN);
    }

    static Instant getInstant(ResultSet rs, String column) throws SQLException {
        LocalDateTime t = rs.getObject(column, LocalDateTime.class);
        return t == null ? null : t.toInstant(ZoneOffset.UTC);
    }

    static void setNullableInt(PreparedStatement p, int index, Integer value) throws SQLException {
        if (value == null) {
            p.setNull(index, Types.INTEGER);
        } else {
            p.setInt(index, value);
        }
    }

    static Integer getNullableInt(ResultSet rs, String column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }

    /**
     * Text as both databases accept it: PostgreSQL refuses NUL in text and neither can encode a lone surrogate in
     * UTF-8, so each becomes U+FFFD. One char for one char, so every offset into the text stays right.
     */
    static String storable(String text) {
        if (text == null) {
            return null;
        }
        char[] chars = null;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            boolean bad;
            if (c == '\0') {
                bad = true;
            } else if (Character.isHighSurrogate(c)) {
                bad = i + 1 >= n || !Character.isLowSurrogate(text.charAt(i + 1));
                if (!bad) {
                    i++;
                }
            } else {
                bad = Character.isLowSurrogate(c);
            }
            if (bad) {
                if (chars == null) {
                    chars = text.toCharArray();
                }
                chars[i] = REPLACEMENT;
            }
        }
        return chars == null ? text : new String(chars);
    }
}
