package org.warraq.content;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.warraq.diag.Position;
import org.warraq.diag.Problem;

/**
 * Where one article's Markdown is parsed and rendered: on a thread of its own with a stack big enough for the
 * nesting and the constructs {@link MarkdownLimits} lets through (flexmark-java and the JDK's regular
 * expressions recurse), within a budget of processor time ({@link #BUDGET}).
 *
 * <p>A job over its budget is stopped by its own text ({@link BudgetedText} throws on the next read), and the
 * caller stops waiting for it after {@link #WAIT} whatever it does; the job's thread is a daemon that returns
 * to the pool when the job unwinds, and nothing the job produced is used. A job that overflows its stack or
 * fails in the parser gives a {@link Failure}, not an exception: one article never stops the others.
 */
final class MarkdownRunner {
    /** Enough for the deepest recursion the limits allow, twice over (about 100 MB measured). */
    static final long STACK_BYTES = 256L << 20;
    /**
     * Processor time one job may take, at least: 5 s, or 1.5 µs a character for longer texts (7.5 s at the 5 MB
     * default size limit). Formatting takes about 0.5 µs a character, 3 s for 5 MB of short paragraphs.
     */
    static final Duration BUDGET = Duration.ofSeconds(5);
    static final long BUDGET_NANOS_PER_CHAR = 1500;
    /** How long the caller waits, by the clock, for a job that does not stop by itself (a loaded machine is slow). */
    static final Duration WAIT = Duration.ofSeconds(60);

    private final ThreadPoolExecutor threads;

    MarkdownRunner() {
        AtomicInteger n = new AtomicInteger();
        threads = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 5, TimeUnit.SECONDS, new SynchronousQueue<>(), job -> {
            Thread t = new Thread(null, job, "warraq-markdown-" + n.incrementAndGet(), STACK_BYTES);
            t.setDaemon(true);
            return t;
        });
    }

    /** Thrown inside a job when its text goes beyond a limit only the parser can see. */
    static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final int offset;
        private final String hint;

        Refused(int offset, String message, String hint) {
            super(message, null, false, false);
            this.offset = offset;
            this.hint = hint;
        }
    }

    /** Why a job gave no result, and where in its text it was. */
    record Failure(int offset, String message, String hint) {
        /** The problem to report for {@code text}, which starts on line {@code firstLine} of {@code file}. */
        Problem problem(String text, String file, int firstLine) {
            return Problem.error(file, Position.inText(text, offset, firstLine), message, hint);
        }
    }

    /** A job's result, or why there is none. */
    record Outcome<T>(T value, Failure failure) {
        boolean ok() {
            return failure == null;
        }
    }

    /** Runs {@code job} on {@code text} (which it must read through the given {@link BudgetedText}). */
    <T> Outcome<T> run(String text, Function<BudgetedText, T> job) {
        BudgetedText budgeted = new BudgetedText(text, budget(text).toNanos());
        Future<T> future = threads.submit(() -> {
            budgeted.start();
            return job.apply(budgeted);
        });
        try {
            return new Outcome<>(future.get(WAIT.toMillis(), TimeUnit.MILLISECONDS), null);
        } catch (TimeoutException e) {
            future.cancel(true);
            return failed(budgeted, tooLong(text));
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            return failed(budgeted, new Failure(0, "formatting was interrupted", ""));
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof Refused refused) {
                return new Outcome<>(null, new Failure(refused.offset, refused.getMessage(), refused.hint));
            }
            if (cause instanceof BudgetedText.OverBudget) {
                return failed(budgeted, tooLong(text));
            }
            if (cause instanceof StackOverflowError) {
                return failed(budgeted, new Failure(0, "Markdown nested too deeply to format",
                        "nest fewer quotes, lists, emphasis or links"));
            }
            if (cause instanceof RuntimeException) {
                return failed(budgeted, new Failure(0, "the Markdown formatter failed: " + cause,
                        "this is a bug in Warraq or flexmark-java; please report it with this file"));
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }

    /** The budget of a job on {@code text}. */
    static Duration budget(String text) {
        return Duration.ofNanos(Math.max(BUDGET.toNanos(), text.length() * BUDGET_NANOS_PER_CHAR));
    }

    private static Failure tooLong(String text) {
        return new Failure(0, "formatting the Markdown took more than " + budget(text).toSeconds() + " s and was stopped",
                "simplify the text near this line: split very long paragraphs, remove runs of marks");
    }

    private static <T> Outcome<T> failed(BudgetedText text, Failure failure) {
        return new Outcome<>(null, new Failure(text.reached(), failure.message(), failure.hint()));
    }
}
