package org.warraq.index;

import java.text.Collator;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.warraq.config.SiteConfig;
import org.warraq.config.Source;
import org.warraq.content.Article;
import org.warraq.diag.Position;
import org.warraq.diag.Problems;

/**
 * The index stage: built once from the loaded articles, it answers every question list pages ask:
 * articles newest first (ties broken by slug, then file), by tag, by source, by year / month / day in
 * the site's time zone. It also finds articles that would share a URL.
 */
public final class SiteIndex {
    /** Newest first; ties by slug, then by file path, so the order never depends on the file system. */
    public static final Comparator<Article> NEWEST_FIRST = Comparator
            .comparing((Article a) -> a.date().toInstant()).reversed()
            .thenComparing(Article::slug)
            .thenComparing(Article::file);

    private final List<Article> articles;
    private final Map<Article, Integer> positions;
    private final Map<String, Article> byPath;
    private final List<Tag> tags;
    private final Map<String, Tag> tagsBySlug;
    private final List<SourceGroup> sources;
    private final List<Archive.Year> years;

    private SiteIndex(List<Article> articles, List<Tag> tags, List<SourceGroup> sources, List<Archive.Year> years) {
        this.articles = List.copyOf(articles);
        this.positions = new IdentityHashMap<>();
        this.byPath = new HashMap<>();
        for (int i = 0; i < articles.size(); i++) {
            positions.put(articles.get(i), i);
            byPath.put(articles.get(i).contentPath(), articles.get(i));
        }
        this.tags = List.copyOf(tags);
        this.tagsBySlug = new HashMap<>();
        tags.forEach(t -> tagsBySlug.put(t.slug(), t));
        this.sources = List.copyOf(sources);
        this.years = List.copyOf(years);
    }

    /** Builds the index; articles that would have the same URL are reported (one problem per pair). */
    public static SiteIndex build(List<Article> loaded, SiteConfig config, Problems problems) {
        ZoneId zone = config.timezone();
        List<Article> sorted = new ArrayList<>(loaded);
        sorted.sort(NEWEST_FIRST);
        reportCollisions(sorted, zone, problems);
        return new SiteIndex(sorted, tags(sorted), sources(sorted, config), years(sorted, zone));
    }

    private static void reportCollisions(List<Article> sorted, ZoneId zone, Problems problems) {
        Map<String, Article> seen = new HashMap<>();
        List<Article> byFile = new ArrayList<>(sorted);
        byFile.sort(Comparator.comparing(Article::file));
        for (Article a : byFile) {
            String url = "/" + a.day(zone).toString().replace('-', '/') + "/" + a.slug() + "/";
            Article first = seen.putIfAbsent(url, a);
            if (first != null) {
                problems.error(a.file(), new Position(a.slugAt().line(), 1), "same URL " + url + " as " + first.file(),
                        "add a slug: line to one of them");
            }
        }
    }

    private static List<Tag> tags(List<Article> sorted) {
        Map<String, List<Article>> articles = new TreeMap<>();
        Map<String, Map<String, Integer>> spellings = new HashMap<>();
        for (Article a : sorted) {
            for (org.warraq.content.TagName tag : a.tags()) {
                articles.computeIfAbsent(tag.slug(), k -> new ArrayList<>()).add(a);
                spellings.computeIfAbsent(tag.slug(), k -> new HashMap<>()).merge(tag.name(), 1, Integer::sum);
            }
        }
        List<Tag> tags = new ArrayList<>(articles.size());
        articles.forEach((slug, list) -> {
            String name = spellings.get(slug).entrySet().stream()
                    .min(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .orElseThrow().getKey();
            tags.add(new Tag(slug, name, list));
        });
        return tags;
    }

    private static List<SourceGroup> sources(List<Article> sorted, SiteConfig config) {
        Map<String, List<Article>> byId = new LinkedHashMap<>();
        for (Article a : sorted) {
            a.sourceId().ifPresent(id -> byId.computeIfAbsent(id, k -> new ArrayList<>()).add(a));
        }
        List<SourceGroup> groups = new ArrayList<>();
        for (Source source : config.sources().values()) {
            List<Article> list = byId.get(source.id());
            if (list != null) {
                groups.add(new SourceGroup(source, list));
            }
        }
        return groups;
    }

    private static List<Archive.Year> years(List<Article> sorted, ZoneId zone) {
        Map<LocalDate, List<Article>> days = new LinkedHashMap<>();
        for (Article a : sorted) {
            days.computeIfAbsent(a.day(zone), k -> new ArrayList<>()).add(a);
        }
        Map<YearMonth, List<Archive.Day>> months = new LinkedHashMap<>();
        days.entrySet().stream()
                .sorted(Map.Entry.<LocalDate, List<Article>>comparingByKey().reversed())
                .forEach(e -> months.computeIfAbsent(YearMonth.from(e.getKey()), k -> new ArrayList<>())
                        .add(new Archive.Day(e.getKey(), e.getValue())));
        Map<Integer, List<Archive.Month>> years = new LinkedHashMap<>();
        months.forEach((month, dayList) -> {
            List<Article> list = new ArrayList<>();
            dayList.forEach(d -> list.addAll(d.articles()));
            years.computeIfAbsent(month.getYear(), k -> new ArrayList<>()).add(new Archive.Month(month, dayList, list));
        });
        List<Archive.Year> out = new ArrayList<>();
        years.forEach((year, monthList) -> {
            List<Article> list = new ArrayList<>();
            monthList.forEach(m -> list.addAll(m.articles()));
            out.add(new Archive.Year(year, monthList, list));
        });
        return out;
    }

    /** All articles, newest first. */
    public List<Article> articles() {
        return articles;
    }

    /** Position of {@code article} in {@link #articles()}. */
    public int position(Article article) {
        return positions.get(article);
    }

    /** The article published just before this one, if any. */
    public Optional<Article> older(Article article) {
        int i = position(article);
        return i + 1 < articles.size() ? Optional.of(articles.get(i + 1)) : Optional.empty();
    }

    /** The article published just after this one, if any. */
    public Optional<Article> newer(Article article) {
        int i = position(article);
        return i > 0 ? Optional.of(articles.get(i - 1)) : Optional.empty();
    }

    public Optional<Article> byContentPath(String contentPath) {
        return Optional.ofNullable(byPath.get(contentPath));
    }

    /** Tags, by slug. */
    public List<Tag> tags() {
        return tags;
    }

    public Optional<Tag> tag(String slug) {
        return Optional.ofNullable(tagsBySlug.get(slug));
    }

    /** Tags for the overview: most articles first, then by name (Arabic collation), then by slug. */
    public List<Tag> tagsByCount() {
        Collator collator = Collator.getInstance(Locale.forLanguageTag("ar"));
        List<Tag> out = new ArrayList<>(tags);
        out.sort(Comparator.comparingInt((Tag t) -> t.articles().size()).reversed()
                .thenComparing(Tag::name, collator)
                .thenComparing(Tag::slug));
        return out;
    }

    /** Sources that have articles, in registry order. */
    public List<SourceGroup> sources() {
        return sources;
    }

    /** Years that have articles, newest first. */
    public List<Archive.Year> years() {
        return years;
    }

    public Optional<Article> newest() {
        return articles.isEmpty() ? Optional.empty() : Optional.of(articles.get(0));
    }
}
