/**
 * The index stage: {@code SiteIndex}, built once from the loaded articles: newest first, groups by
 * kind (tags, sources: {@code GroupKind}), the date archive ({@code Archive}, {@code Period}).
 *
 * <p>Uses: {@code config}, {@code content}.
 */
package org.warraq.index;
