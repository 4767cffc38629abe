package org.xianzhi.app.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import org.xianzhi.core.ingest.FileNames;

/**
 * What a path given on the command line holds: a file is itself; a folder (or a link to one) is walked, following
 * links, into its regular files in name order. Every entry that is not read is named with the reason: an unreadable
 * folder, a link to nothing, a link that loops back to a folder above it, a FIFO, socket or device. None of them stops
 * the walk.
 *
 * @param files   the files to read, sorted so that runs are repeatable
 * @param skipped one line per entry skipped, {@code PATH: skipped: reason}
 */
record FolderListing(List<Path> files, List<String> skipped) {
    FolderListing {
        files = List.copyOf(files);
        skipped = List.copyOf(skipped);
    }

    static FolderListing of(String arg) {
        Path path = Path.of(arg);
        if (!Files.isDirectory(path)) {
            // A file, or a path that is not there: the reader says what is wrong with it.
            return new FolderListing(List.of(path), List.of());
        }
        List<Path> files = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        try {
            Files.walkFileTree(path, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (attributes.isRegularFile()) {
                        files.add(file);
                    } else if (attributes.isSymbolicLink()) {
                        skipped.add(FileNames.shown(file) + ": skipped: a link to nothing");
                    } else {
                        skipped.add(FileNames.shown(file) + ": skipped: not a regular file (a FIFO, socket or device)");
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    skipped.add(FileNames.shown(file) + ": skipped: " + why(e));
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) {
                    if (e != null) {
                        skipped.add(FileNames.shown(dir) + ": skipped the rest of the folder: " + why(e));
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            skipped.add(path + ": skipped: " + why(e));
        }
        files.sort(null);
        return new FolderListing(files, skipped);
    }

    private static String why(IOException e) {
        if (e instanceof FileSystemLoopException) {
            return "a link back to a folder above it (a loop)";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "gone while the folder was read";
        }
        return String.valueOf(e.getMessage());
    }
}
