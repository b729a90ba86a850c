package org.warraq.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.warraq.config.SiteConfig;
import org.warraq.plan.ShareImage;
import org.warraq.render.view.Html;
import org.warraq.render.view.Link;

/**
 * schema.org JSON-LD, produced with Jackson (never by string templating). The output escapes {@code <},
 * {@code >}, {@code &} and the JavaScript line separators, so no value can close the
 * {@code <script type="application/ld+json">} element it is printed in.
 */
final class JsonLd {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    static {
        MAPPER.getFactory().setCharacterEscapes(new ScriptSafeEscapes());
    }

    private JsonLd() {
    }

    /** Facts about one article for its NewsArticle. */
    record ArticleFacts(String headline, String description, String url, String published, String modified,
                        List<Person> authors, List<ShareImage> images, String dateline, String sourceName,
                        String sourceUrl, String basedOn, List<String> keywords, String section,
                        List<Correction> corrections) {
    }

    /**
     * A schema.org Person: an author.
     *
     * @param url    the author's page on the site (registered authors), or null
     * @param sameAs the author's pages elsewhere (own site, profiles)
     */
    record Person(String name, String url, List<String> sameAs) {
    }

    /** A correction: its text and its ISO 8601 date. */
    record Correction(String text, String date) {
    }

    static ObjectNode object(String type) {
        ObjectNode node = NODES.objectNode();
        node.put("@context", "https://schema.org");
        node.put("@type", type);
        return node;
    }

    static Html newsArticle(ArticleFacts a, SiteConfig site, String logoUrl) {
        ObjectNode node = object("NewsArticle");
        node.put("headline", a.headline());
        if (!a.description().isEmpty()) {
            node.put("description", a.description());
        }
        node.put("url", a.url());
        node.putObject("mainEntityOfPage").put("@type", "WebPage").put("@id", a.url());
        node.put("datePublished", a.published());
        node.put("dateModified", a.modified());
        node.put("inLanguage", site.language());
        if (!a.authors().isEmpty()) {
            ArrayNode authors = node.putArray("author");
            a.authors().forEach(p -> authors.add(person(p)));
        }
        if (a.section() != null) {
            node.put("articleSection", a.section());
        }
        node.set("publisher", publisher(site, logoUrl));
        if (!a.images().isEmpty()) {
            ArrayNode images = node.putArray("image");
            a.images().forEach(image -> images.add(image(image)));
        }
        if (a.dateline() != null) {
            node.put("dateline", a.dateline());
        }
        if (a.sourceName() != null) {
            ObjectNode source = node.putObject("sourceOrganization").put("@type", "Organization").put("name", a.sourceName());
            if (a.sourceUrl() != null) {
                source.put("url", a.sourceUrl());
            }
        }
        if (a.basedOn() != null) {
            node.put("isBasedOn", a.basedOn());
        }
        if (!a.keywords().isEmpty()) {
            ArrayNode keywords = node.putArray("keywords");
            a.keywords().forEach(keywords::add);
        }
        if (!a.corrections().isEmpty()) {
            ArrayNode corrections = node.putArray("correction");
            a.corrections().forEach(c -> corrections.addObject().put("@type", "CorrectionComment")
                    .put("text", c.text()).put("datePublished", c.date()));
        }
        return html(node);
    }

    static ObjectNode person(Person p) {
        ObjectNode person = NODES.objectNode().put("@type", "Person").put("name", p.name());
        if (p.url() != null) {
            person.put("url", p.url());
        }
        if (!p.sameAs().isEmpty()) {
            ArrayNode sameAs = person.putArray("sameAs");
            p.sameAs().forEach(sameAs::add);
        }
        return person;
    }

    static Html webSite(SiteConfig site, String url, String logoUrl) {
        ObjectNode node = object("WebSite");
        node.put("name", site.title());
        node.put("url", url);
        if (!site.description().isEmpty()) {
            node.put("description", site.description());
        }
        node.put("inLanguage", site.language());
        node.set("publisher", publisher(site, logoUrl));
        return html(node);
    }

    /** A list page: CollectionPage with its BreadcrumbList; crumbs carry absolute URLs. */
    static Html collectionPage(SiteConfig site, String name, String url, List<Link> crumbs) {
        return html(collection(site, name, url, crumbs));
    }

    /** An author's page: a ProfilePage whose main entity is the author, with its BreadcrumbList. */
    static Html profilePage(SiteConfig site, String name, String url, List<Link> crumbs, Person author,
                            String description, ShareImage image) {
        ObjectNode node = collection(site, name, url, crumbs);
        node.put("@type", "ProfilePage");
        ObjectNode person = node.putObject("mainEntity");
        person.setAll(person(author));
        if (description != null) {
            person.put("description", description);
        }
        if (image != null) {
            person.set("image", image(image));
        }
        return html(node);
    }

    /** An image: an ImageObject with its size when known, else its URL. */
    private static JsonNode image(ShareImage image) {
        if (image.width() > 0) {
            return NODES.objectNode().put("@type", "ImageObject").put("url", image.url())
                    .put("width", image.width()).put("height", image.height());
        }
        return NODES.textNode(image.url());
    }

    private static ObjectNode collection(SiteConfig site, String name, String url, List<Link> crumbs) {
        ObjectNode node = object("CollectionPage");
        node.put("name", name);
        node.put("url", url);
        node.put("inLanguage", site.language());
        node.putObject("isPartOf").put("@type", "WebSite").put("name", site.title()).put("url", site.baseUrl().toString());
        if (!crumbs.isEmpty()) {
            ObjectNode list = node.putObject("breadcrumb").put("@type", "BreadcrumbList");
            ArrayNode items = list.putArray("itemListElement");
            for (int i = 0; i < crumbs.size(); i++) {
                items.addObject().put("@type", "ListItem").put("position", i + 1)
                        .put("name", crumbs.get(i).text()).put("item", crumbs.get(i).url());
            }
        }
        return node;
    }

    private static ObjectNode publisher(SiteConfig site, String logoUrl) {
        ObjectNode publisher = NODES.objectNode().put("@type", "Organization").put("name", site.title())
                .put("url", site.baseUrl().toString());
        if (logoUrl != null) {
            publisher.putObject("logo").put("@type", "ImageObject").put("url", logoUrl);
        }
        return publisher;
    }

    private static Html html(ObjectNode node) {
        try {
            return new Html(MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(node));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }

    /** Escapes the characters that could end a script element or break older JavaScript parsers. */
    private static final class ScriptSafeEscapes extends CharacterEscapes {
        private static final long serialVersionUID = 1L;
        private final int[] table;

        ScriptSafeEscapes() {
            table = standardAsciiEscapesForJSON();
            table['<'] = ESCAPE_STANDARD;
            table['>'] = ESCAPE_STANDARD;
            table['&'] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return table;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            if (ch == 0x2028) {
                return new SerializedString("\\u2028");
            }
            if (ch == 0x2029) {
                return new SerializedString("\\u2029");
            }
            return null;
        }
    }
}
