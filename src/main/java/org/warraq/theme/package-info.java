/**
 * The theme: the publisher's {@code templates/} over the default theme in the jar (files, template
 * closure hashes, static files), and its words ({@code Messages}: {@code messages/<language>.yaml},
 * ICU MessageFormat with CLDR plural rules).
 *
 * <p>Uses: {@code diag}, {@code files}, {@code util}, {@code yaml}.
 */
package org.warraq.theme;
