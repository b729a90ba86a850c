package org.warraq.serve;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads of the preview's HTTP server, with time limits on each request.
 *
 * <p>The JDK's server reads a request's line and headers on one of these threads, with blocking reads and,
 * by default, no time limit; a client that sends part of its headers and then nothing holds the thread for
 * ever. So a thread that has not reached the handler ({@link #headersRead()}) within {@link #headers} is
 * interrupted, which closes the connection (socket channels close when a reader is interrupted); so is one
 * whose whole exchange takes longer than {@link #exchange}. Threads are made as requests come, up to
 * {@link #MAX_THREADS}, so slow clients never make a quick one wait; past that, the JDK closes new
 * connections at once. Idle connections (open, no request) hold no thread, and the JDK closes them after
 * 30 to 40 seconds. No JVM-wide setting ({@code sun.net.httpserver.*}) is changed.
 */
final class RequestThreads implements Executor, AutoCloseable {
    static final Duration HEADERS = Duration.ofSeconds(10);
    static final Duration EXCHANGE = Duration.ofSeconds(60);
    static final int MAX_THREADS = 512;

    private final Duration headers;
    private final Duration exchange;
    private final ThreadPoolExecutor pool;
    private final ScheduledExecutorService watchdog;
    private final Set<Watch> running = ConcurrentHashMap.newKeySet();
    private final ThreadLocal<Watch> current = new ThreadLocal<>();

    RequestThreads() {
        this(HEADERS, EXCHANGE);
    }

    RequestThreads(Duration headers, Duration exchange) {
        this.headers = headers;
        this.exchange = exchange;
        AtomicInteger n = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(0, MAX_THREADS, 30, TimeUnit.SECONDS, new SynchronousQueue<>(),
                r -> daemon(r, "warraq-http-" + n.incrementAndGet()));
        ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, r -> daemon(r, "warraq-http-timeouts"));
        timer.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        this.watchdog = timer;
        long tick = Math.max(50, Math.min(1000, headers.toMillis() / 4));
        watchdog.scheduleWithFixedDelay(this::stopLate, tick, tick, TimeUnit.MILLISECONDS);
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    @Override
    public void execute(Runnable task) {
        pool.execute(() -> {
            Watch watch = new Watch(Thread.currentThread(), System.nanoTime());
            running.add(watch);
            current.set(watch);
            try {
                task.run();
            } finally {
                watch.finish();
                running.remove(watch);
                current.remove();
                Thread.interrupted(); // an interrupt meant for this exchange must not reach the next
            }
        });
    }

    /**
     * Called by the handler when it starts: the request's headers have been read. False when the exchange was
     * stopped meanwhile (its connection is closed).
     */
    boolean headersRead() {
        Watch watch = current.get();
        return watch == null || watch.handling();
    }

    /** Requests on their way (for tests). */
    int running() {
        return running.size();
    }

    private void stopLate() {
        long now = System.nanoTime();
        for (Watch watch : running) {
            watch.stopIfLate(now, headers.toNanos(), exchange.toNanos());
        }
    }

    @Override
    public void close() {
        watchdog.shutdownNow();
        pool.shutdownNow();
    }

    /** One exchange on one thread: reading its headers, then in the handler, then done or stopped. */
    private static final class Watch {
        private static final int READING = 0;
        private static final int HANDLING = 1;
        private static final int OVER = 2;

        private final Thread thread;
        private final long start;
        private int state = READING;

        Watch(Thread thread, long start) {
            this.thread = thread;
            this.start = start;
        }

        synchronized boolean handling() {
            if (state == READING) {
                state = HANDLING;
            }
            return state == HANDLING;
        }

        synchronized void finish() {
            state = OVER;
        }

        /** Interrupts the thread, under the lock, so the interrupt cannot arrive after {@link #finish()}. */
        synchronized void stopIfLate(long now, long headersNanos, long exchangeNanos) {
            boolean late = state == READING ? now - start > headersNanos : state == HANDLING && now - start > exchangeNanos;
            if (late) {
                state = OVER;
                thread.interrupt();
            }
        }
    }
}
