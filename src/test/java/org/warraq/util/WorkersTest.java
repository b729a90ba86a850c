package org.warraq.util;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Worker threads: results in input order, and a failure passed on only when no worker is still busy. */
class WorkersTest {
    @Test
    void resultsComeInInputOrder() {
        try (Workers workers = new Workers(4)) {
            List<Integer> items = IntStream.range(0, 1000).boxed().toList();
            assertThat(workers.map(items, i -> i * 2)).isEqualTo(items.stream().map(i -> i * 2).toList());
        }
    }

    @Test
    void aFailureIsPassedOnOnlyAfterEveryStartedItemHasFinished() {
        AtomicInteger running = new AtomicInteger();
        AtomicInteger atFailure = new AtomicInteger(-1);
        try (Workers workers = new Workers(4)) {
            assertThatThrownBy(() -> workers.each(IntStream.range(0, 64).boxed().toList(), i -> {
                running.incrementAndGet();
                try {
                    if (i == 3) {
                        throw new IllegalStateException("item 3");
                    }
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    running.decrementAndGet();
                }
            })).isInstanceOf(IllegalStateException.class).hasMessage("item 3");
            atFailure.set(running.get());
        }
        assertThat(atFailure.get()).as("workers still running when the failure reached the caller").isZero();
    }

    @Test
    void theThreadCountIsBounded() {
        try (Workers workers = new Workers(100_000)) {
            assertThat(workers.threads()).isEqualTo(Workers.MAX_THREADS);
        }
    }
}
