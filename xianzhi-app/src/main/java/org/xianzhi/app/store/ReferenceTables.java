package org.xianzhi.app.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.xianzhi.core.fact.Measure;
import org.xianzhi.core.indicator.Indicator;
import org.xianzhi.core.indicator.IndicatorTaxonomy;
import org.xianzhi.core.region.Region;
import org.xianzhi.core.region.RegionGazetteer;

/**
 * Keeps the {@code regions}, {@code indicators} and {@code indicator_aliases} tables equal to the gazetteer and the
 * taxonomy this program ships. Each is reloaded in one transaction when the fingerprint of the shipped rows differs
 * from the one stored, so an ordinary start-up costs two small queries.
 */
final class ReferenceTables {
    private static final int BATCH = 1000;

    /** Rows for one or more tables, loaded together under one fingerprint. */
    private record Load(String name, List<Table> tables) {
    }

    private record Table(String insert, String table, List<List<Object>> rows) {
    }

    private ReferenceTables() {
    }

    static void refresh(Connection c, RegionGazetteer gazetteer, IndicatorTaxonomy taxonomy) throws SQLException {
        for (Load load : loads(gazetteer, taxonomy)) {
            load(c, load);
        }
    }

    /** Whether the stored tables are those of {@code gazetteer} and {@code taxonomy}: a reader's check, writing nothing. */
    static boolean isCurrent(Connection c, RegionGazetteer gazetteer, IndicatorTaxonomy taxonomy) throws SQLException {
        for (Load load : loads(gazetteer, taxonomy)) {
            if (!fingerprint(load).equals(stored(c, load.name()))) {
                return false;
            }
        }
        return true;
    }

    private static List<Load> loads(RegionGazetteer gazetteer, IndicatorTaxonomy taxonomy) {
        List<List<Object>> regions = new ArrayList<>();
        for (Region r : gazetteer.all()) {
            regions.add(Arrays.asList(r.code(), r.name(), r.level().name().toLowerCase(Locale.ROOT), r.parentCode(),
                    r.shortName()));
        }
        List<List<Object>> indicators = new ArrayList<>();
        List<List<Object>> aliases = new ArrayList<>();
        for (Indicator i : taxonomy.all()) {
            String measures = i.measures().stream().sorted().map(Measure::label).collect(Collectors.joining(","));
            indicators.add(List.of(i.name(), i.unit(), i.dimension().token(), measures, i.core(), String.join(",", i.parts())));
            for (String alias : i.aliases()) {
                aliases.add(List.of(alias, i.name()));
            }
        }
        return List.of(new Load("regions", List.of(new Table(
                        "INSERT INTO regions (code, name, level, parent_code, short_name) VALUES (?, ?, ?, ?, ?)", "regions", regions))),
                // Aliases first: they are deleted before the indicators they name.
                new Load("indicators", List.of(
                        new Table("INSERT INTO indicator_aliases (alias, name) VALUES (?, ?)", "indicator_aliases", aliases),
                        new Table("INSERT INTO indicators (name, unit, dimension, measures, core, parts) VALUES (?, ?, ?, ?, ?, ?)",
                                "indicators", indicators))));
    }

    private static void load(Connection c, Load load) throws SQLException {
        String fingerprint = fingerprint(load);
        if (fingerprint.equals(stored(c, load.name()))) {
            return;
        }
        c.setAutoCommit(false);
        try {
            try (Statement s = c.createStatement()) {
                for (Table t : load.tables()) {
                    s.executeUpdate("DELETE FROM " + t.table());
                }
                s.executeUpdate("DELETE FROM reference_data WHERE name = '" + load.name() + "'");
            }
            for (Table t : load.tables()) {
                insert(c, t);
            }
            try (PreparedStatement p = c.prepareStatement("INSERT INTO reference_data (name, fingerprint) VALUES (?, ?)")) {
                p.setString(1, load.name());
                p.setString(2, fingerprint);
                p.executeUpdate();
            }
            c.commit();
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }

    private static void insert(Connection c, Table table) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(table.insert())) {
            int pending = 0;
            for (List<Object> row : table.rows()) {
                for (int i = 0; i < row.size(); i++) {
                    if (row.get(i) == null) {
                        p.setNull(i + 1, Types.VARCHAR);
                    } else {
                        p.setObject(i + 1, row.get(i));
                    }
                }
                p.addBatch();
                if (++pending == BATCH) {
                    p.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                p.executeBatch();
            }
        }
    }

    private static String stored(Connection c, String name) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT fingerprint FROM reference_data WHERE name = ?")) {
            p.setString(1, name);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next() ? rs.getString(1) : "";
            }
        }
    }

    private static String fingerprint(Load load) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Table t : load.tables()) {
                digest.update(t.insert().getBytes(StandardCharsets.UTF_8));
                for (List<Object> row : t.rows()) {
                    digest.update(String.valueOf(row).getBytes(StandardCharsets.UTF_8));
                    digest.update((byte) '\n');
                }
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
