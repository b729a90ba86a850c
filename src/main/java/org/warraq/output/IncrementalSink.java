package org.warraq.output;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.warraq.files.SiteLayout;

/**
 * Writes only what changed. A file whose fingerprint equals the previous build's (and which is still in
 * the site) is kept; the first changed file starts a staging folder that links to the current site, so
 * unchanged files are not copied; at the end, files no longer produced are removed and the stage is
 * swapped in. A build in which nothing changed writes nothing at all.
 */
public final class IncrementalSink implements Sink {
    private final OutputDir dir;
    private final BuildState previous;
    private final Path stateFile;
    private final Map<String, String> produced;
    private final AtomicInteger written = new AtomicInteger();
    private final AtomicInteger unchanged = new AtomicInteger();
    private volatile OutputDir.Stage stage;
    private int removed;
    private String inputs = "";

    /** Counts of a finished build. */
    public record Counts(int written, int unchanged, int removed) {
    }

    public IncrementalSink(OutputDir dir, BuildState previous, Path stateFile) {
        this.dir = dir;
        this.previous = previous;
        this.stateFile = stateFile;
        this.produced = new ConcurrentHashMap<>(Math.max(1024, previous.fingerprints().size() * 2));
    }

    @Override
    public boolean isCurrent(String path, String fingerprint) {
        produced.put(path, fingerprint);
        if (!fingerprint.equals(previous.fingerprints().get(path))) {
            return false;
        }
        OutputDir.Stage s = stage;
        boolean present = s != null ? s.clonedFiles().contains(path) : dir.has(path);
        if (present) {
            unchanged.incrementAndGet();
        }
        return present;
    }

    @Override
    public int previousPages() {
        return previous.pages();
    }

    @Override
    public boolean sameInputs(String digest) {
        this.inputs = digest;
        if (!digest.equals(previous.inputs()) || previous.fingerprints().isEmpty() || !dir.exists()) {
            return false;
        }
        boolean intact = previous.fingerprints().keySet().parallelStream().allMatch(dir::has);
        if (intact) {
            produced.putAll(previous.fingerprints());
            unchanged.set(previous.fingerprints().size());
        }
        return intact;
    }

    @Override
    public void write(String path, String fingerprint, byte[] bytes) {
        produced.put(path, fingerprint);
        stage().write(path, bytes);
        written.incrementAndGet();
    }

    @Override
    public void copy(String path, String fingerprint, Path source) {
        produced.put(path, fingerprint);
        stage().copy(path, source);
        written.incrementAndGet();
    }

    /**
     * Removes what is no longer produced and swaps the new site in; does nothing if nothing changed.
     *
     * @param pages how many pages the site has (kept for a build after no change, which does not plan)
     */
    public Counts commit(int pages) {
        Set<String> obsolete = new HashSet<>(previous.fingerprints().keySet());
        if (stage != null) {
            obsolete.addAll(stage.clonedFiles());
        }
        obsolete.removeAll(produced.keySet());
        obsolete.remove(SiteLayout.MARKER);
        if (stage == null && obsolete.isEmpty() && dir.exists()) {
            if (!inputs.equals(previous.inputs())) {
                try {
                    new BuildState(previous.out(), inputs, pages, new java.util.HashMap<>(produced)).write(stateFile);
                } catch (IOException e) {
                    throw OutputDir.failed(stateFile, e);
                }
            }
            return new Counts(0, unchanged.get(), 0);
        }
        OutputDir.Stage s = stage();
        for (String path : obsolete) {
            s.delete(path);
            removed++;
        }
        if (!obsolete.isEmpty()) {
            s.pruneEmptyFolders();
        }
        try {
            BuildState.delete(stateFile);
            dir.commit(s);
            new BuildState(previous.out(), inputs, pages, new java.util.HashMap<>(produced)).write(stateFile);
        } catch (IOException e) {
            throw OutputDir.failed(stateFile, e);
        }
        return new Counts(written.get(), unchanged.get(), removed);
    }

    /** Throws the stage away (the build failed); the site stays as it was. */
    public void discard() {
        if (stage != null) {
            dir.discard(stage);
        }
    }

    private OutputDir.Stage stage() {
        OutputDir.Stage s = stage;
        if (s == null) {
            synchronized (this) {
                s = stage;
                if (s == null) {
                    s = dir.stage(!previous.fingerprints().isEmpty());
                    stage = s;
                }
            }
        }
        return s;
    }
}
