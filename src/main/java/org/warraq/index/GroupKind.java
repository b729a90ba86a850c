package org.warraq.index;

/**
 * The kinds of named groups of articles, each with its pages ({@code /tags/<slug>/}, paginated), its feeds
 * and an overview. A new kind (sections, authors) is a constant here and an entry in each {@code switch}
 * over it, which the compiler finds.
 */
public enum GroupKind {
    /** Free-form tags of the front matter; one group per slug. */
    TAG,
    /** The sources registry of {@code site.yaml}; one group per source with articles, in registry order. */
    SOURCE
}
