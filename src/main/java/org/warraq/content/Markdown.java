package org.warraq.content;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.LinkResolver;
import com.vladsch.flexmark.html.LinkResolverFactory;
import com.vladsch.flexmark.html.renderer.LinkResolverBasicContext;
import com.vladsch.flexmark.html.renderer.LinkStatus;
import com.vladsch.flexmark.html.renderer.LinkType;
import com.vladsch.flexmark.html.renderer.ResolvedLink;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.data.NullableDataKey;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.warraq.config.RawHtml;
import org.warraq.diag.Position;
import org.warraq.diag.Problems;
import org.warraq.files.ContentPaths;
import org.warraq.text.InlineText;
import org.warraq.text.Summaries;

/**
 * The one Markdown setup of a build: CommonMark with tables, strikethrough, autolinks and footnotes
 * (flexmark-java). Relative links and images are resolved through {@link Links}; links with unsafe
 * schemes are neutralised; raw HTML is escaped, sanitised or trusted as {@code raw_html} says; links to
 * other sites get {@code rel="noopener"}; images load lazily (and images of {@code content/} get their smaller
 * copies: {@link BodyImages}); an embed provider's address alone on a line becomes an embed ({@link Embeds}); when
 * a body uses level-1 headings, all its headings move down one level so the article's title stays the page's only
 * {@code <h1>}. Parsing and rendering run through {@link MarkdownRunner} (a big stack, a time budget) with
 * {@link LinearInlineParser}; bodies are checked against {@link MarkdownLimits} when they are read.
 */
public final class Markdown {
    private static final NullableDataKey<LinkState> STATE = new NullableDataKey<>("WARRAQ_LINK_STATE");
    private static final Set<String> SAFE_SCHEMES = Set.of("http", "https", "mailto", "tel");
    static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");
    /** Arabic comma, semicolon, question mark, full stop; guillemets, curly quotes, ellipsis. */
    private static final String TRAILING_PUNCTUATION = "\u060C\u061B\u061F\u06D4\u00BB\u00AB\u201D\u201C\u2019\u2026";
    private static final Pattern VOID_TAG_SLASH = Pattern.compile(
            "<(area|br|col|embed|hr|img|input|source|track|wbr)((?:\\s[^<>]*?)??)\\s*/>");

    private final Parser parser;
    private final HtmlRenderer renderer;
    private final RawHtml rawHtml;
    private final HtmlSanitizer sanitizer;
    private final String siteHost;
    private final MarkdownRunner runner = new MarkdownRunner();

