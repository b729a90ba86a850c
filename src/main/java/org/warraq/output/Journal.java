package org.warraq.output;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The record of an in-place commit ({@code .site.warraq-journal} next to the output folder): which staged
 * files replace or join the site's and which of the site's files go. It is written and made durable before
 * the first file of the site is touched; from then on the commit is decided, and a build that finds a
 * complete journal (the last one was killed while applying it) applies it again before anything else, which
 * is harmless for what was already applied. A journal without its end line was cut short before the commit
 * point: it is thrown away with the stage, and the site was never touched.
 *
 * <p>Each staged file is moved over the site's with one rename, so a reader of the site gets the old or the
 * new file, never a part of one; the replaced and removed files are kept in {@code .site.warraq-old/}.
 *
 * @param puts    staged files to move into the site (relative paths), the marker file last
 * @param deletes files of the site to remove
 */
record Journal(List<String> puts, List<String> deletes) {
    private static final String HEADER = "warraq-journal 1";
    private static final String END = "end";

    Journal {
        puts = List.copyOf(puts);
        deletes = List.copyOf(deletes);
    }

    /** Writes the journal to {@code file} and makes it durable: the commit point. */
    void write(Path file) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            w.write(HEADER + "\n");
            for (String path : puts) {
                w.write("put " + escape(path) + "\n");
            }
            for (String path : deletes) {
                w.write("del " + escape(path) + "\n");
            }
            CrashPoints.reached("journal-written-in-part");
            w.write(END + " " + (puts.size() + deletes.size()) + "\n");
        }
        try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.READ)) {
            channel.force(true);
        }
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        forceFolder(file.getParent());
    }

    /** The journal at {@code file}, when there is one and it is complete. */
    static Optional<Journal> read(Path file) {
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        List<String> puts = new ArrayList<>();
        List<String> deletes = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            if (!HEADER.equals(r.readLine())) {
                return Optional.empty();
            }
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.startsWith("put ")) {
                    puts.add(unescape(line.substring(4)));
                } else if (line.startsWith("del ")) {
                    deletes.add(unescape(line.substring(4)));
                } else if (line.equals(END + " " + (puts.size() + deletes.size()))) {
                    return Optional.of(new Journal(puts, deletes));
                } else {
                    return Optional.empty();
                }
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /**
     * Applies the journal: moves each staged file over the site's (keeping the replaced one in {@code old}),
     * then moves the removed files to {@code old} and prunes folders left empty. Steps already done are
     * skipped, so applying again after a crash finishes the commit.
     */
    void apply(Path staging, Path out, Path old) throws IOException {
        int done = 0;
        for (String path : puts) {
            Path staged = staging.resolve(path);
            if (Files.exists(staged, LinkOption.NOFOLLOW_LINKS)) {
                Path target = out.resolve(path);
                Files.createDirectories(target.getParent());
                keep(target, old.resolve(path));
                Files.move(staged, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            }
            CrashPoints.reached("applied-" + ++done);
        }
        for (String path : deletes) {
            Path target = out.resolve(path);
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                Path kept = old.resolve(path);
                if (Files.exists(kept, LinkOption.NOFOLLOW_LINKS)) {
                    Files.delete(target);
                } else {
                    Files.createDirectories(kept.getParent());
                    Files.move(target, kept, StandardCopyOption.ATOMIC_MOVE);
                }
            }
            pruneEmptyParents(target.getParent(), out);
            CrashPoints.reached("applied-" + ++done);
        }
    }

    /** Keeps the site's current {@code target} as {@code kept} (a hard link, or a copy), unless already kept. */
    private static void keep(Path target, Path kept) throws IOException {
        if (!Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS) || Files.exists(kept, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.createDirectories(kept.getParent());
        try {
            Files.createLink(kept, target);
        } catch (UnsupportedOperationException | FileSystemException e) {
            Files.copy(target, kept);
        }
    }

    private static void pruneEmptyParents(Path folder, Path out) throws IOException {
        for (Path d = folder; d != null && d.startsWith(out) && !d.equals(out); d = d.getParent()) {
            try {
                Files.delete(d);
            } catch (DirectoryNotEmptyException | NoSuchFileException e) {
                return;
            }
        }
    }

    private static void forceFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // some systems cannot open a folder for syncing; the rename is then as durable as they make it
        }
    }

    private static String escape(String path) {
        return path.replace("%", "%25").replace("\n", "%0A").replace("\r", "%0D");
    }

    private static String unescape(String path) {
        return path.replace("%0D", "\r").replace("%0A", "\n").replace("%25", "%");
    }
}
