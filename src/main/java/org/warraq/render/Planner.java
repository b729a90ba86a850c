package org.warraq.render;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.warraq.content.Article;
import org.warraq.index.Archive;
import org.warraq.index.SiteIndex;
import org.warraq.index.SourceGroup;
import org.warraq.index.Tag;
import org.warraq.routes.Routes;

/** The plan stage: every page of the site, in a fixed order, each list cut into pages of {@code page_size}. */
public final class Planner {
    private final Routes routes;
    private final int pageSize;

    public Planner(Routes routes, int pageSize) {
        this.routes = routes;
        this.pageSize = pageSize;
    }

    public List<PagePlan> plan(SiteIndex index) {
        List<PagePlan> plans = new ArrayList<>();
        OffsetDateTime newest = index.articles().stream().map(Article::lastModified)
                .max(java.util.Comparator.naturalOrder()).orElse(null);
        for (Article a : index.articles()) {
            plans.add(new PagePlan.ArticlePlan(routes.article(a), a));
        }
        paginate(index.articles(), (slice) -> new PagePlan.HomePlan(routes.home(slice.page()), slice), plans);
        for (Tag tag : index.tags()) {
            paginate(tag.articles(), s -> new PagePlan.TagPlan(routes.tag(tag.slug(), s.page()), tag, s), plans);
        }
        plans.add(new PagePlan.TagsPlan(routes.tags(), newest));
        for (SourceGroup group : index.sources()) {
            paginate(group.articles(),
                    s -> new PagePlan.SourcePlan(routes.source(group.source().slug(), s.page()), group, s), plans);
        }
        plans.add(new PagePlan.SourcesPlan(routes.sources(), newest));
        plans.add(new PagePlan.ArchivePlan(routes.archive(), newest));
        List<Archive.Year> years = index.years();
        List<Archive.Month> months = years.stream().flatMap(y -> y.months().stream()).toList();
        List<Archive.Day> days = months.stream().flatMap(m -> m.days().stream()).toList();
        for (int i = 0; i < years.size(); i++) {
            Archive.Year y = years.get(i);
            Archive.Year earlier = i + 1 < years.size() ? years.get(i + 1) : null;
            Archive.Year later = i > 0 ? years.get(i - 1) : null;
            paginate(y.articles(),
                    s -> new PagePlan.YearPlan(routes.year(y.year(), s.page()), y, s, earlier, later), plans);
        }
        for (int i = 0; i < months.size(); i++) {
            Archive.Month m = months.get(i);
            Archive.Month earlier = i + 1 < months.size() ? months.get(i + 1) : null;
            Archive.Month later = i > 0 ? months.get(i - 1) : null;
            paginate(m.articles(),
                    s -> new PagePlan.MonthPlan(routes.month(m.month(), s.page()), m, s, earlier, later), plans);
        }
        for (int i = 0; i < days.size(); i++) {
            Archive.Day d = days.get(i);
            Archive.Day earlier = i + 1 < days.size() ? days.get(i + 1) : null;
            Archive.Day later = i > 0 ? days.get(i - 1) : null;
            paginate(d.articles(),
                    s -> new PagePlan.DayPlan(routes.day(d.date(), s.page()), d, s, earlier, later), plans);
        }
        plans.add(new PagePlan.NotFoundPlan(routes.notFound()));
        return plans;
    }

    /** Number of pages a list of {@code n} items needs (at least one, so an empty home page exists). */
    public int pages(int n) {
        return Math.max(1, (n + pageSize - 1) / pageSize);
    }

    private void paginate(List<Article> items, java.util.function.Function<PagePlan.Slice, PagePlan> make, List<PagePlan> out) {
        int total = pages(items.size());
        for (int page = 1; page <= total; page++) {
            int from = (page - 1) * pageSize;
            int to = Math.min(items.size(), from + pageSize);
            out.add(make.apply(new PagePlan.Slice(items.subList(from, to), page, total)));
        }
    }
}
