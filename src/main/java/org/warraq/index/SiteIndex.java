package org.warraq.index;

import java.text.Collator;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
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

/**
 * The index stage: built once from the loaded articles, it answers every question list pages ask:
 * articles newest first (ties broken by slug, then file), by tag, by source, by year / month / day in
 * the site's time zone.
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
    private final Map<GroupKind, List<Group>> groups;
    private final Map<String, Group> tagsBySlug;
    private final List<Archive.Year> years;

    private SiteIndex(List<Article> articles, List<Group> tags, List<Group> sources, List<Archive.Year> years) {
        this.articles = List.copyOf(articles);
        this.positions = new IdentityHashMap<>();
        this.byPath = new HashMap<>();
        for (int i = 0; i < articles.size(); i++) {
            positions.put(articles.get(i), i);
            byPath.put(articles.get(i).contentPath(), articles.get(i));
        }
        this.groups = new EnumMap<>(GroupKind.class);
        groups.put(GroupKind.TAG, List.copyOf(tags));
        groups.put(GroupKind.SOURCE, List.copyOf(sources));
        this.tagsBySlug = new HashMap<>();
        tags.forEach(t -> tagsBySlug.put(t.slug(), t));
        this.years = List.copyOf(years);
    }

    /** The index stage: builds the index of the loaded articles. */
    public static SiteIndex build(List<Article> loaded, SiteConfig config) {
        ZoneId zone = config.timezone();
        List<Article> sorted = new ArrayList<>(loaded);
        sorted.sort(NEWEST_FIRST);
        return new SiteIndex(sorted, tags(sorted), sources(sorted, config), years(sorted, zone));
    }

    private static List<Group> tags(List<Article> sorted) {
        Map<String, List<Article>> articles = new TreeMap<>();
        Map<String, Map<String, Integer>> spellings = new HashMap<>();
        for (Article a : sorted) {
            for (org.warraq.content.TagName tag : a.tags()) {
                articles.computeIfAbsent(tag.slug(), k -> new ArrayList<>()).add(a);
                spellings.computeIfAbsent(tag.slug(), k -> new HashMap<>()).merge(tag.name(), 1, Integer::sum);
            }
        }
        List<Group> tags = new ArrayList<>(articles.size());
        articles.forEach((slug, list) -> {
            String name = spellings.get(slug).entrySet().stream()
                    .min(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .orElseThrow().getKey();
            tags.add(new Group(GroupKind.TAG, slug, slug, name, list));
        });
        return tags;
    }

    private static List<Group> sources(List<Article> sorted, SiteConfig config) {
        Map<String, List<Article>> byId = new LinkedHashMap<>();
        for (Article a : sorted) {
            a.sourceId().ifPresent(id -> byId.computeIfAbsent(id, k -> new ArrayList<>()).add(a));
        }
        List<Group> groups = new ArrayList<>();
        for (Source source : config.sources().values()) {
            List<Article> list = byId.get(source.id());
            if (list != null) {
                groups.add(new Group(GroupKind.SOURCE, source.id(), source.slug(), source.name(), list));
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

    /** The groups of a kind: tags by slug, sources in registry order (only those with articles). */
    public List<Group> groups(GroupKind kind) {
        return groups.get(kind);
    }

    /** A tag by slug. */
    public Optional<Group> tag(String slug) {
        return Optional.ofNullable(tagsBySlug.get(slug));
    }

    /**
     * The groups of a kind in the order of their overview page: tags most articles first, then by name
     * (Arabic collation), then by slug; sources in registry order.
     */
    public List<Group> overview(GroupKind kind) {
        return switch (kind) {
            case TAG -> {
                Collator collator = Collator.getInstance(Locale.forLanguageTag("ar"));
                List<Group> out = new ArrayList<>(groups(kind));
                out.sort(Comparator.comparingInt((Group t) -> t.articles().size()).reversed()
                        .thenComparing(Group::name, collator)
                        .thenComparing(Group::slug));
                yield out;
            }
            case SOURCE -> groups(kind);
        };
    }

    /** Years that have articles, newest first. */
    public List<Archive.Year> years() {
        return years;
    }

    public Optional<Article> newest() {
        return articles.isEmpty() ? Optional.empty() : Optional.of(articles.get(0));
    }
}
