package org.xianzhi.spark;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;

/**
 * The paths a job was given, each with its fully qualified form, so that a file Spark lists
 * ({@code file:/data/docs/a.txt}) is named the way {@code xianzhi extract} names it: the path as given joined with
 * the rest ({@code docs/a.txt}). FACTS.md's {@code file} is "the file name as given", and the Spark job's facts must
 * equal extract's field by field.
 */
final class InputRoots implements Serializable {
    private static final long serialVersionUID = 1L;

    /** One path as the user wrote it, and as Hadoop qualifies it (scheme, authority, absolute path). */
    private record Root(String asGiven, String qualified) implements Serializable {
    }

    private final List<Root> roots;

    private InputRoots(List<Root> roots) {
        this.roots = roots;
    }

    /** Qualifies each path against its file system; the longest root wins when roots nest. */
    static InputRoots of(List<String> paths, Configuration hadoop) {
        List<Root> roots = new ArrayList<>();
        for (String p : paths) {
            Path path = new Path(p);
            try {
                String qualified = path.getFileSystem(hadoop).makeQualified(path).toString();
                roots.add(new Root(p, withoutTrailingSlash(qualified)));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot reach the file system of " + p, e);
            }
        }
        roots.sort(Comparator.comparingInt((Root r) -> r.qualified().length()).reversed());
        return new InputRoots(List.copyOf(roots));
    }

    /** The name of a listed file: its root as given joined with the path below it; the listed path itself if no root holds it. */
    String fileName(String listed) {
        String path = decoded(listed);
        for (Root root : roots) {
            String q = root.qualified();
            if (path.equals(q)) {
                return root.asGiven();
            }
            if (path.startsWith(q) && path.charAt(q.length()) == '/') {
                return withoutTrailingSlash(root.asGiven()) + path.substring(q.length());
            }
        }
        return path;
    }

    /** Spark lists paths as URIs, with characters outside ASCII percent-encoded; names are compared decoded. */
    private static String decoded(String listed) {
        try {
            return new Path(new URI(listed)).toString();
        } catch (java.net.URISyntaxException | IllegalArgumentException e) {
            return listed;
        }
    }

    private static String withoutTrailingSlash(String p) {
        return p.length() > 1 && p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
    }
}
