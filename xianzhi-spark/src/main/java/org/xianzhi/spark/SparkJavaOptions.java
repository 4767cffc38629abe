package org.xianzhi.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * The JVM options Spark needs on Java 17 (its code reaches into {@code java.base}: {@code --add-opens} for
 * java.lang, java.nio, sun.nio.ch, …). The list is written once, as the {@code spark.add-opens} property of this
 * module's pom: Maven gives it to the tests' JVM and filters it into the resource read here.
 */
public final class SparkJavaOptions {
    static final String RESOURCE = "/spark-java-options.txt";

    private SparkJavaOptions() {
    }

    /** The options, one per element ({@code --add-opens=java.base/java.lang=ALL-UNNAMED}, …). */
    public static List<String> list() {
        try (InputStream in = SparkJavaOptions.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath: build with Maven");
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
            if (text.isEmpty() || text.contains("${")) {
                throw new IllegalStateException(RESOURCE + " was not filtered by Maven: " + text);
            }
            return Arrays.asList(text.split("\\s+"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
