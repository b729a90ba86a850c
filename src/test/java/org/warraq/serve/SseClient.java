package org.warraq.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** A server-sent events client over {@code java.net.http}: lines in, events out, with their arrival time. */
final class SseClient implements AutoCloseable {
    /** One event; {@code nanos} is {@link System#nanoTime()} when its blank line arrived. */
    record Event(String name, String data, long nanos) {
    }

    private final LinkedBlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private final List<Event> seen = new ArrayList<>();
    private final Stream<String> lines;
    private final Thread reader;
    private volatile boolean ended;
    final HttpResponse<Stream<String>> response;

    SseClient(Http http) {
        HttpRequest request = HttpRequest.newBuilder(http.uri("/__warraq/events"))
                .header("Accept", "text/event-stream").GET().build();
        try {
            response = http.client().send(request, HttpResponse.BodyHandlers.ofLines());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        lines = response.body();
        reader = new Thread(this::read, "test-sse-reader");
        reader.setDaemon(true);
        reader.start();
    }

    private void read() {
        String name = "message";
        StringBuilder data = new StringBuilder();
        try {
            Iterator<String> it = lines.iterator();
            while (it.hasNext()) {
                String line = it.next();
                if (line.isEmpty()) {
                    if (data.length() > 0) {
                        events.add(new Event(name, data.toString(), System.nanoTime()));
                    }
                    name = "message";
                    data.setLength(0);
                } else if (line.startsWith("event:")) {
                    name = line.substring(6).strip();
                } else if (line.startsWith("data:")) {
                    data.append(data.length() > 0 ? "\n" : "").append(line.substring(5).strip());
                }
            }
        } catch (RuntimeException e) {
            // closed
        } finally {
            ended = true;
        }
    }

    /** The next event (skipping others) that matches, waiting up to {@code timeout}; fails when none comes. */
    Event await(Predicate<Event> match, Duration timeout) {
        long until = System.nanoTime() + timeout.toNanos();
        while (true) {
            long left = until - System.nanoTime();
            Event e;
            try {
                e = left > 0 ? events.poll(left, TimeUnit.NANOSECONDS) : null;
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", ex);
            }
            if (e == null) {
                throw new AssertionError("no matching event within " + timeout + "; got " + seen);
            }
            seen.add(e);
            if (match.test(e)) {
                return e;
            }
        }
    }

    Event await(String name, Duration timeout) {
        return await(e -> e.name().equals(name), timeout);
    }

    /** Events received and not yet taken, after waiting {@code quiet}. */
    List<Event> drain(Duration quiet) {
        try {
            Thread.sleep(quiet.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        List<Event> out = new ArrayList<>();
        events.drainTo(out);
        seen.addAll(out);
        return out;
    }

    /** Whether the server ended the stream, waiting up to {@code timeout}. */
    boolean ended(Duration timeout) {
        try {
            reader.join(timeout.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return ended;
    }

    @Override
    public void close() {
        lines.close();
    }
}
