package org.warraq.index;

/**
 * The kinds of named groups of articles, each with its pages ({@code /tags/<slug>/}, paginated), its feeds
 * and an overview. A new kind is a constant here and an entry in each {@code switch} over it, which the
 * compiler finds.
 */
public enum GroupKind {
    /** Free-form tags of the front matter; one group per slug. */
    TAG,
    /** The sources registry of {@code site.yaml}; one group per source with articles, in registry order. */
    SOURCE,
    /** The sections registry of {@code site.yaml}; one group per section, with or without articles, in its order. */
    SECTION,
    /** The authors registry of {@code site.yaml}; one group per author, with or without articles, in registry order. */
    AUTHOR
}
