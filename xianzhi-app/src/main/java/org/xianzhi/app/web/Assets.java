package org.xianzhi.app.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;

/**
 * The scripts and styles the pages load, all from the jar: the pages' own under {@code /web/}, and Apache ECharts from
 * the {@code org.mvnpm:echarts} jar. Only these names are served; nothing is fetched from another host.
 */
final class Assets {
    private static final String ECHARTS_POM = "/META-INF/maven/org.mvnpm/echarts/pom.properties";

    /** A served file: where it lies on the class path and its content type. */
    record Asset(String resource, String contentType) {
    }

    private final Map<String, Asset> byName;

    Assets() {
        String echarts = "/META-INF/resources/_static/echarts/" + echartsVersion() + "/dist/echarts.min.js";
        byName = Map.of(
                "app.js", new Asset("/web/app.js", "text/javascript; charset=utf-8"),
                "app.css", new Asset("/web/app.css", "text/css; charset=utf-8"),
                "echarts.min.js", new Asset(echarts, "text/javascript; charset=utf-8"),
                "openapi.json", new Asset("/web/openapi.json", "application/json; charset=utf-8"),
                // Boundaries of the provinces and centres of the prefectures, built by tools/build-china-map.mjs.
                "china-provinces.json", new Asset("/web/china-provinces.json", "application/json; charset=utf-8"),
                "china-prefectures.json", new Asset("/web/china-prefectures.json", "application/json; charset=utf-8"));
        for (Asset a : byName.values()) {
            if (Assets.class.getResource(a.resource()) == null) {
                throw new IllegalStateException("the jar lacks " + a.resource());
            }
        }
    }

    /** The asset of that name, open for reading; null for a name not served. */
    InputStream open(String name) {
        Asset a = byName.get(name);
        return a == null ? null : Assets.class.getResourceAsStream(a.resource());
    }

    String contentType(String name) {
        return byName.get(name).contentType();
    }

    private static String echartsVersion() {
        try (InputStream in = Assets.class.getResourceAsStream(ECHARTS_POM)) {
            if (in == null) {
                throw new IllegalStateException("ECharts is not on the class path (" + ECHARTS_POM + ")");
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
