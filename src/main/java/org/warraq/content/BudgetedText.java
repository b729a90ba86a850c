package org.warraq.content;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * The text of one Markdown job as the parser reads it: every few thousand characters read, it checks the
 * job's budget of processor time (and whether the job was cancelled) and stops the job by throwing
 * {@link OverBudget} once it is spent. flexmark reads its input through this object, so a parse that takes too
 * long stops within moments wherever it is, and the place it had reached is known. Used by one thread.
 */
final class BudgetedText implements CharSequence {
    private static final int CHECK_EVERY = 1 << 14;
    private static final ThreadMXBean CLOCK = ManagementFactory.getThreadMXBean();

    private final String text;
    private final long budgetNanos;
    private long start = Long.MIN_VALUE;
    private int countdown = CHECK_EVERY;
    private volatile int reached;

    BudgetedText(String text, long budgetNanos) {
        this.text = text;
        this.budgetNanos = budgetNanos;
    }

    /** Thrown into the parser when the budget is spent or the job cancelled. */
    static final class OverBudget extends RuntimeException {
        private static final long serialVersionUID = 1L;

        OverBudget() {
            super("over the time budget", null, false, false);
        }
    }

    /** Other text read by the same job: it shares this text's budget. */
    BudgetedText sameBudget(String other) {
        BudgetedText shared = new BudgetedText(other, budgetNanos);
        shared.start = start;
        return shared;
    }

    /** Starts the budget on the current thread. */
    void start() {
        start = now();
    }

    /** The furthest offset seen at a check: where the job was when it stopped. */
    int reached() {
        return reached;
    }

    String text() {
        return text;
    }

    @Override
    public char charAt(int index) {
        if (--countdown <= 0) {
            check(index);
        }
        return text.charAt(index);
    }

    @Override
    public int length() {
        return text.length();
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return text.subSequence(start, end);
    }

    @Override
    public String toString() {
        return text;
    }

    /** Stops the job if its time is up or it was cancelled. */
    void check(int index) {
        countdown = CHECK_EVERY;
        reached = Math.max(reached, index);
        if (Thread.currentThread().isInterrupted() || (start != Long.MIN_VALUE && now() - start > budgetNanos)) {
            throw new OverBudget();
        }
    }

    /** Processor time of this thread where the JVM measures it, else the clock. */
    private static long now() {
        return CLOCK.isCurrentThreadCpuTimeSupported() ? CLOCK.getCurrentThreadCpuTime() : System.nanoTime();
    }
}
