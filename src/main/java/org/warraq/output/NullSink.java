package org.warraq.output;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

/** For {@code warraq check}: everything is rendered (so every problem is found), nothing is written. */
public final class NullSink implements Sink {
    private final AtomicInteger count = new AtomicInteger();

    @Override
    public boolean isCurrent(String path, String fingerprint) {
        return false;
    }

    @Override
    public void write(String path, String fingerprint, byte[] bytes) {
        count.incrementAndGet();
    }

    @Override
    public void copy(String path, String fingerprint, Path source) {
        count.incrementAndGet();
    }

    @Override
    public boolean writes() {
        return false;
    }

    public int count() {
        return count.get();
    }
}
