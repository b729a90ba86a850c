package org.warraq.diag;

import java.util.Comparator;

/**
 * One thing wrong with the input, printed compiler style:
 * {@code content/2024/x.md:3:5: error: message (hint)}.
 *
 * @param path     file path relative to the site root, with forward slashes
 * @param at       where in the file
 * @param severity error or warning
 * @param message  what is wrong
 * @param hint     how to fix it, or empty
 */
public record Problem(String path, Position at, Severity severity, String message, String hint)
        implements Comparable<Problem> {

    private static final Comparator<Problem> ORDER = Comparator.comparing(Problem::path)
            .thenComparing(Problem::at)
            .thenComparing(Problem::severity)
            .thenComparing(Problem::message)
            .thenComparing(Problem::hint);

    public Problem {
        hint = hint == null ? "" : hint;
    }

    public static Problem error(String path, Position at, String message, String hint) {
        return new Problem(path, at, Severity.ERROR, message, hint);
    }

    public static Problem warning(String path, Position at, String message, String hint) {
        return new Problem(path, at, Severity.WARNING, message, hint);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The same problem with another hint. */
    public Problem withHint(String newHint) {
        return new Problem(path, at, severity, message, newHint);
    }

    /**
     * The one-line form, e.g. {@code site.yaml:4:12: error: unknown time zone (hint: e.g. Asia/Riyadh)}, or
     * {@code site/x.html: error: no space left on device (…)} for a problem at no place in its file.
     */
    public String format() {
        String base = path + (at.isNone() ? "" : ":" + at) + ": " + severity.label() + ": " + message;
        return hint.isEmpty() ? base : base + " (" + hint + ")";
    }

    @Override
    public int compareTo(Problem other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return format();
    }
}
