package org.warraq.render;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.warraq.content.Article;
import org.warraq.index.Archive;
import org.warraq.index.SiteIndex;
import org.warraq.index.SourceGroup;
import org.warraq.index.Tag;

/**
 * The fingerprint of a page, computed from the index instead of from its rendered view: the plan (kind,
 * route, page number and count), the articles it shows and every fact of the index its view reads (a
 * tag's shown name and count, the neighbours of an article, the counts of an archive period and its
 * parts…). The view is a function of these, the site's settings, code and templates (the {@code salt}),
 * so equal keys mean equal pages; and a key costs a fraction of building the view, which is what makes
 * a build after one edit fast on a large site. IncrementalBuildIT checks this against clean builds.
 */
public final class PageKeys {
    private final SiteIndex index;
    private final Map<String, String> templateHashes;
    private final String salt;
    private final Map<String, String> listDigests = new ConcurrentHashMap<>();
    private final String overview;

    public PageKeys(SiteIndex index, Map<String, String> templateHashes, String salt) {
        this.index = index;
        this.templateHashes = templateHashes;
        this.salt = salt;
        Fingerprint all = new Fingerprint();
        all.add(index.articles().size());
        for (Tag tag : index.tags()) {
            all.add(tag.slug()).add(tag.name()).add(tag.articles().size());
        }
        for (SourceGroup group : index.sources()) {
            all.add(group.source().id()).add(group.articles().size());
        }
        for (Archive.Year year : index.years()) {
            all.add(year.year()).add(year.articles().size());
            for (Archive.Month month : year.months()) {
                all.add(month.month().toString()).add(month.articles().size());
            }
        }
        this.overview = all.hex();
    }

    /**
     * The key of {@code plan}; {@code bodyKey} is what an article page's body depends on besides the
     * article (what its links resolve to), ignored for other pages.
     */
    public String key(PagePlan plan, String bodyKey) {
        Fingerprint f = new Fingerprint().add(salt).add(templateHashes.get(plan.template()))
                .add(plan.getClass().getSimpleName()).add(plan.route().segments());
        if (plan instanceof PagePlan.ArticlePlan p) {
            Article a = p.article();
            f.add(a.hash()).add(listDigest(a)).add(bodyKey);
            index.older(a).ifPresentOrElse(o -> f.add(listDigest(o)), () -> f.add(null));
            index.newer(a).ifPresentOrElse(n -> f.add(listDigest(n)), () -> f.add(null));
            a.tags().forEach(t -> f.add(index.tag(t.slug()).map(Tag::name).orElse(t.name())));
        } else if (plan instanceof PagePlan.HomePlan p) {
            slice(f, p.slice());
        } else if (plan instanceof PagePlan.TagPlan p) {
            f.add(p.tag().name()).add(p.tag().articles().size());
            slice(f, p.slice());
        } else if (plan instanceof PagePlan.SourcePlan p) {
            f.add(p.group().articles().size());
            slice(f, p.slice());
        } else if (plan instanceof PagePlan.YearPlan p) {
            f.add(p.year().articles().size());
            p.year().months().forEach(m -> f.add(m.month().toString()).add(m.articles().size()));
            f.add(p.earlier() == null ? null : p.earlier().year()).add(p.later() == null ? null : p.later().year());
            slice(f, p.slice());
        } else if (plan instanceof PagePlan.MonthPlan p) {
            f.add(p.month().articles().size());
            p.month().days().forEach(d -> f.add(d.date().toString()).add(d.articles().size()));
            f.add(p.earlier() == null ? null : p.earlier().month().toString())
                    .add(p.later() == null ? null : p.later().month().toString());
            slice(f, p.slice());
        } else if (plan instanceof PagePlan.DayPlan p) {
            f.add(p.day().articles().size());
            f.add(p.earlier() == null ? null : p.earlier().date().toString())
                    .add(p.later() == null ? null : p.later().date().toString());
            slice(f, p.slice());
        } else if (plan instanceof PagePlan.TagsPlan || plan instanceof PagePlan.SourcesPlan
                || plan instanceof PagePlan.ArchivePlan) {
            f.add(overview);
        }
        return f.hex();
    }

    private void slice(Fingerprint f, PagePlan.Slice slice) {
        f.add(slice.page()).add(slice.total());
        for (Article a : slice.items()) {
            f.add(listDigest(a));
        }
    }

    /** Everything of an article that other pages show: its front matter, not its body. */
    private String listDigest(Article a) {
        return listDigests.computeIfAbsent(a.contentPath(), k -> new Fingerprint()
                .add(a.contentPath()).add(a.title()).add(a.date().toString())
                .add(a.updated().map(Object::toString).orElse(null)).add(a.slug()).add(a.dateline().orElse(null))
                .add(a.sourceId().orElse(null)).add(a.sourceUrl().orElse(null)).add(a.authors())
                .add(a.tags().stream().map(t -> t.name() + "\u0000" + t.slug()).toList()).add(a.summary())
                .add(a.image().map(Object::toString).orElse(null)).add(a.draft()).add(a.params()).hex());
    }
}
