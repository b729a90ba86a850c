package org.warraq.diag;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The one way to report a problem: every stage adds what it finds here, from any number of threads, and the
 * build stops at the end of a stage that found an error. Problems come out sorted by path and position.
 */
public final class Problems {
    private final ConcurrentLinkedQueue<Problem> all = new ConcurrentLinkedQueue<>();
    private final Map<Problem, Recurring> recurring = new ConcurrentHashMap<>();

    /** A problem seen in many outputs: the first occurrence (smallest) and how many there were. */
    private static final class Recurring {
        private final AtomicInteger count = new AtomicInteger();
        private volatile String first;

        synchronized void seen(String occurrence) {
            count.incrementAndGet();
            if (first == null || occurrence.compareTo(first) < 0) {
                first = occurrence;
            }
        }
    }

    public void add(Problem problem) {
        all.add(problem);
    }

    public void addAll(Collection<Problem> problems) {
        all.addAll(problems);
    }

    public void error(String path, Position at, String message, String hint) {
        add(Problem.error(path, at, message, hint));
    }

    public void warning(String path, Position at, String message, String hint) {
        add(Problem.warning(path, at, message, hint));
    }

    /**
     * Adds {@code problem} (its hint empty) as seen while making {@code occurrence}, e.g. a page; the same
     * problem seen again is counted, not repeated: it is reported once, with the first occurrence in its hint
     * ("while rendering /2024/ and 3 more pages").
     */
    public void addRecurring(Problem problem, String occurrence) {
        recurring.computeIfAbsent(problem.withHint(""), p -> new Recurring()).seen(occurrence);
    }

    public boolean hasErrors() {
        return all.stream().anyMatch(Problem::isError) || recurring.keySet().stream().anyMatch(Problem::isError);
    }

    public boolean isEmpty() {
        return all.isEmpty() && recurring.isEmpty();
    }

    /** Every problem so far in the order added (recurring ones last). */
    public List<Problem> list() {
        List<Problem> out = new ArrayList<>(all);
        recurring.forEach((p, r) -> {
            int more = r.count.get() - 1;
            String hint = "while rendering " + r.first;
            out.add(p.withHint(more == 0 ? hint : hint + " and " + more + " more page" + (more == 1 ? "" : "s")));
        });
        return out;
    }

    /** Every problem so far, sorted by path, line and column; duplicates removed. */
    public List<Problem> sorted() {
        return new ArrayList<>(new TreeSet<>(list()));
    }

    /** Throws a {@link BuildFailure} with exit code 1 when any error was collected. */
    public void failIfErrors() {
        if (hasErrors()) {
            throw new BuildFailure(BuildFailure.CONTENT, sorted());
        }
    }
}
