package org.warraq.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.warraq.diag.BuildFailure;
import org.warraq.diag.IoCause;
import org.warraq.files.SiteLayout;
import org.warraq.util.Workers;

/**
 * The output folder and its safe replacement. A build writes the files it makes into a staging folder next to
 * the output, then commits them one of two ways: when much of the site changed, by linking the unchanged files
 * into the stage and swapping the whole folder in with two renames ({@link #swap}); when little changed, in
 * place, through a {@link Journal} of renames made durable before the site is touched ({@link #decide},
 * {@link #apply}), so the cost follows the number of changed files. A failed or killed build leaves the
 * previous site as it was until its commit point; the next build finishes a commit that was decided (rolls
 * the journal forward, or puts the previous site back if a swap was killed between its renames) and cleans up.
 * Only Warraq's own folders are written (see {@link Ownership}); a build holds two locks, the site's (in its
 * cache folder) and the output folder's (next to it), so two builds of one site, or of two sites into one
 * folder, never write at once.
 */
public final class OutputDir implements AutoCloseable {
    private final Path out;
    private final Path staging;
    private final Path old;
    private final Path journal;
    private final List<FileChannel> locks;
    private final Workers workers;

    private OutputDir(Path out, List<FileChannel> locks, Workers workers) {
        this.out = out;
        this.staging = SiteLayout.staging(out);
        this.old = SiteLayout.replaced(out);
        this.journal = SiteLayout.journal(out);
        this.locks = locks;
        this.workers = workers;
    }

    /**
     * Checks that {@code out} may be written by a build of the site at {@code root}, takes the site's and the
     * output folder's locks, and finishes or undoes what an interrupted build left behind. Whole-tree work
     * (linking, deleting) runs on {@code workers}.
     */
    public static OutputDir open(Path root, Path out, Workers workers) {
        Path target = Ownership.canonical(out);
        String shown = out.toString();
        Ownership.check(root, target, shown);
        List<FileChannel> locks = new ArrayList<>(2);
        try {
            lock(new SiteLayout(root).lock(), shown, "another Warraq build is writing this site", locks);
            lock(SiteLayout.outputLock(target), shown, "another Warraq build is writing into " + shown, locks);
        } catch (RuntimeException e) {
            locks.forEach(OutputDir::close);
            throw e;
        }
        OutputDir dir = new OutputDir(target, locks, workers);
        dir.recover();
        return dir;
    }

    private static void lock(Path file, String shown, String busy, List<FileChannel> locks) {
        FileChannel channel;
        FileLock lock;
        try {
            Files.createDirectories(file.getParent());
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
        } catch (IOException e) {
            throw failed(file, e);
        }
        if (lock == null) {
            close(channel);
            throw BuildFailure.config(shown, busy, "wait for it to finish");
        }
        locks.add(channel);
    }

    /** The output folder (absolute, resolved). */
    public Path path() {
        return out;
    }

    public boolean exists() {
        return Files.isDirectory(out);
    }

    public boolean has(String relative) {
        return Files.isRegularFile(out.resolve(relative));
    }

    /** The digest of the build state the folder holds, as its marker says ("" when none, or not Warraq's). */
    public String builtFrom() {
        return Ownership.builtFrom(out).orElse("");
    }

