package org.warraq.diag;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What an I/O failure means, in the words users know from their shell ("no space left on device",
 * "permission denied", "file name too long"…), with what to do about it, and the file it is about. Java
 * gives the cause as the exception's type, or as the operating system's reason ({@link
 * FileSystemException#getReason()}, or the message of a plain {@link IOException} from a write).
 *
 * @param cause what went wrong, lower case
 * @param hint  what to do, or empty
 */
public record IoCause(String cause, String hint) {
    /** Reasons the operating system gives (its {@code strerror} text), with the hint for each. */
    private static final List<IoCause> KNOWN = List.of(
            new IoCause("no space left on device", "free some space on the disk, or build into another folder with --out"),
            new IoCause("disk quota exceeded", "free some space, or ask for a larger quota"),
            new IoCause("read-only file system", "build into a writable folder with --out"),
            new IoCause("permission denied", "check who owns it and its permissions with ls -l"),
            new IoCause("operation not permitted", "check who owns it and its permissions with ls -l"),
            new IoCause("file name too long", "shorten the file's name, or its slug"),
            new IoCause("not a directory", "a file stands where a folder is needed; move it away"),
            new IoCause("is a directory", "a folder stands where a file is needed; move it away"),
            new IoCause("too many open files", "raise the limit of open files (ulimit -n)"),
            new IoCause("too many levels of symbolic links", "a symbolic link leads to itself; remove it"),
            new IoCause("input/output error", "the disk may be failing; check it"),
            new IoCause("no such file or directory", ""),
            new IoCause("directory not empty", ""),
            new IoCause("file exists", ""),
            new IoCause("device or resource busy", "something else is using the file; try again"),
            new IoCause("cross-device link", "keep the output folder on one disk"));

    /** The causes Java gives as the exception's type, not as a reason. */
    private static final Map<Class<? extends IOException>, String> TYPES = Map.of(
            AccessDeniedException.class, "permission denied",
            NoSuchFileException.class, "no such file or directory",
            NotDirectoryException.class, "not a directory",
            DirectoryNotEmptyException.class, "directory not empty",
            FileAlreadyExistsException.class, "file exists",
            FileSystemLoopException.class, "too many levels of symbolic links");

    /** The cause of {@code e}. */
    public static IoCause of(IOException e) {
        for (Map.Entry<Class<? extends IOException>, String> type : TYPES.entrySet()) {
            if (type.getKey().isInstance(e)) {
                return known(type.getValue());
            }
        }
        String reason = e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason() : e.getMessage();
        if (reason == null || reason.isBlank()) {
            return new IoCause(e.getClass().getSimpleName(), "");
        }
        String lower = reason.strip().toLowerCase(Locale.ROOT);
        for (IoCause known : KNOWN) {
            if (lower.contains(known.cause)) {
                return known;
            }
        }
        return new IoCause(lower, "");
    }

    /**
     * The file {@code e} is about: the target of a copy or move (where writes fail), else its only file;
     * empty when Java did not say.
     */
    public static Optional<String> file(IOException e) {
        if (e instanceof FileSystemException fs) {
            return Optional.ofNullable(fs.getOtherFile()).or(() -> Optional.ofNullable(fs.getFile()));
        }
        return Optional.empty();
    }

    /**
     * {@code e} as an exception that names {@code file}: itself when it names a file already, else a
     * {@link FileSystemException} for {@code file} with {@code e}'s cause (a write that failed says only
     * "No space left on device").
     */
    public static IOException naming(String file, IOException e) {
        if (file(e).isPresent()) {
            return e;
        }
        FileSystemException named = new FileSystemException(file, null, of(e).cause);
        named.initCause(e);
        return named;
    }

    /** The problem {@code path: error: cause (hint)}. */
    public Problem problem(String path) {
        return Problem.error(path, Position.NONE, cause, hint);
    }

    private static IoCause known(String cause) {
        return KNOWN.stream().filter(k -> k.cause.equals(cause)).findFirst().orElseThrow();
    }
}
