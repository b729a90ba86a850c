package org.warraq.serve;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.warraq.files.SiteLayout;

/**
 * Watches what a build reads: {@code site.yaml}, {@code content/} and {@code templates/} (both recursively,
 * new subfolders included) and runs {@code onChange} after a burst of changes has gone quiet, so saving
 * ten files at once gives one rebuild. Nothing else of the site folder is watched (not {@code .warraq/},
 * where the preview is written, nor {@code site/}). Names a build skips (hidden files, editor backups and
 * swap files) do not count as changes.
 *
 * <p>{@code onChange} runs on the watcher's own thread; changes made while it runs are collected and
 * give one more run after it.
 */
final class SiteWatcher implements AutoCloseable {
    static final Set<String> WATCHED = Set.of(SiteLayout.CONFIG, SiteLayout.CONTENT, SiteLayout.TEMPLATES);

    private final Path root;
    private final WatchService service;
    private final Map<WatchKey, Path> keys = new ConcurrentHashMap<>();
    private final long quietNanos;
    private final long maxWaitNanos;
    private final Runnable onChange;
    private final Thread thread;
    private static final WatchEvent.Modifier[] SENSITIVITY = sensitivity();

    /**
     * Starts watching at once (changes made from here on are seen); {@code onChange} is only called after
     * {@link #start()}.
     *
     * @param quiet   how long no change must come before {@code onChange} runs
     * @param maxWait the longest a steady stream of changes can hold {@code onChange} back
     */
    SiteWatcher(Path root, Duration quiet, Duration maxWait, Runnable onChange) throws IOException {
        this.root = root;
        this.quietNanos = quiet.toNanos();
        this.maxWaitNanos = maxWait.toNanos();
        this.onChange = onChange;
        this.service = FileSystems.getDefault().newWatchService();
        register(root);
        for (String name : WATCHED) {
            Path p = root.resolve(name);
            if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                registerTree(p);
            }
        }
        this.thread = new Thread(this::loop, "warraq-watch");
        thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    @Override
    public void close() {
        try {
            service.close();
        } catch (IOException e) {
            // closing anyway
        }
        if (thread.isAlive() && thread != Thread.currentThread()) {
            thread.interrupt();
            try {
                thread.join(TimeUnit.SECONDS.toMillis(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void loop() {
        long deadline = 0;
        long first = 0;
        boolean pending = false;
        while (true) {
            WatchKey key;
            try {
                if (!pending) {
                    key = service.take();
                } else {
                    long wait = deadline - System.nanoTime();
                    key = wait > 0 ? service.poll(wait, TimeUnit.NANOSECONDS) : service.poll();
                }
            } catch (ClosedWatchServiceException | InterruptedException e) {
                return;
            }
            if (key != null && changes(key)) {
                long now = System.nanoTime();
                if (!pending) {
                    pending = true;
                    first = now;
                }
                deadline = Math.min(now + quietNanos, first + maxWaitNanos);
            }
            if (pending && System.nanoTime() - deadline >= 0) {
                pending = false;
                try {
                    onChange.run();
                } catch (RuntimeException | Error e) {
                    // the callback reports its own failures; whatever escapes it, the watcher goes on
                }
                if (Thread.currentThread().isInterrupted()) {
                    return;
                }
            }
        }
    }

    /** Handles the events of one key; true when any of them matters to a build. */
    private boolean changes(WatchKey key) {
        Path dir = keys.get(key);
        boolean relevant = false;
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                relevant = true;
                rescan();
                continue;
            }
            if (dir == null) {
                continue;
            }
            Path name = (Path) event.context();
            Path child = dir.resolve(name);
            boolean atRoot = dir.equals(root);
            if (atRoot ? !WATCHED.contains(name.toString()) : SiteLayout.skipped(name.toString())) {
                continue;
            }
            relevant = true;
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS)) {
                registerTree(child);
            }
        }
        if (!key.reset()) {
            keys.remove(key);
        }
        return relevant;
    }

    /** After an overflow: every folder again (registering a watched folder again is harmless). */
    private void rescan() {
        for (String name : WATCHED) {
            Path p = root.resolve(name);
            if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                registerTree(p);
            }
        }
    }

    private void registerTree(Path top) {
        try {
            Files.walkFileTree(top, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                    if (!dir.equals(top) && SiteLayout.skipped(dir.getFileName().toString())) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    register(dir);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException | ClosedWatchServiceException e) {
            // a folder that vanished while being walked: its parent's events will bring a rebuild anyway
        }
    }

    private void register(Path dir) throws IOException {
        WatchKey key = dir.register(service, new WatchEvent.Kind<?>[] {StandardWatchEventKinds.ENTRY_CREATE,
                StandardWatchEventKinds.ENTRY_DELETE, StandardWatchEventKinds.ENTRY_MODIFY}, SENSITIVITY);
        keys.put(key, dir);
    }

    /**
     * Where the JDK has no native file watching (macOS), it polls every 10 s unless asked for its "high"
     * sensitivity (2 s). That modifier is a JDK-specific class, looked up by name so its absence costs
     * nothing.
     */
    private static WatchEvent.Modifier[] sensitivity() {
        try {
            Class<?> type = Class.forName("com.sun.nio.file.SensitivityWatchEventModifier");
            for (Object constant : type.getEnumConstants()) {
                if (constant.toString().equals("HIGH") && constant instanceof WatchEvent.Modifier m) {
                    return new WatchEvent.Modifier[] {m};
                }
            }
        } catch (ClassNotFoundException | LinkageError e) {
            // not this JDK
        }
        return new WatchEvent.Modifier[0];
    }
}
