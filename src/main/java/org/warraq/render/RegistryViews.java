package org.warraq.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.warraq.config.Author;
import org.warraq.config.Section;
import org.warraq.config.SiteConfig;
import org.warraq.config.SocialNetwork;
import org.warraq.content.Article;
import org.warraq.index.GroupKind;
import org.warraq.plan.ShareImage;
import org.warraq.render.view.Byline;
import org.warraq.render.view.GroupView;
import org.warraq.render.view.ImageView;
import org.warraq.render.view.Link;
import org.warraq.routes.Route;
import org.warraq.routes.Routes;

/**
 * What pages show of the sections and authors registries: bylines that link registered authors, their
 * {@code Person}s in JSON-LD, the group views at the top of section and author pages, and the image social
 * networks get for a page (never an SVG, which they do not show).
 */
final class RegistryViews {
    private final ViewParts parts;
    private final SiteConfig config;
    private final Routes routes;

    RegistryViews(ViewParts parts) {
        this.parts = parts;
        this.config = parts.config();
        this.routes = parts.routes();
    }

    /** An article's byline as seen from {@code here}: registered authors link to their page. */
    List<Byline> bylines(Route here, List<String> authors) {
        return authors.stream().map(name -> config.author(name)
                .map(a -> new Byline(a.name(), routes.href(here, authorPage(a))))
                .orElseGet(() -> new Byline(name, null))).toList();
    }

    /** An article's authors for JSON-LD: registered ones with their page and profiles. */
    List<JsonLd.Person> persons(List<String> authors) {
        return authors.stream().map(name -> config.author(name).map(this::person)
                .orElseGet(() -> new JsonLd.Person(name, null, List.of()))).toList();
    }

    JsonLd.Person person(Author a) {
        List<String> sameAs = new ArrayList<>();
        a.url().ifPresent(sameAs::add);
        a.social().forEach((network, url) -> {
            if (network != SocialNetwork.EMAIL && !sameAs.contains(url)) {
                sameAs.add(url);
            }
        });
        return new JsonLd.Person(a.name(), routes.absolute(authorPage(a)), sameAs);
    }

    GroupView section(Route here, Section s) {
        return new GroupView(s.name(), s.name(), routes.href(here, routes.group(GroupKind.SECTION, s.slug(), 1)), null,
                null, s.description().orElse(null), null, List.of());
    }

    GroupView author(Route here, Author a) {
        List<Link> links = new ArrayList<>();
        for (Map.Entry<SocialNetwork, String> e : a.social().entrySet()) {
            links.add(new Link(parts.word("social_" + e.getKey().key()), e.getValue()));
        }
        ImageView photo = a.image().map(src -> parts.pictures().view(here, src, a.name())).orElse(null);
        return new GroupView(a.name(), a.name(), routes.href(here, authorPage(a)), a.url().orElse(null), null,
                a.bio().orElse(null), photo, links);
    }

    /** An image for social networks and its text alternative. */
    record Shared(ShareImage image, String alt) {
    }

    /**
     * The image social networks get for an article: its lead image, else its section's {@code image}, else the
     * site's {@code og_image}; never an SVG.
     */
    Optional<Shared> shareImage(Article a) {
        Pictures pictures = parts.pictures();
        Optional<Section> section = a.section().map(config.sections()::get);
        return a.image().flatMap(i -> pictures.share(i.src()).map(s -> new Shared(s, i.alt())))
                .or(() -> section.flatMap(s -> s.image().flatMap(pictures::share).map(i -> new Shared(i, s.name()))))
                .or(() -> pictures.site().map(i -> new Shared(i, config.title())));
    }

    /** The image social networks get for a section's or an author's page: its image, unless an SVG. */
    Optional<ShareImage> shareImage(Optional<String> src) {
        return src.flatMap(parts.pictures()::share);
    }

    private Route authorPage(Author a) {
        return routes.group(GroupKind.AUTHOR, a.slug(), 1);
    }
}
