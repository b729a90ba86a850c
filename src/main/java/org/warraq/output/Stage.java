package org.warraq.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.warraq.util.Workers;

/**
 * The staging folder of a build: every file the build writes, at its path in the site, and nothing else.
 * Files are created new (never written through a link). Safe to use from many threads.
 */
final class Stage {
    private final Path dir;
    private final Set<String> files = ConcurrentHashMap.newKeySet();
    private final Set<Path> madeDirs = ConcurrentHashMap.newKeySet();

    Stage(Path dir) {
        this.dir = dir;
    }

    Path dir() {
        return dir;
    }

    /** The files written so far (relative, '/'-separated). */
    Set<String> files() {
        return files;
    }

    void write(String relative, byte[] bytes) {
        Path target = target(relative);
        try {
            Files.write(target, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw OutputDir.failed(target, e);
        }
        files.add(relative);
    }

    void copy(String relative, Path source) {
        Path target = target(relative);
        try {
            if (!Files.isRegularFile(source)) {
                throw new FileSystemException(source.toString(), null, "not a regular file");
            }
            Files.copy(source, target);
        } catch (IOException e) {
            throw OutputDir.failed(target, e);
        }
        files.add(relative);
    }

    /** Makes every staged file durable (on disk, not only in the operating system's cache). */
    void force(Workers workers) {
        workers.each(java.util.List.copyOf(files), relative -> {
            try (FileChannel channel = FileChannel.open(dir.resolve(relative), StandardOpenOption.READ)) {
                channel.force(true);
            } catch (IOException e) {
                throw OutputDir.failed(dir.resolve(relative), e);
            }
        });
    }

    /** Where {@code relative} goes in the stage, its folder made; never outside the stage. */
    Path target(String relative) {
        Path target = dir.resolve(relative).normalize();
        if (!target.startsWith(dir) || target.equals(dir)) {
            throw new IllegalArgumentException("output path leaves the site: " + relative);
        }
        Path parent = target.getParent();
        if (!madeDirs.contains(parent)) {
            try {
                Files.createDirectories(parent);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            madeDirs.add(parent);
        }
        return target;
    }
}
