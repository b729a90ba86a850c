package org.warraq.output;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.warraq.util.Fingerprint;

/**
 * What the last successful build wrote: for each output file, the fingerprint of everything it was made
 * from. Kept in {@code .warraq/state}; a missing or unreadable state just means a full build.
 *
 * @param out          the output folder it describes
 * @param inputs       a digest of every input of the build (empty when unknown)
 * @param pages        how many pages the site has
 * @param fingerprints output path to fingerprint
 */
public record BuildState(String out, String inputs, int pages, Map<String, String> fingerprints) {
    private static final String HEADER = "warraq-state 3";

    public BuildState {
        fingerprints = Collections.unmodifiableMap(fingerprints);
    }

    public static BuildState empty(String out) {
        return new BuildState(out, "", 0, Map.of());
    }

    public static BuildState read(Path file, String out) {
        if (!Files.isRegularFile(file)) {
            return empty(out);
        }
        Map<String, String> fps = new HashMap<>();
        String inputs;
        int pages;
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            if (!HEADER.equals(r.readLine()) || !("out " + out).equals(r.readLine())) {
                return empty(out);
            }
            inputs = r.readLine();
            String pagesLine = r.readLine();
            if (inputs == null || !inputs.startsWith("inputs ") || pagesLine == null || !pagesLine.startsWith("pages ")) {
                return empty(out);
            }
            pages = Integer.parseInt(pagesLine.substring("pages ".length()));
            String line;
            while ((line = r.readLine()) != null) {
                int tab = line.indexOf('\t');
                if (tab < 0) {
                    return empty(out);
                }
                fps.put(line.substring(tab + 1), line.substring(0, tab));
            }
        } catch (IOException | RuntimeException e) {
            return empty(out);
        }
        return new BuildState(out, inputs.substring("inputs ".length()), pages, fps);
    }

    /** Writes the state atomically (temporary file, then rename). */
    public void write(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            w.write(HEADER);
            w.write('\n');
            w.write("out " + out);
            w.write('\n');
            w.write("inputs " + inputs);
            w.write('\n');
            w.write("pages " + pages);
            w.write('\n');
            for (Map.Entry<String, String> e : new TreeMap<>(fingerprints).entrySet()) {
                w.write(e.getValue());
                w.write('\t');
                w.write(e.getKey());
                w.write('\n');
            }
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * A digest of every output file's path and key: what the output folder's marker names, so a build knows
     * whether the folder holds what this state describes (another site, or a build without a state, may have
     * written there since).
     */
    public String id() {
        Fingerprint fp = new Fingerprint();
        new TreeMap<>(fingerprints).forEach((path, key) -> fp.add(path).add(key));
        return fp.hex();
    }

    public static void delete(Path file) throws IOException {
        Files.deleteIfExists(file);
    }
}
