package org.warraq.search;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.warraq.util.AtomicFiles;

/**
 * What earlier builds made of each indexed article, by the article's key (the hash of its file): its terms
 * and flags, and the beginning of its text for snippets. Kept in {@code .warraq/search}, so that a build
 * analyses only the articles that changed, and renders no body for the index when a page is current. Thrown
 * away whole when the key of the cache changes (Warraq's code, {@code site.yaml}). One cache serves every
 * index of a build; it keeps the articles the build used.
 */
public final class TermCache {
    private static final int FORMAT = 1;

    private final String key;
    private final Dictionary dictionary;
    private final Map<String, Entry> entries;
    private final Set<String> used = ConcurrentHashMap.newKeySet();
    private volatile boolean changed;

    /** What one article gave: its encoded {@link DocumentTerms}, and its excerpt. */
    record Entry(byte[] terms, String excerpt) {
    }

    private TermCache(String key, Dictionary dictionary, Map<String, Entry> entries) {
        this.key = key;
        this.dictionary = dictionary;
        this.entries = entries;
    }

    /** An empty cache: every article is analysed. */
    public static TermCache empty(String key) {
        return new TermCache(key, new Dictionary(), new ConcurrentHashMap<>());
    }

    /** The cache saved at {@code file}, or an empty one when it is missing, unreadable or for another key. */
    public static TermCache read(Path file, String key) {
        if (!Files.isRegularFile(file)) {
            return empty(key);
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            if (in.readInt() != FORMAT || !in.readUTF().equals(key)) {
                return empty(key);
            }
            Dictionary dictionary = new Dictionary();
            int terms = in.readInt();
            for (int i = 0; i < terms; i++) {
                dictionary.id(in.readUTF());
            }
            int n = in.readInt();
            Map<String, Entry> entries = new ConcurrentHashMap<>(n * 2);
            for (int i = 0; i < n; i++) {
                String doc = in.readUTF();
                byte[] bytes = new byte[in.readInt()];
                in.readFully(bytes);
                entries.put(doc, new Entry(bytes, in.readUTF()));
            }
            if (in.readInt() != FORMAT) {
                return empty(key);
            }
            return new TermCache(key, dictionary, entries);
        } catch (IOException | RuntimeException e) {
            return empty(key);
        }
    }

    Dictionary dictionary() {
        return dictionary;
    }

    /** The entry of the article with key {@code doc}, if an earlier build made it; the article is kept. */
    Entry get(String doc) {
        Entry entry = entries.get(doc);
        if (entry != null) {
            used.add(doc);
        }
        return entry;
    }

    void put(String doc, Entry entry) {
        used.add(doc);
        if (entries.put(doc, entry) == null) {
            changed = true;
        }
    }

    /**
     * Saves the articles this build used, atomically, when that is not what the file holds. When fewer than half
     * of the terms are still used, the terms are numbered again.
     */
    public void write(Path file) {
        if (!changed && used.size() == entries.size() && Files.isRegularFile(file)) {
            return;
        }
        Set<String> docs = new TreeSet<>(used);
        int[] renumber = renumbering(docs);
        java.util.List<String> terms = dictionary.terms();
        try {
            AtomicFiles.write(file, out -> {
                out.writeInt(FORMAT);
                out.writeUTF(key);
                int count = renumber == null ? terms.size() : (int) java.util.Arrays.stream(renumber).filter(i -> i >= 0).count();
                out.writeInt(count);
                for (int id = 0; id < terms.size(); id++) {
                    if (renumber == null || renumber[id] >= 0) {
                        out.writeUTF(terms.get(id));
                    }
                }
                out.writeInt(docs.size());
                for (String doc : docs) {
                    Entry entry = entries.get(doc);
                    byte[] bytes = renumber == null ? entry.terms() : DocumentTerms.renumber(entry.terms(), renumber);
                    out.writeUTF(doc);
                    out.writeInt(bytes.length);
                    out.write(bytes);
                    out.writeUTF(entry.excerpt());
                }
                out.writeInt(FORMAT);
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** New numbers for the terms {@code docs} use (-1 for the others), or null when most are still used. */
    private int[] renumbering(Set<String> docs) {
        int size = dictionary.size();
        int[] renumber = new int[size];
        java.util.Arrays.fill(renumber, -1);
        for (String doc : docs) {
            DocumentTerms.forEach(entries.get(doc).terms(), (term, flags) -> renumber[term] = 0);
        }
        int next = 0;
        for (int id = 0; id < size; id++) {
            if (renumber[id] == 0) {
                renumber[id] = next++;
            }
        }
        return next * 2 >= size ? null : renumber;
    }
}
