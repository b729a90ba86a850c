/**
 * The load stage: reading {@code content/} into {@code Content} (articles with their validated
 * front matter, the other files, and the {@code BodySource} rendering reads bodies through), the
 * article cache, and the one Markdown setup (flexmark) with its sanitiser.
 *
 * <p>Uses: {@code config}, {@code diag}, {@code files}, {@code media}, {@code text}, {@code util}, {@code yaml}.
 */
package org.warraq.content;
