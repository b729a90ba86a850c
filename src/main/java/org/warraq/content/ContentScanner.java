package org.warraq.content;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.warraq.diag.IoCause;
import org.warraq.diag.Position;
import org.warraq.diag.Problems;
import org.warraq.files.SiteLayout;

/**
 * Lists what is in {@code content/}: Markdown articles and other files (images next to articles), as
 * sorted content-relative paths so the order never depends on the file system. Hidden files and editor
 * leftovers are skipped; symbolic links that lead outside {@code content/} are refused; named pipes, devices
 * and sockets (directly or through a link) are skipped with a warning without being opened; files that
 * cannot be read are reported with the cause.
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
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (skipped(file)) {
                        return FileVisitResult.CONTINUE;
                    }
                    String rel = relative(contentDir, file);
                    String shown = contentName + "/" + rel;
                    BasicFileAttributes kind = attrs;
                    if (attrs.isSymbolicLink()) {
                        Path target;
                        try {
                            target = file.toRealPath();
                            kind = Files.readAttributes(target, BasicFileAttributes.class);
                        } catch (NoSuchFileException e) {
                            problems.error(shown, Position.START, "symbolic link leads nowhere", "remove it");
                            return FileVisitResult.CONTINUE;
                        } catch (IOException e) {
                            problems.add(IoCause.of(e).problem(shown));
                            return FileVisitResult.CONTINUE;
                        }
                        if (!target.startsWith(realRoot)) {
                            problems.error(shown, Position.START, "symbolic link points outside " + contentName + "/",
                                    "copy the file into " + contentName + "/ instead");
                            return FileVisitResult.CONTINUE;
                        }
                        if (kind.isDirectory()) {
                            problems.warning(shown, Position.START, "symbolic link to a folder is not followed", "");
                            return FileVisitResult.CONTINUE;
                        }
                    }
                    if (!kind.isRegularFile()) {
                        problems.warning(shown, Position.NONE, "skipped: " + special(file) + ", not a file",
                                "only files and folders are published; remove it");
                        return FileVisitResult.CONTINUE;
                    }
                    if (!Files.isReadable(file)) {
                        problems.add(IoCause.of(new AccessDeniedException(file.toString())).problem(shown));
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
                    problems.add(IoCause.of(e).problem(contentName + "/" + relative(contentDir, file)));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            problems.add(IoCause.of(e).problem(contentName));
        }
        articles.sort(null);
        files.sort(null);
        return new Scan(articles, files);
    }

    /**
     * What a file that is not a regular file is, in words (read from its Unix mode where the file system
     * gives it; nothing is opened, so a named pipe is never waited on).
     */
    static String special(Path file) {
        int type;
        try {
            type = ((Integer) Files.getAttribute(file, "unix:mode")) & 0170000;
        } catch (IOException | RuntimeException e) {
            return "a special file";
        }
        return switch (type) {
            case 0010000 -> "a named pipe (FIFO)";
            case 0020000 -> "a character device";
            case 0060000 -> "a block device";
            case 0140000 -> "a socket";
            default -> "a special file";
        };
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
