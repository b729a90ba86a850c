/**
 * The preview server ({@code warraq serve}): builds into {@code .warraq/preview/}, serves it over
 * HTTP, watches the site and reloads open pages over server-sent events, shows a failed build's
 * problems over the last good site.
 *
 * <p>Uses: {@code config}, {@code diag}, {@code files}, {@code pipeline}.
 */
package org.warraq.serve;
