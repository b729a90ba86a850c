package org.warraq.content;

import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.warraq.config.SiteConfig;
import org.warraq.diag.IoCause;
import org.warraq.diag.Position;
import org.warraq.diag.Problems;
import org.warraq.files.SiteLayout;
import org.warraq.files.SourceText;

/**
 * The load stage's decision on each file of {@code content/} that is not an article ({@link ActiveFiles}):
 * published as it is, cleaned (SVG), or refused with a positioned error; a file listed under
 * {@code trusted_files} in site.yaml is published as it is.
 */
final class PublishedFiles {
    private static final String TRUST_HINT = "to publish a file you trust as it is, list it under trusted_files in site.yaml";

    /**
     * The files to publish.
     *
     * @param files   content-relative paths, sorted
     * @param cleaned the bytes to publish instead of the file's own, by path (cleaned SVG images)
     */
    record Checked(List<String> files, Map<String, byte[]> cleaned) {
    }

    private PublishedFiles() {
    }

    static Checked check(SiteConfig config, Path contentDir, List<String> files, Problems problems) {
        FileSystem fs = contentDir.getFileSystem();
        List<PathMatcher> trusted = config.trustedFiles().stream().map(g -> fs.getPathMatcher("glob:" + g)).toList();
        List<String> published = new ArrayList<>(files.size());
        Map<String, byte[]> cleaned = new TreeMap<>();
        for (String file : files) {
            Path relative = fs.getPath(file);
            if (trusted.stream().anyMatch(m -> m.matches(relative))) {
                published.add(file);
                continue;
            }
            String shown = SiteLayout.CONTENT + "/" + file;
            switch (ActiveFiles.of(file)) {
                case INERT -> published.add(file);
                case REFUSED -> problems.error(shown, Position.START, "refused: " + ActiveFiles.refusal(file), TRUST_HINT);
                case XML -> text(config, contentDir, file, problems).ifPresent(text -> {
                    Optional<ActiveFiles.Finding> active = ActiveFiles.activeXml(text);
                    if (active.isPresent()) {
                        problems.error(shown, active.get().at(), "refused: this XML file holds " + active.get().what()
                                + ", which browsers could run from the site's own address", TRUST_HINT);
                    } else {
                        published.add(file);
                    }
                });
                case SVG -> text(config, contentDir, file, problems).ifPresent(text -> {
                    SvgCleaner.Result result = SvgCleaner.clean(text);
                    result.refusal().ifPresent(r -> problems.error(shown, r.at(), "not an SVG image: " + r.what(),
                            "save it as an SVG image, or give it the extension of what it is"));
                    List<ActiveFiles.Finding> removed = result.removed();
                    if (!removed.isEmpty()) {
                        int more = removed.size() - 1;
                        problems.warning(shown, removed.get(0).at(), "removed from this SVG image: " + removed.get(0).what()
                                + (more == 0 ? "" : " and " + more + " more part" + (more == 1 ? "" : "s") + " that could run"),
                                "SVG images are published without scripts, event handlers, animation or references to "
                                        + "other files; " + TRUST_HINT);
                    }
                    result.bytes().ifPresent(bytes -> {
                        cleaned.put(file, bytes);
                        published.add(file);
                    });
                });
            }
        }
        return new Checked(published, cleaned);
    }

    /** The text of a file that is checked before it is published; empty with a problem when it cannot be read. */
    private static Optional<String> text(SiteConfig config, Path contentDir, String file, Problems problems) {
        String shown = SiteLayout.CONTENT + "/" + file;
        Path path = contentDir.resolve(file);
        try {
            if (Files.size(path) > config.maxFileBytes()) {
                problems.error(shown, Position.START, "file is over the limit of " + config.maxFileBytes() / 1048576 + " MB",
                        "raise max_file_size_mb in site.yaml");
                return Optional.empty();
            }
            return SourceText.decode(Files.readAllBytes(path), shown, problems);
        } catch (IOException e) {
            problems.add(IoCause.of(e).problem(shown));
            return Optional.empty();
        }
    }
}
