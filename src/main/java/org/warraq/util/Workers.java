package org.warraq.util;

import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The build's worker threads. Results come back in the order of the input whatever the number of
 * threads, so output never depends on scheduling. When an item fails, no new item is started, and the
 * failure is passed on only once every item already started has finished: whoever cleans up after it (the
 * staging folder) never races a worker still writing.
 */
public final class Workers implements AutoCloseable {
    /** The most threads a build uses; more never helps, and the pool's own limit is far off. */
    public static final int MAX_THREADS = 256;

    private final ForkJoinPool pool;

    public Workers(int threads) {
        this.pool = new ForkJoinPool(Math.max(1, Math.min(MAX_THREADS, threads)));
    }

    public int threads() {
        return pool.getParallelism();
    }

    /** {@code f} applied to every item, in parallel, results in input order. */
    public <T, R> List<R> map(List<T> items, Function<T, R> f) {
        if (items.size() < 2 || pool.getParallelism() == 1) {
            return items.stream().map(f).toList();
        }
        FirstFailure failure = new FirstFailure();
        ForkJoinTask<List<R>> task = pool.submit(() -> java.util.stream.IntStream.range(0, items.size()).parallel()
                .mapToObj(i -> failure.guard(i, () -> f.apply(items.get(i)))).toList());
        List<R> results = task.join();
        failure.rethrow();
        return results;
    }

    /** {@code action} run for every item, in parallel. */
    public <T> void each(List<T> items, Consumer<T> action) {
        map(items, item -> {
            action.accept(item);
            return null;
        });
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }

    /** The failure of the smallest item that failed, among the items that ran. */
    private static final class FirstFailure {
        private Throwable failure;
        private int index = Integer.MAX_VALUE;
        private volatile boolean failed;

        <R> R guard(int i, java.util.function.Supplier<R> work) {
            if (failed) {
                return null;
            }
            try {
                return work.get();
            } catch (RuntimeException | Error e) {
                record(i, e);
                return null;
            }
        }

        private synchronized void record(int i, Throwable e) {
            failed = true;
            if (i < index) {
                index = i;
                failure = e;
            }
        }

        synchronized void rethrow() {
            if (failure instanceof RuntimeException e) {
                throw e;
            }
            if (failure instanceof Error e) {
                throw e;
            }
        }
    }
}
