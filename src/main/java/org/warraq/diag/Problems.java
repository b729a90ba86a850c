package org.warraq.diag;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/** Collects the problems of a stage, from any number of threads; reports them sorted. */
public final class Problems {
    private final ConcurrentLinkedQueue<Problem> all = new ConcurrentLinkedQueue<>();

    public void add(Problem problem) {
        all.add(problem);
    }

    public void addAll(Collection<Problem> problems) {
        all.addAll(problems);
    }

    public void error(String path, int line, int column, String message, String hint) {
        add(Problem.error(path, line, column, message, hint));
    }

    public void warning(String path, int line, int column, String message, String hint) {
        add(Problem.warning(path, line, column, message, hint));
    }

    public boolean hasErrors() {
        return all.stream().anyMatch(Problem::isError);
    }

    public boolean isEmpty() {
        return all.isEmpty();
    }

    /** Every problem so far, sorted by path, line and column; duplicates removed. */
    public List<Problem> sorted() {
        return new ArrayList<>(new java.util.TreeSet<>(all));
    }

    /** Throws a {@link BuildFailure} with exit code 1 when any error was collected. */
    public void failIfErrors() {
        if (hasErrors()) {
            throw new BuildFailure(BuildFailure.CONTENT, sorted());
        }
    }
}
