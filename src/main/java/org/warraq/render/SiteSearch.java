package org.warraq.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.warraq.content.Article;
import org.warraq.content.Body;
import org.warraq.diag.Problems;
import org.warraq.output.Sink;
import org.warraq.plan.SearchIndexPlan;
import org.warraq.routes.Route;
import org.warraq.search.SearchDocument;
import org.warraq.search.SearchFile;
import org.warraq.search.SearchIndexer;
import org.warraq.search.SearchResult;
import org.warraq.search.TermCache;
import org.warraq.util.Fingerprint;
import org.warraq.util.Workers;

/**
 * The search indexes of a build, one per {@link SearchIndexPlan.Terms}. An article whose file an earlier build
 * indexed is taken from the {@link TermCache}; any other is indexed from its body when the page pass renders
 * it ({@link #rendered}), or, when its page was current, rendered for the index afterwards. Then the index's
 * files and the result files whose key changed are written.
 */
final class SiteSearch {
    private final Map<Route, SearchIndexer> indexers = new HashMap<>();
    private final List<SearchIndexPlan.Terms> terms = new ArrayList<>();
    private final List<SearchIndexPlan.Result> results = new ArrayList<>();
    private final Map<String, Pending> pending = new ConcurrentHashMap<>();
    private int files;

    /** An article still to index: its entry, the key of what is made of it, and the index it goes in. */
    private record Pending(SearchIndexPlan.Entry entry, String key, SearchIndexer indexer) {
    }

    SiteSearch(List<SearchIndexPlan> plans, TermCache cache) {
        SearchIndexPlan.Visitor<Boolean> sorter = new SearchIndexPlan.Visitor<>() {
            @Override
            public Boolean terms(SearchIndexPlan.Terms plan) {
                return terms.add(plan);
            }

            @Override
            public Boolean result(SearchIndexPlan.Result plan) {
                return results.add(plan);
            }
        };
        plans.forEach(p -> p.accept(sorter));
        for (SearchIndexPlan.Terms plan : terms) {
            SearchIndexer indexer = new SearchIndexer(plan.entries().size(), cache);
            indexers.put(plan.route(), indexer);
            for (SearchIndexPlan.Entry e : plan.entries()) {
                String key = new Fingerprint().add(e.article().hash()).add(e.tags()).add(e.section()).add(e.authors()).hex();
                if (!indexer.fromCache(e.id(), key)) {
                    pending.put(e.article().contentPath(), new Pending(e, key, indexer));
                }
            }
        }
    }

    /** Indexes an article whose body was just rendered, if it is still to index; from any thread. */
    void rendered(Article article, Body body) {
        Pending p = pending.remove(article.contentPath());
        if (p != null) {
            SearchIndexPlan.Entry e = p.entry();
            p.indexer().add(e.id(), p.key(), new SearchDocument(article.title(), article.summary(), e.tags(), e.section(),
                    e.authors(), article.dateline(), body.html()));
        }
    }

    /**
     * Renders the bodies of the articles not indexed yet (their pages were current: rendering indexes them),
     * then writes the indexes' files and the result files whose key changed. An article's body and date are
     * those of its edition: {@code bodies} and {@code parts} by language.
     */
    void write(Sink sink, Workers workers, Function<String, Bodies> bodies, Function<String, ViewParts> parts,
               String salt, Problems problems) {
        List<Article> left = new ArrayList<>(pending.values().stream().map(p -> p.entry().article()).toList());
        left.sort(Comparator.comparing(Article::contentPath));
        workers.each(left, a -> bodies.apply(a.language()).body(a, problems));
        for (SearchIndexPlan.Terms plan : terms) {
            for (SearchFile file : indexers.get(plan.route()).files()) {
                files++;
                emit(sink, plan.route().sibling(file.path()), file.key(), file.bytes());
            }
        }
        workers.each(results, plan -> {
            String key = new Fingerprint().add(salt).add(plan).hex();
            if (!sink.isCurrent(plan.route().filePath(), key)) {
                SearchIndexPlan.Entry e = plan.entry();
                Article a = e.article();
                ViewParts edition = parts.apply(a.language());
                SearchResult result = new SearchResult(e.page().urlPath(), a.title(), edition.date(a.date()).text(),
                        ViewParts.iso(a.date()), e.section(), e.authors(), a.summary());
                sink.write(plan.route().filePath(), key, result.json(indexers.get(plan.index()).excerpt(e.id())));
            }
        });
        files += results.size();
    }

    private static void emit(Sink sink, Route route, String key, byte[] bytes) {
        if (!sink.isCurrent(route.filePath(), key)) {
            sink.write(route.filePath(), key, bytes);
        }
    }

    /** How many files the indexes have (known once {@link #write} ran). */
    int files() {
        return files;
    }
}
