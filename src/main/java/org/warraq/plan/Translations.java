package org.warraq.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.warraq.config.Edition;
import org.warraq.content.Article;
import org.warraq.diag.Position;
import org.warraq.diag.Problems;

/**
 * Which pages are one page in several editions. An article and the articles of the other editions that share its
 * {@code translation_key}; a list or overview page and the page at the same place in another edition (the home
 * page, the archive, group overviews, the search page, one source's or tag's page, a year, month or day: first
 * pages only, since a second page lists other articles). Two articles of one edition with one key are a problem: an edition
 * has one version of a story.
 */
final class Translations implements PagePlan.Visitor<Optional<String>> {
    private final List<String> folder;

    private Translations(Edition edition) {
        this.folder = edition.main() ? List.of() : List.of(edition.path());
    }

    /** The alternates of every page that has a version in another edition, by the page's file path. */
    static Map<String, List<Alternate>> of(List<Edition> editions, List<EditionPlan> plans, Problems problems) {
        Map<String, List<Alternate>> byKey = new LinkedHashMap<>();
        Map<String, List<String>> pagesByKey = new HashMap<>();
        for (int i = 0; i < plans.size(); i++) {
            Translations keys = new Translations(editions.get(i));
            Map<String, Article> seen = new HashMap<>();
            for (PagePlan page : plans.get(i).pages()) {
                Optional<String> key = page.accept(keys);
                if (key.isEmpty()) {
                    continue;
                }
                if (page instanceof PagePlan.ArticlePlan a) {
                    Article first = seen.putIfAbsent(key.get(), a.article());
                    if (first != null) {
                        problems.error(a.article().file(), Position.START, "translation_key '"
                                + a.article().translationKey().orElseThrow() + "' is also the key of " + first.file()
                                + " in the same edition", "an edition has one version of a story: give each its own key");
                        continue;
                    }
                }
                byKey.computeIfAbsent(key.get(), k -> new ArrayList<>()).add(new Alternate(plans.get(i).language(), page.route()));
                pagesByKey.computeIfAbsent(key.get(), k -> new ArrayList<>()).add(page.route().filePath());
            }
        }
        Map<String, List<Alternate>> alternates = new HashMap<>();
        byKey.forEach((key, versions) -> {
            if (versions.size() > 1) {
                pagesByKey.get(key).forEach(path -> alternates.put(path, List.copyOf(versions)));
            }
        });
        return alternates;
    }

    /** The page's place without the edition's folder. */
    private Optional<String> place(PagePlan page) {
        List<String> segments = page.route().segments();
        return Optional.of("page:" + String.join("/", segments.subList(folder.size(), segments.size())));
    }

    private Optional<String> firstPage(PagePlan page, PagePlan.Slice slice) {
        return slice.page() == 1 ? place(page) : Optional.empty();
    }

    @Override
    public Optional<String> article(PagePlan.ArticlePlan page) {
        return page.article().translationKey().map(key -> "article:" + key);
    }

    @Override
    public Optional<String> home(PagePlan.HomePlan page) {
        return firstPage(page, page.slice());
    }

    @Override
    public Optional<String> group(PagePlan.GroupPlan page) {
        return firstPage(page, page.slice());
    }

    @Override
    public Optional<String> groups(PagePlan.GroupsPlan page) {
        return place(page);
    }

    @Override
    public Optional<String> archive(PagePlan.ArchivePlan page) {
        return place(page);
    }

    @Override
    public Optional<String> period(PagePlan.PeriodPlan page) {
        return firstPage(page, page.slice());
    }

    @Override
    public Optional<String> redirect(PagePlan.RedirectPlan page) {
        return Optional.empty();
    }

    @Override
    public Optional<String> notFound(PagePlan.NotFoundPlan page) {
        return Optional.empty();
    }

    @Override
    public Optional<String> search(PagePlan.SearchPlan page) {
        return place(page);
    }
}
