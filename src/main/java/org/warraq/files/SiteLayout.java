package org.warraq.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.warraq.util.Hashing;

/**
 * The names of a site folder, in one place: what a build reads ({@code site.yaml}, {@code content/},
 * {@code templates/}), what it writes ({@code site/}, its staging, replaced, journal and lock files next to it) and its
 * own folder {@code .warraq/} (cache, build state, lock, the preview's output).
 *
 * @param root the site folder
 */
public record SiteLayout(Path root) {
    /** The settings file. */
    public static final String CONFIG = "site.yaml";
    /** Articles and the files published with them. */
    public static final String CONTENT = "content";
    /** The publisher's theme (over the default one). */
    public static final String TEMPLATES = "templates";
    /** The default output folder. */
    public static final String OUTPUT = "site";
    /** Warraq's own folder: cache, build state, lock, preview. */
    public static final String CACHE = ".warraq";
    /** The preview server's output folder inside {@link #CACHE}: the one output allowed in there. */
    public static final String PREVIEW = "preview";
    /** The file that marks a folder as Warraq's output. */
    public static final String MARKER = ".warraq-site";

    public Path config() {
        return root.resolve(CONFIG);
    }

    public Path content() {
        return root.resolve(CONTENT);
    }

    public Path templates() {
        return root.resolve(TEMPLATES);
    }

    public Path defaultOutput() {
        return root.resolve(OUTPUT);
    }

    public Path cache() {
        return root.resolve(CACHE);
    }

    public Path preview() {
        return cache().resolve(PREVIEW);
    }

    /** What was read from each article file, kept between builds. */
    public Path articleCache() {
        return cache().resolve("articles");
    }

    /** What was made of each article for the search index, kept between builds. */
    public Path searchCache() {
        return cache().resolve("search");
    }

    /** Held while a build writes. */
    public Path lock() {
        return cache().resolve("lock");
    }

    /**
     * The state of the last build into {@code out}: {@code state} for {@code site/}, {@code state-<hash>} for
     * any other folder (the preview's), so builds into two folders do not each find the other's state.
     */
    public Path stateFile(Path out) {
        return cache().resolve(isLiveSite(out) ? "state" : "state-" + Hashing.hex(out.toString()).substring(0, 16));
    }

    /** Whether {@code out} is the live site, {@code site/} of this site folder (where drafts never go). */
    public boolean isLiveSite(Path out) {
        try {
            return out.getParent() != null && out.getFileName().toString().equals(OUTPUT)
                    && Files.isSameFile(out.getParent(), root);
        } catch (IOException e) {
            return false;
        }
    }

    /** The folder a build into {@code out} fills before swapping it in: {@code .site.warraq-staging}. */
    public static Path staging(Path out) {
        return out.resolveSibling("." + out.getFileName() + ".warraq-staging");
    }

    /** Where the site a build replaced waits until the next build: {@code .site.warraq-old}. */
    public static Path replaced(Path out) {
        return out.resolveSibling("." + out.getFileName() + ".warraq-old");
    }

    /** The record of an in-place commit into {@code out} being applied: {@code .site.warraq-journal}. */
    public static Path journal(Path out) {
        return out.resolveSibling("." + out.getFileName() + ".warraq-journal");
    }

    /** Held while a build writes into {@code out}, whichever site it builds: {@code .site.warraq-lock}. */
    public static Path outputLock(Path out) {
        return out.resolveSibling("." + out.getFileName() + ".warraq-lock");
    }

    /** The name prefix of replaced sites being deleted in the background. */
    public static String trashPrefix(Path out) {
        return "." + out.getFileName() + ".warraq-trash-";
    }

    /**
     * Names that every reader of the site folder skips (the build and the preview's watcher alike): hidden
     * files, editor backups, swap and lock files.
     */
    public static boolean skipped(String name) {
        return name.startsWith(".") || name.startsWith("#") || name.endsWith("~") || name.endsWith(".swp")
                || name.endsWith(".tmp");
    }
}
