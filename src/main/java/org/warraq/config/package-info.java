/**
 * The settings: {@code SiteConfig} (every key of {@code site.yaml}, validated, with a fingerprint
 * of the file) and its loader; the editions (one per language, {@code Edition}); the registries of sources,
 * sections and authors. Read once per build.
 *
 * <p>Uses: {@code diag}, {@code files}, {@code text}, {@code util}, {@code yaml}.
 */
package org.warraq.config;
