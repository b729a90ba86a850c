package org.warraq.content;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.warraq.diag.Position;
import org.warraq.diag.Problems;
import org.warraq.files.SiteLayout;

/**
 * Lists what is in {@code content/}: Markdown articles and other files (images next to articles), as
 * sorted content-relative paths so the order never depends on the file system. Hidden files and editor
 * leftovers are skipped; symbolic links that lead outside {@code content/} are refused.
 */
final class ContentScanner {

    /** The files found. */
    public record Scan(List<String> articles, List<String> files) {
    }

    private ContentScanner() {
    }

    public static Scan scan(Path contentDir, String contentName, Problems problems) {
        List<String> articles = new ArrayList<>();
        List<String> files = new ArrayList<>();
        Path realRoot;
        try {
            realRoot = contentDir.toRealPath();
        } catch (IOException e) {
            return new Scan(List.of(), List.of());
        }
        try {
            Files.walkFileTree(contentDir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    return !dir.equals(contentDir) && skipped(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    if (skipped(file)) {
                        return FileVisitResult.CONTINUE;
                    }
                    String rel = relative(contentDir, file);
                    if (attrs.isSymbolicLink()) {
                        Path target;
                        try {
                            target = file.toRealPath();
                        } catch (IOException e) {
                            problems.error(contentName + "/" + rel, Position.START, "symbolic link leads nowhere", "remove it");
                            return FileVisitResult.CONTINUE;
                        }
                        if (!target.startsWith(realRoot)) {
                            problems.error(contentName + "/" + rel, Position.START, "symbolic link points outside " + contentName + "/",
                                    "copy the file into " + contentName + "/ instead");
                            return FileVisitResult.CONTINUE;
                        }
                        if (Files.isDirectory(target)) {
                            problems.warning(contentName + "/" + rel, Position.START, "symbolic link to a folder is not followed", "");
                            return FileVisitResult.CONTINUE;
                        }
                    } else if (!attrs.isRegularFile()) {
                        return FileVisitResult.CONTINUE;
                    }
                    if (rel.toLowerCase(Locale.ROOT).endsWith(".md")) {
                        articles.add(rel);
                    } else {
                        files.add(rel);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    problems.error(contentName + "/" + relative(contentDir, file), Position.START, "cannot read: " + e.getMessage(), "");
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            problems.error(contentName, Position.START, "cannot list " + contentName + "/: " + e.getMessage(), "");
        }
        articles.sort(null);
        files.sort(null);
        return new Scan(articles, files);
    }

    private static boolean skipped(Path path) {
        return SiteLayout.skipped(path.getFileName().toString());
    }

    private static String relative(Path root, Path file) {
        StringBuilder out = new StringBuilder();
        for (Path part : root.relativize(file)) {
            if (out.length() > 0) {
                out.append('/');
            }
            out.append(part.toString());
        }
        return out.toString();
    }

}