    /** Starts an empty staging folder. */
    Stage stage() {
        try {
            FileTrees.delete(staging, workers);
            Files.createDirectories(staging);
            return new Stage(staging);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The files of the current site (relative, '/'-separated), its marker left out. */
    List<String> files() {
        if (!exists()) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(out)) {
            return walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                    .map(p -> out.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> !p.equals(SiteLayout.MARKER)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Commits {@code stage} whole: links the current site's {@code unchanged} files into it, marks it as
     * holding build {@code id}, and swaps it in with two renames (the replaced site is kept as
     * {@code .site.warraq-old/} until the next build).
     */
    void swap(Stage stage, Collection<String> unchanged, String id) {
        try {
            workers.each(List.copyOf(unchanged), path -> {
                Path link = stage.target(path);
                try {
                    try {
                        Files.createLink(link, out.resolve(path));
                    } catch (UnsupportedOperationException | FileSystemException e) {
                        Files.copy(out.resolve(path), link);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            mark(stage, id);
            CrashPoints.reached("swap-staged");
            if (exists()) {
                FileTrees.delete(old, workers);
                Files.move(out, old, StandardCopyOption.ATOMIC_MOVE);
                CrashPoints.reached("swap-between-renames");
                Files.move(stage.dir(), out, StandardCopyOption.ATOMIC_MOVE);
            } else {
                Files.createDirectories(out.getParent());
                Files.move(stage.dir(), out, StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Decides an in-place commit of {@code stage}: makes the staged files durable, stages the marker for
     * build {@code id}, and writes the journal that replaces the site's files with the staged ones and
     * removes {@code deletes}. From here on the commit happens, by {@link #apply} or by the next build.
     */
    Journal decide(Stage stage, Collection<String> deletes, String id) {
        try {
            stage.force(workers);
            CrashPoints.reached("staged");
            mark(stage, id);
            List<String> puts = new ArrayList<>(stage.files().stream().sorted().toList());
            puts.add(SiteLayout.MARKER);
            Journal decided = new Journal(puts, deletes.stream().sorted().toList());
            try {
                decided.write(journal);
            } catch (IOException e) {
                throw IoCause.naming(journal.toString(), e);
            }
            CrashPoints.reached("journal-written");
            return decided;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stages the marker saying the folder holds build {@code id}. */
    private static void mark(Stage stage, String id) throws IOException {
        Path marker = stage.dir().resolve(SiteLayout.MARKER);
        try {
            Files.write(marker, Ownership.marker(id), StandardOpenOption.CREATE_NEW);
        } catch (IOException e) {
            throw IoCause.naming(marker.toString(), e);
        }
    }

    /** Applies a decided commit to the site, then removes the journal and the emptied stage. */
    void apply(Journal decided) {
        try {
            Files.createDirectories(out);
            decided.apply(staging, out, old);
            Files.delete(journal);
            CrashPoints.reached("journal-removed");
            FileTrees.delete(staging, workers);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Undoes a failed build: throws its stage away, and puts the previous site back if a swap failed between
     * its renames, so the site is as it was and no staging folder is left. A commit already decided (its
     * journal complete) is left for the next build to finish.
     */
    void discard() {
        if (Files.exists(journal, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try {
            undoUndecided();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        locks.forEach(OutputDir::close);
    }

    /**
     * Finishes a commit a killed build decided (its journal is complete) or throws away one it had not
     * (an incomplete journal, a stage); puts the previous site back if a build was killed between the two
     * renames of a swap; and moves the files the last build replaced aside, to be deleted by a background
     * thread while this build works (what is not deleted when the process ends is deleted by the next build).
     */
    private void recover() {
        try {
            Optional<Journal> decided = Journal.read(journal);
            if (decided.isPresent()) {
                apply(decided.get());
            }
            Files.deleteIfExists(journal);
            undoUndecided();
            if (Files.isDirectory(old)) {
                Files.move(old, old.resolveSibling(trashPrefix() + System.nanoTime()), StandardCopyOption.ATOMIC_MOVE);
            }
            List<Path> trash = new ArrayList<>();
            try (Stream<Path> siblings = Files.list(out.getParent())) {
                siblings.filter(p -> p.getFileName().toString().startsWith(trashPrefix())).sorted().forEach(trash::add);
            }
            if (!trash.isEmpty()) {
                Thread cleaner = new Thread(() -> {
                    for (Path dir : trash) {
                        try {
                            FileTrees.delete(dir);
                        } catch (IOException e) {
                            return;
                        }
                    }
                }, "warraq-cleaner");
                cleaner.setDaemon(true);
                cleaner.start();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Throws away a commit not decided: a part-written journal, the stage; puts back a site swapped out. */
    private void undoUndecided() throws IOException {
        Files.deleteIfExists(journal.resolveSibling(journal.getFileName() + ".tmp"));
        if (!Files.exists(out) && Files.isDirectory(old)) {
            Files.move(old, out, StandardCopyOption.ATOMIC_MOVE);
        }
        FileTrees.delete(staging, workers);
    }

        private String trashPrefix() {
        return SiteLayout.trashPrefix(out);
    }

    /** {@code e}, naming {@code file} when Java did not (a failed write says only "No space left on device"). */
    static UncheckedIOException failed(Path file, IOException e) {
        return new UncheckedIOException(IoCause.naming(file.toString(), e));
    }

    private static void close(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            // closing the channel releases its lock; nothing else is left to release
        }
    }
}
