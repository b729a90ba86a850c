/**
 * Problems: {@code Position} (line and column), {@code Problem} ({@code path:line:col: error:
 * message (hint)}), {@code Problems} (the one collector every stage reports into) and {@code
 * BuildFailure} (the one failure type, with an exit code).
 *
 * <p>Uses: no other Warraq package.
 */
package org.warraq.diag;
