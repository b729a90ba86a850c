package org.warraq.media;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Semaphore;
import java.util.stream.Stream;
import org.warraq.util.Fingerprint;
import org.warraq.util.Workers;

/**
 * The one imaging setup of a build: which widths variants have, the largest image accepted, the facts
 * cache ({@code .warraq/image-facts}) and the store of encoded variants ({@code .warraq/images/}, one file
 * per key: the source's content hash, the width, the encoder's settings and Warraq's code), so an image is
 * encoded once whatever the build, the output folder or the file's name and place.
 */
public final class Imaging {
    private final List<Integer> widths;
    private final long maxPixels;
    private final Path factsFile;
    private final Path store;
    private final String code;
    private final boolean reuse;
    private final FactsCache facts;
    private final Semaphore memory;
    private final int memoryUnits;

    /**
     * @param widths    the widths of variants, in pixels
     * @param maxPixels the largest image accepted, in pixels (against decompression bombs)
     * @param cache     Warraq's folder ({@code .warraq/})
     * @param code      Warraq's code fingerprint: new code makes new variants
     * @param reuse     whether the facts cache and the store may be read ({@code --clean}: no)
     */
    public Imaging(List<Integer> widths, long maxPixels, Path cache, String code, boolean reuse) {
        this.widths = List.copyOf(new TreeSet<>(widths));
        this.maxPixels = maxPixels;
        this.factsFile = cache.resolve("image-facts");
        this.store = cache.resolve("images");
        this.code = code;
        this.reuse = reuse;
        String cacheKey = Codec.SETTINGS + "\0" + code;
        this.facts = reuse ? FactsCache.read(factsFile, cacheKey) : FactsCache.empty(cacheKey);
        // Decoded pixels of images being encoded at once stay within a third of the heap, in MB.
        this.memoryUnits = (int) Math.max(64, Runtime.getRuntime().maxMemory() / 3 / (1 << 20));
        this.memory = new Semaphore(memoryUnits);
    }

    /**
     * What each of {@code paths} (below {@code contentDir}) is, read in parallel or taken from the cache; an
     * image over the pixel limit is a problem.
     */
    public Map<String, Probed> probe(Path contentDir, Collection<String> paths, Workers workers) {
        List<String> list = List.copyOf(new TreeSet<>(paths));
        List<Probed> found = workers.map(list, p -> limit(facts.get(p, contentDir.resolve(p),
                () -> ImageProbe.probe(contentDir.resolve(p)))));
        Map<String, Probed> result = new LinkedHashMap<>();
        for (int i = 0; i < list.size(); i++) {
            result.put(list.get(i), found.get(i));
        }
        return result;
    }

    private Probed limit(Probed probed) {
        if (probed.facts().isEmpty() || probed.facts().get().pixels() <= maxPixels) {
            return probed;
        }
        ImageFacts f = probed.facts().get();
        return Probed.failed(String.format(Locale.ROOT, "is %d×%d pixels (%.0f MP), over the limit of %d MP",
                f.width(), f.height(), f.pixels() / 1e6, maxPixels / 1_000_000),
                "publish a smaller export (e.g. 3000 px wide), or raise image_max_megapixels in site.yaml");
    }

    /**
     * The widths {@code f}'s variants have: each configured width it is wider than, and its own width when
     * that is no more than the largest (never enlarged: a 700 px image gives 480 and 700). None for formats
     * published as they are.
     */
    public List<Integer> widths(ImageFacts f) {
        if (!f.format().resizable() || !f.sized()) {
            return List.of();
        }
        List<Integer> out = new ArrayList<>();
        for (int w : widths) {
            if (w < f.width()) {
                out.add(w);
            }
        }
        if (f.width() <= widths.get(widths.size() - 1)) {
            out.add(f.width());
        }
        return out;
    }

    /** The height of {@code f} scaled to {@code width}, rounded, at least 1. */
    public static int height(ImageFacts f, int width) {
        return (int) Math.max(1, Math.round((double) f.height() * width / f.width()));
    }

    /** The key of {@code f}'s variant at {@code width}: equal keys, equal bytes. */
    public String key(ImageFacts f, int width) {
        return new Fingerprint().add(Codec.SETTINGS).add(code).add(f.hash()).add(f.format()).add(width).hex();
    }

    /**
     * The store's files of {@code source}'s variants at {@code widths}: those not in the store are made (the
     * source decoded once, each width scaled from it) and added to it.
     *
     * @throws IOException when the image cannot be decoded or the store cannot be written
     */
    public Map<Integer, Path> variants(Path source, ImageFacts f, List<Integer> widths) throws IOException {
        Map<Integer, Path> files = new LinkedHashMap<>();
        List<Integer> missing = new ArrayList<>();
        for (int w : widths) {
            Path file = store.resolve(key(f, w) + "." + f.format().extension());
            files.put(w, file);
            if (!reuse || !Files.isRegularFile(file)) {
                missing.add(w);
            }
        }
        if (missing.isEmpty()) {
            return files;
        }
        int units = (int) Math.min(memoryUnits, f.pixels() * 6 / (1 << 20) + 1);
        memory.acquireUninterruptibly(units);
        try {
            Pixels pixels = Codec.decode(source, f.format());
            Files.createDirectories(store);
            for (int w : missing) {
                int h = height(f, w);
                Pixels scaled = f.transposed() ? Resampler.resize(pixels, h, w) : Resampler.resize(pixels, w, h);
                byte[] bytes = Codec.encode(scaled.oriented(f.orientation()), f.format());
                Path file = files.get(w);
                Path tmp = Files.createTempFile(store, ".variant", ".tmp");
                Files.write(tmp, bytes);
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (RuntimeException e) {
            throw new IOException(e.getMessage() == null ? e.toString() : e.getMessage(), e);
        } finally {
            memory.release(units);
        }
        return files;
    }

    /**
     * Saves the facts of the images read ({@code paths}) and removes from the store the variants whose keys
     * are not in {@code keys} (images changed, removed or no longer named).
     */
    public void save(Collection<String> paths, Collection<String> keys) {
        facts.retain(paths);
        facts.write(factsFile);
        if (!Files.isDirectory(store)) {
            return;
        }
        Set<String> keep = new HashSet<>(keys);
        try (Stream<Path> files = Files.list(store)) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString();
                int dot = name.indexOf('.');
                if (name.startsWith(".variant") || dot > 0 && !keep.contains(name.substring(0, dot))) {
                    Files.deleteIfExists(file);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
