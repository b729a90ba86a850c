package org.warraq.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.warraq.diag.IoCause;
import org.warraq.util.AtomicFiles;
import org.warraq.util.RecordCodec;

/**
 * What earlier builds read from each file of {@code content/}, kept in {@code .warraq/articles}: for an
 * article what it gave, for any other file the hash of its bytes. A file whose size, modification time and
 * identity have not changed is not read again, unless its entry is <em>racy</em>: the file was modified
 * less than {@link #RACY_NANOS} before the entry was made, so an edit within the file system's time
 * granularity (a script or a sync tool writing the same length in the same second) could keep all three.
 * A racy entry is checked against the file's bytes (as Git does with its index) and becomes trusted once a
 * build has checked it that long after the file's time. The cache is thrown away whole when Warraq's code or
 * {@code site.yaml} changes (its {@code key}).
 */
public final class ArticleCache {
    private static final int FORMAT = 4;
    /** Coarser than any file system's time granularity (FAT: 2 s) plus some clock skew. */
    static final long RACY_NANOS = TimeUnit.SECONDS.toNanos(3);

    private final String key;
    private final Map<String, Entry> entries;
    private final Map<String, FileEntry> files;
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

    /**
     * What one article file gave, cached: written and read by a codec derived from the records' components.
     *
     * @param hash    the hash of the bytes it was read from
     * @param checked when the stamp was taken (wall clock, nanoseconds), before the file was read
     */
    record Entry(String contentPath, Stamp stamp, String hash, long checked, ArticleReader.Result result) {
    }

    /** The hash of another file of {@code content/}, with the stamp it was taken at. */
    record FileEntry(String contentPath, Stamp stamp, String hash, long checked) {
    }

    private static final RecordCodec<Entry> CODEC = RecordCodec.of(Entry.class);
    private static final RecordCodec<FileEntry> FILE_CODEC = RecordCodec.of(FileEntry.class);

    private ArticleCache(String key, Map<String, Entry> entries, Map<String, FileEntry> files) {
        this.key = key;
        this.entries = entries;
        this.files = files;
    }

    /** An empty cache (every file is read). */
    public static ArticleCache empty(String key) {
        return new ArticleCache(key, new ConcurrentHashMap<>(), new ConcurrentHashMap<>());
    }

    /** The cache saved at {@code file}, or an empty one when it is missing, unreadable or for another key. */
    public static ArticleCache read(Path file, String key) {
        if (!Files.isRegularFile(file)) {
            return empty(key);
        }
        Map<String, Entry> entries = new ConcurrentHashMap<>();
        Map<String, FileEntry> files = new ConcurrentHashMap<>();
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
            int m = in.getInt();
            for (int i = 0; i < m; i++) {
                FileEntry entry = FILE_CODEC.read(in);
                files.put(entry.contentPath(), entry);
            }
        } catch (IOException | RuntimeException e) {
            return empty(key);
        }
        return new ArticleCache(key, entries, files);
    }

    /**
     * The result for {@code contentPath}: from the cache when the file is unchanged (and a local lead image
     * it names still exists), otherwise from {@code read}, which is then remembered.
     */
    public ArticleReader.Result get(Path contentDir, String contentPath, Function<String, ArticleReader.Result> read) {
        Path file = contentDir.resolve(contentPath);
        long now = now();
        Stamp stamp = Stamp.of(file);
        Entry entry = entries.get(contentPath);
        if (entry != null && entry.stamp().equals(stamp) && imagesExist(contentDir, entry.result())) {
            if (!racy(stamp, entry.checked())) {
                return entry.result();
            }
            if (entry.hash().equals(hash(file))) {
                entries.put(contentPath, new Entry(contentPath, stamp, entry.hash(), now, entry.result()));
                changed = true;
                return entry.result();
            }
        }
        ArticleReader.Result result = read.apply(contentPath);
        String hash = result.article().map(Article::hash).orElseGet(() -> hash(file));
        entries.put(contentPath, new Entry(contentPath, stamp, hash, now, result));
        changed = true;
        return result;
    }

    /**
     * What says whether the published copy of {@code contentPath}, a file that is not an article, is current:
     * its size and the hash of its bytes (hashed again only when its stamp changed or its entry is racy).
     */
    public String fileStamp(Path contentDir, String contentPath) {
        Path file = contentDir.resolve(contentPath);
        long now = now();
        Stamp stamp = Stamp.of(file);
        FileEntry entry = files.get(contentPath);
        if (entry == null || !entry.stamp().equals(stamp) || racy(stamp, entry.checked())) {
            entry = new FileEntry(contentPath, stamp, hash(file), now);
            files.put(contentPath, entry);
            changed = true;
        }
        return "file:" + entry.stamp().size() + ":" + entry.hash();
    }

    /** Keeps only the given articles and other files (the others were deleted). */
    public void retain(java.util.Collection<String> articles, java.util.Collection<String> otherFiles) {
        changed |= entries.keySet().retainAll(new java.util.HashSet<>(articles));
        changed |= files.keySet().retainAll(new java.util.HashSet<>(otherFiles));
    }

    /** Whether a file modified at {@code stamp}'s time may have changed since {@code checked} without a new time. */
    private static boolean racy(Stamp stamp, long checked) {
        return stamp.modified() > checked - RACY_NANOS;
    }

    private static long now() {
        Instant t = Instant.now();
        return TimeUnit.SECONDS.toNanos(t.getEpochSecond()) + t.getNano();
    }

    /** The hash of the file's bytes; empty when it cannot be read (the reader reports why). */
    private static String hash(Path file) {
        try {
            return org.warraq.util.Hashing.hex(file);
        } catch (IOException e) {
            return "";
        }
    }

    /** Saves the cache atomically, if anything in it changed since it was read. */
    public void write(Path file) {
        if (!changed && Files.isRegularFile(file)) {
            return;
        }
        try {
            AtomicFiles.write(file, out -> {
                out.writeInt(FORMAT);
                byte[] keyBytes = key.getBytes(StandardCharsets.UTF_8);
                out.writeInt(keyBytes.length);
                out.write(keyBytes);
                Map<String, Entry> sorted = new java.util.TreeMap<>(entries);
                out.writeInt(sorted.size());
                for (Entry e : sorted.values()) {
                    CODEC.write(out, e);
                }
                Map<String, FileEntry> sortedFiles = new java.util.TreeMap<>(files);
                out.writeInt(sortedFiles.size());
                for (FileEntry e : sortedFiles.values()) {
                    FILE_CODEC.write(out, e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(IoCause.naming(file.toString(), e));
        }
    }

    private static boolean imagesExist(Path contentDir, ArticleReader.Result result) {
        return result.article().flatMap(Article::image).filter(Image::local)
                .map(i -> Files.isRegularFile(contentDir.resolve(i.src()))).orElse(true);
    }
}