    public Markdown(RawHtml rawHtml, URI baseUrl) {
        this.rawHtml = rawHtml;
        this.siteHost = baseUrl.getHost() == null ? "" : baseUrl.getHost().toLowerCase(Locale.ROOT);
        this.sanitizer = new HtmlSanitizer(siteHost);
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), StrikethroughExtension.create(),
                AutolinkExtension.create(), FootnoteExtension.create()));
        options.set(HtmlRenderer.ESCAPE_HTML, rawHtml == RawHtml.ESCAPE);
        options.set(TablesExtension.WITH_CAPTION, false);
        options.set(HtmlRenderer.SUPPRESSED_LINKS, "(?!)");
        parser = Parser.builder(options).customInlineParserFactory(LinearInlineParser::new)
                .paragraphPreProcessorFactory(new com.vladsch.flexmark.parser.core.ReferencePreProcessorFactory()).build();
        String host = siteHost;
        renderer = HtmlRenderer.builder(options)
                .linkResolverFactory(new ResolverFactory())
                .attributeProviderFactory(new IndependentAttributeProviderFactory() {
                    @Override
                    public AttributeProvider apply(com.vladsch.flexmark.html.renderer.LinkResolverContext context) {
                        return (node, part, attributes) -> {
                            String href = attributes.getValue("href");
                            if (href != null && !href.isEmpty() && isExternal(href, host)) {
                                attributes.replaceValue("rel", "noopener");
                            }
                            if (href != null && isWrittenOut(node)) {
                                // An address written out is read left to right in any paragraph: isolated, it
                                // neither joins the Arabic around it nor lets its slashes and dots wander.
                                attributes.replaceValue("dir", "ltr");
                            }
                            if (node instanceof com.vladsch.flexmark.ast.Image || node instanceof com.vladsch.flexmark.ast.ImageRef) {
                                attributes.replaceValue("loading", "lazy");
                                attributes.replaceValue("decoding", "async");
                                BodyImages.apply(node, attributes, STATE.get(context.getDocument()));
                            }
                            if (node instanceof TableCell cell && cell.getAlignment() != null) {
                                // No obsolete align="left|right": a class the theme maps to logical
                                // text-align, a colon on the start side meaning start in RTL and LTR alike.
                                attributes.remove("align");
                                attributes.addValue("class", switch (cell.getAlignment()) {
                                    case LEFT -> "align-start";
                                    case CENTER -> "align-center";
                                    case RIGHT -> "align-end";
                                });
                            }
                        };
                    }
                })
                .build();
    }

    /** A link whose text is its address: an autolink, or {@code [https://x.org](https://x.org)}. */
    private static boolean isWrittenOut(com.vladsch.flexmark.util.ast.Node node) {
        if (node instanceof com.vladsch.flexmark.ast.AutoLink || node instanceof com.vladsch.flexmark.ast.MailLink) {
            return true;
        }
        return node instanceof com.vladsch.flexmark.ast.Link link && link.getText().toString().equals(link.getUrl().toString());
    }

    /**
     * Renders {@code body} (which starts on line {@code bodyLine} of {@code file}); problems with its links
     * are added to {@code problems} with their positions.
     */
    public Body render(String body, String file, int bodyLine, Links links, Problems problems) {
        MarkdownRunner.Outcome<Rendered> outcome = runner.run(body, text -> {
            Problems found = new Problems();
            return new Rendered(renderNow(text, file, bodyLine, links, found), found);
        });
        if (!outcome.ok()) {
            problems.add(outcome.failure().problem(body, file, bodyLine));
            return new Body("", "", false);
        }
        problems.addAll(outcome.value().problems().list());
        return outcome.value().body();
    }

    /** A body and the problems found in it, handed back from the thread that rendered it. */
    private record Rendered(Body body, Problems problems) {
    }

    private Body renderNow(BudgetedText text, String file, int bodyLine, Links links, Problems problems) {
        String body = text.text();
        Document document = parser.parse(BasedSequence.of(text));
        demoteHeadingsIfNeeded(document);
        endAutolinksBeforeArabicPunctuation(document);
        List<Embed> embeds = Embeds.mark(document);
        LinkState state = new LinkState(links, file, bodyLine, body, problems);
        document.set(STATE, state);
        ControlReferences.warn(document, rawHtml != RawHtml.ESCAPE, state.lines(), file, problems);
        String html = htmlVoidTags(renderer.render(document));
        String feedHtml = html;
        if (state.sawRelative) {
            state.feed = true;
            feedHtml = htmlVoidTags(renderer.render(document));
        }
        if (rawHtml == RawHtml.SANITIZE && hasRawHtml(document)) {
            html = sanitizer.clean(html);
            feedHtml = state.sawRelative ? sanitizer.clean(feedHtml) : html;
        }
        if (!embeds.isEmpty()) {
            // Before the strip: an embed's placeholder is made of private-use characters, which it removes.
            html = Embeds.place(html, embeds, links::embed);
            feedHtml = Embeds.place(feedHtml, embeds, Embed::link);
        }
        String page = ControlReferences.strip(html);
        return new Body(page, feedHtml.equals(html) ? page : ControlReferences.strip(feedHtml), !embeds.isEmpty());
    }

    /**
     * HTML syntax for void elements: flexmark writes {@code <hr />}, {@code <br />} and {@code <img ... />},
     * whose trailing slash HTML ignores (the Nu HTML Checker warns about it).
     */
    static String htmlVoidTags(String html) {
        return html.indexOf("/>") < 0 ? html : VOID_TAG_SLASH.matcher(html).replaceAll("<$1$2>");
    }

    /** The first paragraph of {@code body} as plain text, cut for a summary; empty when there is none. */
    public String summary(String body) {
        MarkdownRunner.Outcome<String> outcome = runner.run(body, text -> {
            String source = MarkdownOutline.firstParagraphSource(text.text());
            if (source.isBlank()) {
                return "";
            }
            Node first = parser.parse(BasedSequence.of(text.sameBudget(source))).getFirstChildAny(Paragraph.class);
            if (first == null) {
                return "";
            }
            return Summaries.cut(new TextCollectingVisitor().collectAndGetText(first), Summaries.MAX_LENGTH);
        });
        return outcome.ok() ? outcome.value() : "";
    }

    /** Whether {@code url} leads off the site: an absolute or protocol-relative address on another host. */
    static boolean isExternal(String url, String siteHost) {
        String lower = url.toLowerCase(Locale.ROOT);
        String rest;
        if (lower.startsWith("https://")) {
            rest = lower.substring(8);
        } else if (lower.startsWith("http://")) {
            rest = lower.substring(7);
        } else if (lower.startsWith("//")) {
            rest = lower.substring(2);
        } else {
            return false;
        }
        int end = rest.length();
        for (int i = 0; i < rest.length(); i++) {
            char c = rest.charAt(i);
            if (c == '/' || c == '?' || c == '#' || c == ':') {
                end = i;
                break;
            }
        }
        return !rest.substring(0, end).equals(siteHost);
    }

    private static void demoteHeadingsIfNeeded(Document document) {
        List<Heading> headings = new ArrayList<>();
        for (Node node : document.getDescendants()) {
            if (node instanceof Heading heading) {
                headings.add(heading);
            }
        }
        if (headings.stream().anyMatch(h -> h.getLevel() == 1)) {
            headings.forEach(h -> h.setLevel(Math.min(6, h.getLevel() + 1)));
        }
    }

    /**
     * Bare URLs and e-mail addresses followed by Arabic punctuation ("www.example.sa،", "…/path؟") are
     * linked without it: the autolinker counts the Arabic comma, question mark and guillemets as part of
     * the address, which breaks the link.
     */
    private static void endAutolinksBeforeArabicPunctuation(Document document) {
        List<Node> links = new ArrayList<>();
        for (Node node : document.getDescendants()) {
            if (node instanceof AutoLink || node instanceof MailLink) {
                links.add(node);
            }
        }
        for (Node node : links) {
            BasedSequence chars = node.getChars();
            int end = chars.length();
            while (end > 0 && TRAILING_PUNCTUATION.indexOf(chars.charAt(end - 1)) >= 0) {
                end--;
            }
            if (end == chars.length() || end == 0) {
                continue;
            }
            BasedSequence address = chars.subSequence(0, end);
            Node link = node instanceof MailLink ? new MailLink(BasedSequence.NULL, address, BasedSequence.NULL)
                    : new AutoLink(BasedSequence.NULL, address, BasedSequence.NULL);
            link.appendChild(new Text(address));
            node.insertBefore(link);
            node.insertBefore(new Text(chars.subSequence(end)));
            node.unlink();
        }
    }

    private static boolean hasRawHtml(Document document) {
        for (Node node : document.getDescendants()) {
            if (node instanceof HtmlBlockBase || node instanceof HtmlInlineBase) {
                return true;
            }
        }
        return false;
    }

    /** Per-render state handed to the link resolver through the document. */
    static final class LinkState {
        final Links links;
        final String file;
        final int bodyLine;
        final String body;
        final Problems problems;
        boolean feed;
        boolean sawRelative;

        /** Built for the first problem: a body with many problems would otherwise be scanned once for each. */
        private LineIndex lines;

        LineIndex lines() {
            if (lines == null) {
                lines = new LineIndex(body, bodyLine);
            }
            return lines;
        }

        LinkState(Links links, String file, int bodyLine, String body, Problems problems) {
            this.links = links;
            this.file = file;
            this.bodyLine = bodyLine;
            this.body = body;
            this.problems = problems;
        }

        void report(Node node, boolean error, String message, String hint) {
            if (feed) {
                return;
            }
            Position at = lines().position(node.getStartOffset());
            if (error) {
                problems.error(file, at, message, hint);
            } else {
                problems.warning(file, at, message, hint);
            }
        }
    }

    private static final class ResolverFactory implements LinkResolverFactory {
        @Override
        public Set<Class<?>> getAfterDependents() {
            return null;
        }

        @Override
        public Set<Class<?>> getBeforeDependents() {
            return null;
        }

        @Override
        public boolean affectsGlobalScope() {
            return false;
        }

        @Override
        public LinkResolver apply(LinkResolverBasicContext context) {
            return (node, ctx, link) -> resolve(node, STATE.get(ctx.getDocument()), link);
        }
    }

    private static ResolvedLink resolve(Node node, LinkState state, ResolvedLink link) {
        String url = link.getUrl();
        boolean plain = link.getLinkType() == LinkType.LINK || link.getLinkType() == LinkType.IMAGE;
        if (state == null || !plain || node instanceof MailLink || url.isEmpty() || url.startsWith("#")
                || url.startsWith("//")) {
            return link;
        }
        if (SCHEME.matcher(url).find()) {
            String scheme = url.substring(0, url.indexOf(':')).toLowerCase(Locale.ROOT);
            if (SAFE_SCHEMES.contains(scheme)) {
                return link;
            }
            state.report(node, false, "link with a '" + scheme + ":' address removed",
                    "only http, https, mailto and tel links are kept");
            return link.withUrl("#").withStatus(LinkStatus.INVALID);
        }
        if (url.regionMatches(true, 0, "www.", 0, 4)) {
            return link;
        }
        state.sawRelative = true;
        int cut = firstIndexOf(url, '#', '?');
        String suffix = cut < 0 ? "" : url.substring(cut);
        String decoded = ContentPaths.pathOf(url);
        Optional<String> target = state.feed ? state.links.absolute(decoded) : state.links.onPage(decoded);
        if (target.isEmpty()) {
            state.report(node, true, "'" + InlineText.clean(url) + "' points at no file in content/",
                    "check the file name; paths are relative to this article's folder");
            return link;
        }
        return link.withUrl(target.get() + suffix).withStatus(LinkStatus.VALID);
    }

    private static int firstIndexOf(String s, char a, char b) {
        int i = s.indexOf(a);
        int j = s.indexOf(b);
        if (i < 0) {
            return j;
        }
        return j < 0 ? i : Math.min(i, j);
    }
}
