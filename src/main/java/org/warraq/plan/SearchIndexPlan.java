package org.warraq.plan;

import java.util.List;
import java.util.Optional;
import org.warraq.content.Article;
import org.warraq.routes.Route;

/**
 * A file, or the files, of a search index: made by the render stage from the articles' bodies (through the
 * load stage's {@code BodySource}, or what an earlier build cached of them). One {@link Terms} per index (per
 * edition), one {@link Result} per indexed article. Every kind is a record below, handled through
 * {@link Visitor}.
 */
public sealed interface SearchIndexPlan {
    /** Where the file is written ({@code index.json} for {@link Terms}: its other files are beside it). */
    Route route();

    <R> R accept(Visitor<R> visitor);

    /** What every consumer of search index plans implements: one method per kind. */
    interface Visitor<R> {
        R terms(Terms plan);

        R result(Result plan);
    }

    /**
     * One indexed article, with what the index reads besides its body.
     *
     * @param id      its number in the index: 0 for the oldest, so the newest has the highest (results prefer it)
     * @param article the article (its hash says whether what an earlier build made of its body still holds)
     * @param page    its page
     * @param tags    its tags as pages show them
     * @param section its section's name
     * @param authors its authors' names
     */
    record Entry(int id, Article article, Route page, List<String> tags, Optional<String> section,
                 List<String> authors) {
        public Entry {
            tags = List.copyOf(tags);
            authors = List.copyOf(authors);
        }
    }

    /**
     * {@code index.json}, the term shards and the parts of long lists, made from every entry's terms. Their
     * names and contents depend on all the articles' words, so each file is keyed by its bytes: an edit rewrites
     * only the files it changes.
     *
     * @param entries every indexed article, by id
     */
    record Terms(Route route, List<Entry> entries) implements SearchIndexPlan {
        public Terms {
            entries = List.copyOf(entries);
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.terms(this);
        }
    }

    /**
     * {@code d/<id>.json}: what a search result shows of one article, keyed by this plan.
     *
     * @param index the route of its index's {@link Terms}
     */
    record Result(Route route, Route index, Entry entry) implements SearchIndexPlan {
        public <R> R accept(Visitor<R> visitor) {
            return visitor.result(this);
        }
    }
}
