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
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.warraq.diag.Position;
import org.warraq.diag.Problem;
import org.warraq.diag.Severity;

/**
 * What earlier builds read from each article file, kept in {@code .warraq/articles} so that a file whose
 * size, modification time and identity have not changed is not read and parsed again. The cache is
 * thrown away whole when Warraq's code or {@code site.yaml} changes (its {@code key}).
 */
public final class ArticleCache {
    private static final int FORMAT = 2;

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

    private record Entry(Stamp stamp, ArticleReader.Result result) {
    }

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
            if (in.getInt() != FORMAT || !key.equals(string(in))) {
                return empty(key);
            }
            int n = in.getInt();
            for (int i = 0; i < n; i++) {
                String path = string(in);
                Stamp stamp = new Stamp(in.getLong(), in.getLong(), string(in));
                Optional<Article> article = in.get() != 0 ? Optional.of(article(in)) : Optional.empty();
                int problems = in.getInt();
                List<Problem> list = new ArrayList<>(problems);
                for (int p = 0; p < problems; p++) {
                    list.add(new Problem(string(in), new Position(in.getInt(), in.getInt()), Severity.valueOf(string(in)),
                            string(in), string(in)));
                }
                entries.put(path, new Entry(stamp, new ArticleReader.Result(article, list)));
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
        entries.put(contentPath, new Entry(stamp, result));
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
                string(out, key);
                Map<String, Entry> sorted = new java.util.TreeMap<>(entries);
                out.writeInt(sorted.size());
                for (Map.Entry<String, Entry> e : sorted.entrySet()) {
                    string(out, e.getKey());
                    Stamp stamp = e.getValue().stamp();
                    out.writeLong(stamp.size());
                    out.writeLong(stamp.modified());
                    string(out, stamp.fileKey());
                    ArticleReader.Result result = e.getValue().result();
                    out.writeBoolean(result.article().isPresent());
                    if (result.article().isPresent()) {
                        article(out, result.article().get());
                    }
                    out.writeInt(result.problems().size());
                    for (Problem p : result.problems()) {
                        string(out, p.path());
                        out.writeInt(p.at().line());
                        out.writeInt(p.at().column());
                        string(out, p.severity().name());
                        string(out, p.message());
                        string(out, p.hint());
                    }
                }
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean imagesExist(Path contentDir, ArticleReader.Result result) {
        return result.article().flatMap(Article::image).filter(Image::local)
                .map(i -> Files.isRegularFile(contentDir.resolve(i.src()))).orElse(true);
    }

    private static void article(DataOutputStream out, Article a) throws IOException {
        string(out, a.file());
        string(out, a.contentPath());
        string(out, a.title());
        string(out, a.date().toString());
        optional(out, a.updated().map(OffsetDateTime::toString));
        string(out, a.slug());
        optional(out, a.dateline());
        optional(out, a.sourceId());
        optional(out, a.sourceUrl());
        strings(out, a.authors());
        out.writeInt(a.tags().size());
        for (TagName tag : a.tags()) {
            string(out, tag.name());
            string(out, tag.slug());
        }
        string(out, a.summary());
        out.writeBoolean(a.image().isPresent());
        if (a.image().isPresent()) {
            Image i = a.image().get();
            string(out, i.src());
            out.writeBoolean(i.local());
            string(out, i.alt());
            optional(out, i.caption());
            optional(out, i.credit());
        }
        out.writeBoolean(a.draft());
        out.writeInt(a.params().size());
        for (Map.Entry<String, String> p : a.params().entrySet()) {
            string(out, p.getKey());
            string(out, p.getValue());
        }
        string(out, a.hash());
        out.writeInt(a.words());
        out.writeInt(a.slugAt().line());
        out.writeInt(a.slugAt().column());
        strings(out, a.references());
    }

    private static Article article(ByteBuffer in) {
        String file = string(in);
        String contentPath = string(in);
        String title = string(in);
        OffsetDateTime date = OffsetDateTime.parse(string(in));
        Optional<OffsetDateTime> updated = optional(in).map(OffsetDateTime::parse);
        String slug = string(in);
        Optional<String> dateline = optional(in);
        Optional<String> sourceId = optional(in);
        Optional<String> sourceUrl = optional(in);
        List<String> authors = strings(in);
        int tagCount = in.getInt();
        List<TagName> tags = new ArrayList<>(tagCount);
        for (int i = 0; i < tagCount; i++) {
            tags.add(new TagName(string(in), string(in)));
        }
        String summary = string(in);
        Optional<Image> image = Optional.empty();
        if (in.get() != 0) {
            image = Optional.of(new Image(string(in), in.get() != 0, string(in), optional(in), optional(in)));
        }
        boolean draft = in.get() != 0;
        int paramCount = in.getInt();
        Map<String, String> params = new LinkedHashMap<>();
        for (int i = 0; i < paramCount; i++) {
            params.put(string(in), string(in));
        }
        return new Article(file, contentPath, title, date, updated, slug, dateline, sourceId, sourceUrl, authors, tags,
                summary, image, draft, params, string(in), in.getInt(), new Position(in.getInt(), in.getInt()), strings(in));
    }

    private static void string(DataOutputStream out, String s) throws IOException {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String string(ByteBuffer in) {
        int n = in.getInt();
        if (n < 0 || n > in.remaining()) {
            throw new IllegalStateException("corrupt cache");
        }
        String s = new String(in.array(), in.arrayOffset() + in.position(), n, StandardCharsets.UTF_8);
        in.position(in.position() + n);
        return s;
    }

    private static void optional(DataOutputStream out, Optional<String> value) throws IOException {
        out.writeBoolean(value.isPresent());
        if (value.isPresent()) {
            string(out, value.get());
        }
    }

    private static Optional<String> optional(ByteBuffer in) {
        return in.get() != 0 ? Optional.of(string(in)) : Optional.empty();
    }

    private static void strings(DataOutputStream out, List<String> values) throws IOException {
        out.writeInt(values.size());
        for (String v : values) {
            string(out, v);
        }
    }

    private static List<String> strings(ByteBuffer in) {
        int n = in.getInt();
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(string(in));
        }
        return out;
    }
}
