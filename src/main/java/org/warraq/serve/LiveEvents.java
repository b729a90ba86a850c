package org.warraq.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The server-sent event streams of open pages ({@code /__warraq/events}) and the build status they follow.
 * Every write to a stream happens on one thread, in order, so a build never waits for a slow page and a
 * page that has just connected never misses an event: it first gets the current status, then every event
 * published after it.
 *
 * <p>Events: {@code status} (on connecting, and when a build fixed the problems without changing a file),
 * {@code reload} (a build changed the site), {@code problems} (a build failed). The data of each is
 * the {@link BuildStatus} as JSON. A comment line every 15 s finds streams whose page has gone.
 */
final class LiveEvents implements AutoCloseable {
    static final String STATUS = "status";
    static final String RELOAD = "reload";
    static final String PROBLEMS = "problems";

    private final ScheduledExecutorService writer;
    private final List<HttpExchange> streams = new ArrayList<>();
    private volatile BuildStatus status;

    LiveEvents(BuildStatus initial) {
        this.status = initial;
        ScheduledThreadPoolExecutor pool = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "warraq-live-events");
            t.setDaemon(true);
            return t;
        });
        pool.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        this.writer = pool;
        writer.scheduleWithFixedDelay(() -> sendAll(": ping\n\n"), 15, 15, TimeUnit.SECONDS);
    }

    BuildStatus status() {
        return status;
    }

    /** Takes over {@code exchange} (its response headers sent) as a stream; it is closed with this object. */
    void open(HttpExchange exchange) {
        try {
            writer.execute(() -> {
                streams.add(exchange);
                send(exchange, "retry: 1000\n\n" + event(STATUS, status));
            });
        } catch (java.util.concurrent.RejectedExecutionException e) {
            exchange.close();
        }
    }

    /** Sets the status and sends it to every open page as {@code event}. */
    void publish(String event, BuildStatus newStatus) {
        status = newStatus;
        String text = event(event, newStatus);
        try {
            writer.execute(() -> sendAll(text));
        } catch (java.util.concurrent.RejectedExecutionException e) {
            // closing: pages reconnect to the next server
        }
    }

    /** Open streams (for tests and the shutdown message). */
    int streams() {
        try {
            return writer.submit(streams::size).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.RejectedExecutionException e) {
            return 0;
        }
    }

    @Override
    public void close() {
        try {
            writer.execute(() -> {
                streams.forEach(HttpExchange::close);
                streams.clear();
            });
        } catch (java.util.concurrent.RejectedExecutionException e) {
            return;
        }
        writer.shutdown();
        try {
            if (!writer.awaitTermination(2, TimeUnit.SECONDS)) {
                writer.shutdownNow();
            }
        } catch (InterruptedException e) {
            writer.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    static String event(String name, BuildStatus status) {
        return "event: " + name + "\ndata: " + status.toJson() + "\n\n";
    }

    private void sendAll(String text) {
        for (HttpExchange exchange : List.copyOf(streams)) {
            send(exchange, text);
        }
    }

    private void send(HttpExchange exchange, String text) {
        try {
            OutputStream body = exchange.getResponseBody();
            body.write(text.getBytes(StandardCharsets.UTF_8));
            body.flush();
        } catch (IOException e) {
            streams.remove(exchange);
            exchange.close();
        }
    }
}
