package org.xianzhi.app.ingest;

/**
 * A file of a run with the same bytes as another the run read first: skipped, and named with the one it repeats.
 *
 * @param file the file skipped
 * @param of   the file it repeats
 */
public record Duplicate(String file, String of) {
}
