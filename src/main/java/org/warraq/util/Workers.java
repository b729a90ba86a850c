package org.warraq.util;

import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The build's worker threads. Results come back in the order of the input whatever the number of
 * threads, so output never depends on scheduling.
 */
public final class Workers implements AutoCloseable {
    private final ForkJoinPool pool;

    public Workers(int threads) {
        this.pool = new ForkJoinPool(Math.max(1, threads));
    }

    public int threads() {
        return pool.getParallelism();
    }

    /** {@code f} applied to every item, in parallel, results in input order. */
    public <T, R> List<R> map(List<T> items, Function<T, R> f) {
        if (items.size() < 2 || pool.getParallelism() == 1) {
            return items.stream().map(f).toList();
        }
        ForkJoinTask<List<R>> task = pool.submit(() -> items.parallelStream().map(f).toList());
        return task.join();
    }

    /** {@code action} run for every item, in parallel. */
    public <T> void each(List<T> items, Consumer<T> action) {
        if (items.size() < 2 || pool.getParallelism() == 1) {
            items.forEach(action);
            return;
        }
        pool.submit(() -> items.parallelStream().forEach(action)).join();
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
