package org.warraq.index;

import java.text.Collator;
import java.util.Collection;
import java.util.function.Function;
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
import org.warraq.config.Author;
import org.warraq.config.Section;
import org.warraq.config.SiteConfig;
import org.warraq.config.Source;
import org.warraq.content.Article;

/**
 * The index stage: built once from the loaded articles, it answers every question list pages ask:
 * articles newest first (ties broken by slug, then file), by tag, source, section and author, by year / month /
 * day in the site's time zone; the home page's lead story, and each article's related stories.
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
    private final Optional<Article> lead;
    private final int[][] related;

    private SiteIndex(List<Article> articles, Map<GroupKind, List<Group>> groups, List<Archive.Year> years,
                      int relatedItems) {
        this.articles = List.copyOf(articles);
        this.positions = new IdentityHashMap<>();
        this.byPath = new HashMap<>();
        for (int i = 0; i < articles.size(); i++) {
            positions.put(articles.get(i), i);
            byPath.put(articles.get(i).contentPath(), articles.get(i));
        }
        this.groups = new EnumMap<>(GroupKind.class);
        groups.forEach((kind, list) -> this.groups.put(kind, List.copyOf(list)));
        this.tagsBySlug = new HashMap<>();
        groups.get(GroupKind.TAG).forEach(t -> tagsBySlug.put(t.slug(), t));
        this.years = List.copyOf(years);
        this.lead = lead(this.articles);
        List<Group> features = new ArrayList<>(groups.get(GroupKind.TAG));
        features.addAll(groups.get(GroupKind.SECTION));
        this.related = Related.of(this.articles, features, relatedItems);
    }

    /** The index stage: builds the index of the loaded articles. */
    public static SiteIndex build(List<Article> loaded, SiteConfig config) {
        ZoneId zone = config.timezone();
        List<Article> sorted = new ArrayList<>(loaded);
        sorted.sort(NEWEST_FIRST);
        Map<GroupKind, List<Group>> groups = new EnumMap<>(GroupKind.class);
        for (GroupKind kind : GroupKind.values()) {
            groups.put(kind, switch (kind) {
                case TAG -> tags(sorted);
                case SOURCE -> registered(kind, sorted, config.sources().values(), Source::id, Source::slug, Source::name,
                        a -> a.sourceId().stream().toList(), false);
                case SECTION -> registered(kind, sorted, config.sections().values(), Section::id, Section::slug,
                        Section::name, a -> a.section().stream().toList(), true);
                case AUTHOR -> registered(kind, sorted, config.authors().values(), Author::id, Author::slug, Author::name,
                        Article::authors, true);
            });
        }
        return new SiteIndex(sorted, groups, years(sorted, zone), config.relatedItems());
    }

    /**
     * The story that leads the home page: the newest one when it is breaking news, else the newest featured
     * one, else the newest.
     */
    private static Optional<Article> lead(List<Article> newestFirst) {
        if (newestFirst.isEmpty()) {
            return Optional.empty();
        }
        Article newest = newestFirst.get(0);
        if (newest.breaking()) {
            return Optional.of(newest);
        }
        return newestFirst.stream().filter(Article::featured).findFirst().or(() -> Optional.of(newest));
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

    /**
     * The groups of a registry, in its order: each entry's articles are those whose {@code ids} name it; entries
     * without articles are kept only when {@code keepEmpty} (sections and authors have pages of their own even
     * before their first story).
     */
    private static <R> List<Group> registered(GroupKind kind, List<Article> sorted, Collection<R> registry,
                                              Function<R, String> id, Function<R, String> slug,
                                              Function<R, String> name, Function<Article, List<String>> ids,
                                              boolean keepEmpty) {
        Map<String, List<Article>> byId = new HashMap<>();
        for (Article a : sorted) {
            List<String> named = ids.apply(a);
            for (int i = 0; i < named.size(); i++) {
                if (named.indexOf(named.get(i)) == i) {
                    byId.computeIfAbsent(named.get(i), k -> new ArrayList<>()).add(a);
                }
            }
        }
        List<Group> groups = new ArrayList<>();
        for (R entry : registry) {
            List<Article> list = byId.getOrDefault(id.apply(entry), List.of());
            if (keepEmpty || !list.isEmpty()) {
                groups.add(new Group(kind, id.apply(entry), slug.apply(entry), name.apply(entry), list));
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

    /**
     * The groups of a kind: tags by slug; sources in registry order (only those with articles); sections and
     * authors in registry order, every one.
     */
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
            case SOURCE, SECTION, AUTHOR -> groups(kind);
        };
    }

    /** The story that leads the home page: the newest when it is breaking news, else the newest featured, else the newest. */
    public Optional<Article> lead() {
        return lead;
    }

    /** The stories related to {@code article}, best first (see {@link Related}). */
    public List<Article> related(Article article) {
        int[] found = related[position(article)];
        List<Article> out = new ArrayList<>(found.length);
        for (int p : found) {
            out.add(articles.get(p));
        }
        return out;
    }

    /** Years that have articles, newest first. */
    public List<Archive.Year> years() {
        return years;
    }

    public Optional<Article> newest() {
        return articles.isEmpty() ? Optional.empty() : Optional.of(articles.get(0));
    }
}
