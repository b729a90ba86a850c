package org.warraq.render;

import java.time.OffsetDateTime;
import java.util.List;
import org.warraq.content.Article;
import org.warraq.index.Archive;
import org.warraq.index.SourceGroup;
import org.warraq.index.Tag;
import org.warraq.routes.Route;

/**
 * One page to render: what kind, where, and which slice of the index it shows. Plans are cheap (they
 * hold references into the index); the view of a page is built only when the page is rendered.
 */
public sealed interface PagePlan {
    Route route();

    /** The template that renders it, e.g. "article.ftlh". */
    String template();

    /** When the content shown last changed, for sitemaps; null for pages outside the sitemap. */
    OffsetDateTime lastModified();

    /** One slice of a paginated list. */
    record Slice(List<Article> items, int page, int total) {
        public OffsetDateTime newest() {
            return items.stream().map(Article::lastModified).max(java.util.Comparator.naturalOrder()).orElse(null);
        }
    }

    record ArticlePlan(Route route, Article article) implements PagePlan {
        public String template() {
            return "article.ftlh";
        }

        public OffsetDateTime lastModified() {
            return article.lastModified();
        }
    }

    record HomePlan(Route route, Slice slice) implements PagePlan {
        public String template() {
            return "home.ftlh";
        }

        public OffsetDateTime lastModified() {
            return slice.newest();
        }
    }

    record TagPlan(Route route, Tag tag, Slice slice) implements PagePlan {
        public String template() {
            return "tag.ftlh";
        }

        public OffsetDateTime lastModified() {
            return slice.newest();
        }
    }

    record TagsPlan(Route route, OffsetDateTime lastModified) implements PagePlan {
        public String template() {
            return "tags.ftlh";
        }
    }

    record SourcePlan(Route route, SourceGroup group, Slice slice) implements PagePlan {
        public String template() {
            return "source.ftlh";
        }

        public OffsetDateTime lastModified() {
            return slice.newest();
        }
    }

    record SourcesPlan(Route route, OffsetDateTime lastModified) implements PagePlan {
        public String template() {
            return "sources.ftlh";
        }
    }

    record ArchivePlan(Route route, OffsetDateTime lastModified) implements PagePlan {
        public String template() {
            return "archive.ftlh";
        }
    }

    record YearPlan(Route route, Archive.Year year, Slice slice, Archive.Year earlier, Archive.Year later)
            implements PagePlan {
        public String template() {
            return "year.ftlh";
        }

        public OffsetDateTime lastModified() {
            return slice.newest();
        }
    }

    record MonthPlan(Route route, Archive.Month month, Slice slice, Archive.Month earlier, Archive.Month later)
            implements PagePlan {
        public String template() {
            return "month.ftlh";
        }

        public OffsetDateTime lastModified() {
            return slice.newest();
        }
    }

    record DayPlan(Route route, Archive.Day day, Slice slice, Archive.Day earlier, Archive.Day later)
            implements PagePlan {
        public String template() {
            return "day.ftlh";
        }

        public OffsetDateTime lastModified() {
            return slice.newest();
        }
    }

    record NotFoundPlan(Route route) implements PagePlan {
        public String template() {
            return "404.ftlh";
        }

        public OffsetDateTime lastModified() {
            return null;
        }
    }
}
