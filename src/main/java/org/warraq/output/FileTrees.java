package org.warraq.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.warraq.util.Workers;

/**
 * Whole-tree operations on folders Warraq made (staging, a replaced site): deleting one, never following
 * links out of it. Files are handled by all worker threads, which
 * matters on the many-files trees of a large site.
 */
final class FileTrees {
    private FileTrees() {
    }

    /** The files and folders below {@code dir} (folders parents first), without following links. */
    private record Listing(List<Path> dirs, List<Path> files) {
    }

    private static Listing list(Path dir) throws IOException {
        List<Path> dirs = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                dirs.add(d);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                files.add(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                if (e instanceof NoSuchFileException) {
                    return FileVisitResult.CONTINUE;
                }
                throw e;
            }
        });
        return new Listing(dirs, files);
    }

    /** Deletes {@code dir} on the calling thread. */
    static void delete(Path dir) throws IOException {
        delete(dir, null);
    }

    /** Deletes {@code dir}, its files on all of {@code workers} (or the calling thread when null). */
    static void delete(Path dir, Workers workers) throws IOException {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Listing listing = list(dir);
        java.util.function.Consumer<Path> remove = file -> {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
        if (workers == null) {
            listing.files().forEach(remove);
        } else {
            workers.each(listing.files(), remove);
        }
        List<Path> dirs = new ArrayList<>(listing.dirs());
        dirs.sort(Comparator.comparingInt(Path::getNameCount).reversed());
        for (Path d : dirs) {
            Files.deleteIfExists(d);
        }
    }
}
