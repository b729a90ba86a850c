package org.warraq.media;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.warraq.util.AtomicFiles;
import org.warraq.util.RecordCodec;

/**
 * What earlier builds found in each image file, by its size, modification time and identity, kept in
 * {@code .warraq/image-facts}: an unchanged image is not read (nor hashed) again. Thrown away whole when
 * Warraq's code changes.
 */
final class FactsCache {
    private static final int FORMAT = 1;
    private static final RecordCodec<Entry> CODEC = RecordCodec.of(Entry.class);

    private final String key;
    private final Map<String, Entry> entries;
    private volatile boolean changed;

    /** One file's facts with the stamp of the file they were read from. */
    record Entry(String path, long size, long modified, String identity, Probed probed) {
    }

    private FactsCache(String key, Map<String, Entry> entries) {
        this.key = key;
        this.entries = entries;
    }

    static FactsCache empty(String key) {
        return new FactsCache(key, new ConcurrentHashMap<>());
    }

    /** The cache at {@code file}, or an empty one when it is missing, unreadable or from other code. */
    static FactsCache read(Path file, String key) {
        Map<String, Entry> entries = new ConcurrentHashMap<>();
        try {
            ByteBuffer in = ByteBuffer.wrap(Files.readAllBytes(file));
            byte[] stored = new byte[in.getInt(4)];
            if (in.getInt() != FORMAT) {
                return empty(key);
            }
            in.getInt();
            in.get(stored);
            if (!key.equals(new String(stored, StandardCharsets.UTF_8))) {
                return empty(key);
            }
            for (int n = in.getInt(); n > 0; n--) {
                Entry e = CODEC.read(in);
                entries.put(e.path(), e);
            }
        } catch (IOException | RuntimeException e) {
            return empty(key);
        }
        return new FactsCache(key, entries);
    }

    /** What {@code file} (known as {@code path}) holds: from the cache when unchanged, else from {@code probe}. */
    Probed get(String path, Path file, Supplier<Probed> probe) {
        long size = -1;
        long modified = -1;
        String identity = "";
        try {
            BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class);
            size = attrs.size();
            modified = attrs.lastModifiedTime().to(TimeUnit.NANOSECONDS);
            identity = String.valueOf(attrs.fileKey());
        } catch (IOException e) {
            return probe.get();
        }
        Entry entry = entries.get(path);
        if (entry != null && entry.size() == size && entry.modified() == modified && entry.identity().equals(identity)) {
            return entry.probed();
        }
        Probed probed = probe.get();
        entries.put(path, new Entry(path, size, modified, identity, probed));
        changed = true;
        return probed;
    }

    /** Keeps only the given paths' entries. */
    void retain(java.util.Collection<String> paths) {
        changed |= entries.keySet().retainAll(new java.util.HashSet<>(paths));
    }

    /** Saves the cache atomically, if anything changed since it was read. */
    void write(Path file) {
        if (!changed && Files.isRegularFile(file)) {
            return;
        }
        try {
            AtomicFiles.write(file, out -> {
                byte[] keyBytes = key.getBytes(StandardCharsets.UTF_8);
                out.writeInt(FORMAT);
                out.writeInt(keyBytes.length);
                out.write(keyBytes);
                Map<String, Entry> sorted = new TreeMap<>(entries);
                out.writeInt(sorted.size());
                for (Entry e : sorted.values()) {
                    CODEC.write(out, e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
