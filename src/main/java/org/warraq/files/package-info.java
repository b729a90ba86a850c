/**
 * The site folder on disk: {@code SiteLayout} (every name: site.yaml, content/, templates/, site/,
 * .warraq/ and its parts, staging names, the names every reader skips), path arithmetic below
 * {@code content/}, and decoding text files (strict UTF-8, positioned errors).
 *
 * <p>Uses: {@code diag}, {@code util}.
 */
package org.warraq.files;
