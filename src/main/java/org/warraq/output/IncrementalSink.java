package org.warraq.output;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.warraq.files.SiteLayout;

/**
 * Writes only what changed. A file whose key equals the previous build's (and which is still in the site) is
 * kept; changed files go to a staging folder; at the end the stage is committed in place through a journal
 * when few files changed, or swapped in whole (the unchanged files linked into it) when many did. A build
 * in which nothing changed writes nothing at all. Files the previous build did not write are left alone by
 * an in-place commit; a whole swap removes them, and names each one ({@link Counts#foreign}).
 */
public final class IncrementalSink implements Sink {
    /** An in-place commit is chosen while the changed files are at most this share of the unchanged ones. */
    private static final int IN_PLACE_RATIO = 4;

    private final OutputDir dir;
    private final BuildState previous;
    private final Optional<Set<String>> owned;
    private final Path stateFile;
    private final Map<String, String> produced;
    private final AtomicInteger written = new AtomicInteger();
    private final AtomicInteger unchanged = new AtomicInteger();
    private volatile Stage stage;
    private String inputs = "";

    /**
     * Counts of a finished build.
     *
     * @param foreign files removed from the output folder that no Warraq build had written there
     */
    public record Counts(int written, int unchanged, int removed, List<String> foreign) {
    }

    /**
     * @param previous  the state whose keys decide what is current (empty for a full build)
     * @param owned     the files the last build wrote into this folder, when known
     * @param stateFile where the state of this build is written
     */
    public IncrementalSink(OutputDir dir, BuildState previous, Optional<Set<String>> owned, Path stateFile) {
        this.dir = dir;
        this.previous = previous;
        this.owned = owned;
        this.stateFile = stateFile;
        this.produced = new ConcurrentHashMap<>(Math.max(1024, previous.fingerprints().size() * 2));
    }

    @Override
    public boolean isCurrent(String path, String fingerprint) {
        produced.put(path, fingerprint);
        if (!fingerprint.equals(previous.fingerprints().get(path)) || !dir.has(path)) {
            return false;
        }
        unchanged.incrementAndGet();
        return true;
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
     * Commits what changed (nothing if nothing did) and records the new build state.
     *
     * @param pages how many pages the site has (kept for a build after no change, which does not plan)
     */
    public Counts commit(int pages) {
        Set<String> obsolete = new HashSet<>(previous.fingerprints().keySet());
        obsolete.removeAll(produced.keySet());
        obsolete.remove(SiteLayout.MARKER);
        BuildState next = new BuildState(previous.out(), inputs, pages, new HashMap<>(produced));
        try {
            if (stage == null && obsolete.isEmpty() && !previous.fingerprints().isEmpty() && dir.exists()) {
                if (!inputs.equals(previous.inputs())) {
                    next.write(stateFile);
                }
                return new Counts(0, unchanged.get(), 0, List.of());
            }
            Stage s = stage();
            boolean inPlace = !previous.fingerprints().isEmpty() && dir.exists()
                    && (long) s.files().size() * IN_PLACE_RATIO <= unchanged.get();
            if (inPlace) {
                BuildState.delete(stateFile);
                Journal decided = dir.decide(s, obsolete, next.id());
                next.write(stateFile);
                dir.apply(decided);
                return new Counts(written.get(), unchanged.get(), obsolete.size(), List.of());
            }
            List<String> gone = new ArrayList<>(dir.files());
            gone.removeAll(produced.keySet());
            List<String> foreign = owned.map(o -> gone.stream().filter(p -> !o.contains(p)).toList()).orElse(List.of());
            Set<String> kept = new HashSet<>(produced.keySet());
            kept.removeAll(s.files());
            BuildState.delete(stateFile);
            dir.swap(s, kept, next.id());
            next.write(stateFile);
            return new Counts(written.get(), unchanged.get(), gone.size(), foreign);
        } catch (IOException e) {
            throw OutputDir.failed(stateFile, e);
        }
    }

    /**
     * Throws the stage away (the build failed, before or during its commit); the site stays as it was. Only a
     * commit already decided is kept, for the next build to finish.
     */
    public void discard() {
        if (stage != null) {
            dir.discard();
        }
    }

    private Stage stage() {
        Stage s = stage;
        if (s == null) {
            synchronized (this) {
                s = stage;
                if (s == null) {
                    s = dir.stage();
                    stage = s;
                }
            }
        }
        return s;
    }
}
