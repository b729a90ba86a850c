package org.warraq.diag;

import java.util.Comparator;

/**
 * One thing wrong with the input, printed compiler style:
 * {@code content/2024/x.md:3:5: error: message (hint)}.
 *
 * @param path     file path relative to the site root, with forward slashes
 * @param line     1-based line in the file as an editor shows it
 * @param column   1-based column (in characters)
 * @param severity error or warning
 * @param message  what is wrong
 * @param hint     how to fix it, or empty
 */
public record Problem(String path, int line, int column, Severity severity, String message, String hint)
        implements Comparable<Problem> {

    private static final Comparator<Problem> ORDER = Comparator.comparing(Problem::path)
            .thenComparingInt(Problem::line)
            .thenComparingInt(Problem::column)
            .thenComparing(Problem::severity)
            .thenComparing(Problem::message)
            .thenComparing(Problem::hint);

    public Problem {
        line = Math.max(1, line);
        column = Math.max(1, column);
        hint = hint == null ? "" : hint;
    }

    public static Problem error(String path, int line, int column, String message, String hint) {
        return new Problem(path, line, column, Severity.ERROR, message, hint);
    }

    public static Problem warning(String path, int line, int column, String message, String hint) {
        return new Problem(path, line, column, Severity.WARNING, message, hint);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The one-line form, e.g. {@code site.yaml:4:12: error: unknown time zone (hint: e.g. Asia/Riyadh)}. */
    public String format() {
        String base = path + ":" + line + ":" + column + ": " + severity.label() + ": " + message;
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
