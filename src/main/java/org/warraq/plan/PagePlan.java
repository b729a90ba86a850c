package org.warraq.plan;

import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.warraq.content.Article;
import org.warraq.content.TagName;
import org.warraq.index.GroupKind;
import org.warraq.index.Period;
import org.warraq.routes.Route;

/**
 * One page of the site. Every kind of page is a record below, and nothing else can be one (the interface is
 * sealed). A plan holds exactly the facts its page shows, as values (never a reference into the index), so a
 * fingerprint of the record is the page's key for incremental builds. Every consumer handles every kind
 * through {@link Visitor}: a new kind does not compile until each of them does.
 */
public sealed interface PagePlan {
    /** Where the page is written. */
    Route route();

    /** The theme template that renders it, e.g. "article.ftlh". */
    String template();

    <R> R accept(Visitor<R> visitor);

    /** How problems name the page: its URL path (an article's page: its file). */
    default String shownAs() {
        return "/" + route().urlPath();
    }

    /** What every consumer of plans implements: one method per kind of page. */
    interface Visitor<R> {
        R article(ArticlePlan page);

        R home(HomePlan page);

        R group(GroupPlan page);

        R groups(GroupsPlan page);

        R archive(ArchivePlan page);

        R period(PeriodPlan page);

        R notFound(NotFoundPlan page);

        R redirect(RedirectPlan page);

        R search(SearchPlan page);
    }

    /**
     * One slice of a paginated list.
     *
     * @param items its articles
     * @param page  its number, from 1
     * @param total the number of pages of the list
     */
    record Slice(List<Teaser> items, int page, int total) {
        public Slice {
            items = List.copyOf(items);
        }

        /** When the newest of its articles last changed. */
        public Optional<OffsetDateTime> newest() {
            return items.stream().map(Teaser::lastModified).max(Comparator.naturalOrder());
        }
    }

    /**
     * An article's page.
     *
     * @param article     the article
     * @param tags        its tags with the names the site shows for them
     * @param older       the article published before it
     * @param newer       the article published after it
     * @param linkTargets where each of its relative references leads (output paths, "-" for nowhere; an image's
     *                    with its content hash)
     * @param related     the stories related to it, best first
     * @param picture     its lead image, when it is a file of {@code content/}: sizes and smaller copies
     */
    record ArticlePlan(Route route, Article article, List<TagName> tags, Optional<Teaser> older,
                       Optional<Teaser> newer, List<String> linkTargets, List<Teaser> related,
                       Optional<Picture> picture) implements PagePlan {
        public ArticlePlan {
            tags = List.copyOf(tags);
            linkTargets = List.copyOf(linkTargets);
            related = List.copyOf(related);
        }

        public String template() {
            return "article.ftlh";
        }

        @Override
        public String shownAs() {
            return article.file();
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.article(this);
        }
    }

    /**
     * A page of the home page: on page 1 the lead story, the latest stories (the slice, without the lead) and a
     * block per section; on later pages the slice alone.
     *
     * @param lead   the story that leads page 1 (see {@code SiteIndex.lead}); empty on later pages
     * @param blocks page 1's section blocks, in the sections' order, each with its newest stories not shown
     *               above it; a section with none has no block
     */
    record HomePlan(Route route, Slice slice, Optional<Teaser> lead, List<SectionBlock> blocks) implements PagePlan {
        public HomePlan {
            blocks = List.copyOf(blocks);
        }

        /** When the newest of the stories it shows last changed. */
        public Optional<OffsetDateTime> newest() {
            return java.util.stream.Stream.concat(java.util.stream.Stream.concat(slice.items().stream(), lead.stream()),
                    blocks.stream().flatMap(b -> b.items().stream()))
                    .map(Teaser::lastModified).max(Comparator.naturalOrder());
        }

        public String template() {
            return "home.ftlh";
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.home(this);
        }
    }

    /**
     * A page of one group's articles (a tag, a source, a section, an author).
     *
     * @param id    how articles name the group
     * @param count how many articles it has
     */
    record GroupPlan(Route route, GroupKind kind, String id, String slug, String name, int count, Slice slice)
            implements PagePlan {
        public String template() {
            return switch (kind) {
                case TAG -> "tag.ftlh";
                case SOURCE -> "source.ftlh";
                case SECTION -> "section.ftlh";
                case AUTHOR -> "author.ftlh";
            };
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.group(this);
        }
    }

    /**
     * The overview of a kind of group, with counts.
     *
     * @param groups the groups in the overview's order
     * @param newest when the site's newest article last changed
     */
    record GroupsPlan(Route route, GroupKind kind, List<GroupCount> groups, Optional<OffsetDateTime> newest)
            implements PagePlan {
        public GroupsPlan {
            groups = List.copyOf(groups);
        }

        public String template() {
            return switch (kind) {
                case TAG -> "tags.ftlh";
                case SOURCE -> "sources.ftlh";
                case SECTION -> "sections.ftlh";
                case AUTHOR -> "authors.ftlh";
            };
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.groups(this);
        }
    }

    /**
     * The archive overview: every year and its months, with counts.
     *
     * @param years  newest first
     * @param total  the number of articles
     * @param newest when the site's newest article last changed
     */
    record ArchivePlan(Route route, List<YearCounts> years, int total, Optional<OffsetDateTime> newest)
            implements PagePlan {
        public ArchivePlan {
            years = List.copyOf(years);
        }

        public String template() {
            return "archive.ftlh";
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.archive(this);
        }
    }

    /**
     * A page of one year, month or day of the archive.
     *
     * @param count   the period's number of articles
     * @param parts   a year's months or a month's days with counts, newest first (none for a day)
     * @param earlier the period of the same kind before it that has articles
     * @param later   the one after it
     */
    record PeriodPlan(Route route, Period period, int count, List<PeriodCount> parts, Optional<Period> earlier,
                      Optional<Period> later, Slice slice) implements PagePlan {
        public PeriodPlan {
            parts = List.copyOf(parts);
        }

        public String template() {
            return switch (period.kind()) {
                case YEAR -> "year.ftlh";
                case MONTH -> "month.ftlh";
                case DAY -> "day.ftlh";
            };
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.period(this);
        }
    }

    /** The page servers show for a missing URL. */
    record NotFoundPlan(Route route) implements PagePlan {
        public String template() {
            return "404.ftlh";
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.notFound(this);
        }
    }

    /** The search page; its index is planned beside it ({@link SearchIndexPlan}). */
    record SearchPlan(Route route) implements PagePlan {
        public String template() {
            return "search.ftlh";
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.search(this);
        }
    }

    /**
     * A page at an article's old address ({@code aliases:}) that sends readers and search engines to it.
     *
     * @param file   the article's file, for problems
     * @param target the article
     */
    record RedirectPlan(Route route, String file, Teaser target) implements PagePlan {
        public String template() {
            return "redirect.ftlh";
        }

        @Override
        public String shownAs() {
            return file;
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.redirect(this);
        }
    }

    /** One section's block on the home page: its id, and its newest stories not shown above it. */
    record SectionBlock(String section, List<Teaser> items) {
        public SectionBlock {
            items = List.copyOf(items);
        }
    }

    /** A group on its overview. */
    record GroupCount(String slug, String name, int count) {
    }

    /** A period and its number of articles. */
    record PeriodCount(Period period, int count) {
    }

    /** A year on the archive overview, with its months. */
    record YearCounts(PeriodCount year, List<PeriodCount> months) {
        public YearCounts {
            months = List.copyOf(months);
        }
    }
}
