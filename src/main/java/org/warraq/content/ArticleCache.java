package org.warraq.content;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.warraq.diag.IoCause;
import org.warraq.util.RecordCodec;

/**
 * What earlier builds read from each article file, kept in {@code .warraq/articles} so that a file whose
 * size, modification time and identity have not changed is not read and parsed again. The cache is
 * thrown away whole when Warraq's code or {@code site.yaml} changes (its {@code key}).
 */
public final class ArticleCache {
    private static final int FORMAT = 3;

    private final String key;
    private final Map<String, Entry> entries;
    private volatile boolean changed;

    /** A file's identity on disk: size, modification time in nanoseconds, and the file system's key. */
    record Stamp(long size, long modified, String fileKey) {
        static Stamp of(Path file) {
            try {
                BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class);
                return new Stamp(attrs.size(), attrs.lastModifiedTime().to(TimeUnit.NANOSECONDS),
                        String.valueOf(attrs.fileKey()));
            } catch (IOException e) {
                return new Stamp(-1, -1, "");
            }
        }
    }

    /** What one file gave, cached: written and read by a codec derived from the records' components. */
    record Entry(String contentPath, Stamp stamp, ArticleReader.Result result) {
    }

    private static final RecordCodec<Entry> CODEC = RecordCodec.of(Entry.class);

    private ArticleCache(String key, Map<String, Entry> entries) {
        this.key = key;
        this.entries = entries;
    }

    /** An empty cache (every file is read). */
    public static ArticleCache empty(String key) {
        return new ArticleCache(key, new ConcurrentHashMap<>());
    }

    /** The cache saved at {@code file}, or an empty one when it is missing, unreadable or for another key. */
    public static ArticleCache read(Path file, String key) {
        if (!Files.isRegularFile(file)) {
            return empty(key);
        }
        Map<String, Entry> entries = new ConcurrentHashMap<>();
        try {
            ByteBuffer in = ByteBuffer.wrap(Files.readAllBytes(file));
            int format = in.getInt();
            byte[] stored = new byte[in.getInt()];
            in.get(stored);
            if (format != FORMAT || !key.equals(new String(stored, StandardCharsets.UTF_8))) {
                return empty(key);
            }
            int n = in.getInt();
            for (int i = 0; i < n; i++) {
                Entry entry = CODEC.read(in);
                entries.put(entry.contentPath(), entry);
            }
        } catch (IOException | RuntimeException e) {
            return empty(key);
        }
        return new ArticleCache(key, entries);
    }

    /**
     * The result for {@code contentPath}: from the cache when the file is unchanged (and a local lead image
     * it names still exists), otherwise from {@code read}, which is then remembered.
     */
    public ArticleReader.Result get(Path contentDir, String contentPath, Function<String, ArticleReader.Result> read) {
        Stamp stamp = Stamp.of(contentDir.resolve(contentPath));
        Entry entry = entries.get(contentPath);
        if (entry != null && entry.stamp().equals(stamp) && imagesExist(contentDir, entry.result())) {
            return entry.result();
        }
        ArticleReader.Result result = read.apply(contentPath);
        entries.put(contentPath, new Entry(contentPath, stamp, result));
        changed = true;
        return result;
    }

    /** Keeps only the given files (the others were deleted). */
    public void retain(java.util.Collection<String> contentPaths) {
        changed |= entries.keySet().retainAll(new java.util.HashSet<>(contentPaths));
    }

    /** Saves the cache atomically, if anything in it changed since it was read. */
    public void write(Path file) {
        if (!changed && Files.isRegularFile(file)) {
            return;
        }
        try {
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16))) {
                out.writeInt(FORMAT);
                byte[] keyBytes = key.getBytes(StandardCharsets.UTF_8);
                out.writeInt(keyBytes.length);
                out.write(keyBytes);
                Map<String, Entry> sorted = new java.util.TreeMap<>(entries);
                out.writeInt(sorted.size());
                for (Entry e : sorted.values()) {
                    CODEC.write(out, e);
                }
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(IoCause.naming(file.toString(), e));
        }
    }

    private static boolean imagesExist(Path contentDir, ArticleReader.Result result) {
        return result.article().flatMap(Article::image).filter(Image::local)
                .map(i -> Files.isRegularFile(contentDir.resolve(i.src()))).orElse(true);
    }
}
