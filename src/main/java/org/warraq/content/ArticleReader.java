package org.warraq.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.warraq.config.Edition;
import org.warraq.diag.Suggestions;
import org.warraq.config.SiteConfig;
import org.warraq.diag.IoCause;
import org.warraq.diag.Position;
import org.warraq.diag.Problem;
import org.warraq.diag.Problems;
import org.warraq.files.ContentPaths;
import org.warraq.files.SourceText;
import org.warraq.text.BidiControls;
import org.warraq.text.InlineText;
import org.warraq.text.Slugs;
import org.warraq.util.Urls;
import org.warraq.yaml.YamlFields;
import org.warraq.yaml.YamlList;
import org.warraq.yaml.YamlMap;
import org.warraq.yaml.YamlNode;
import org.warraq.yaml.YamlReader;
import org.warraq.yaml.YamlScalar;

/**
 * Reads one article file: bytes, text, front matter, and the few things list pages need from the body
 * (summary, word count). Every problem of the file is collected; a file with an error gives no article.
 */
final class ArticleReader {
    /** The front-matter keys of DESIGN.md. */
    public static final Set<String> KEYS = Set.of("title", "date", "updated", "slug", "dateline", "source",
            "source_url", "author", "tags", "summary", "image", "draft", "section", "featured", "breaking",
            "corrections", "aliases", "language", "translation_key");
    private static final Set<String> IMAGE_KEYS = Set.of("src", "alt", "caption", "credit");

    private final SiteConfig config;
    private final Path contentDir;
    private final String contentName;
    private final Markdown markdown;
    private final YamlReader yaml;

    /** One read of one file: the article, or the problems that stopped it (warnings may come with either). */
    public record Result(Optional<Article> article, List<Problem> problems) {
    }

    ArticleReader(SiteConfig config, Path contentDir, String contentName, Markdown markdown) {
        this.config = config;
        this.contentDir = contentDir;
        this.contentName = contentName;
        this.markdown = markdown;
        this.yaml = new YamlReader((int) Math.min(Integer.MAX_VALUE, config.maxFileBytes()));
    }

    /** The path problems name for a content-relative path, e.g. "content/2024/x.md". */
    public String display(String contentPath) {
        return contentName + "/" + contentPath;
    }

    public Result read(String contentPath) {
        String file = display(contentPath);
        Problems problems = new Problems();
        Optional<byte[]> bytes = bytes(contentPath, file, problems);
        if (bytes.isEmpty()) {
            return new Result(Optional.empty(), problems.list());
        }
        Optional<String> text = SourceText.decode(bytes.get(), file, problems);
        Optional<FrontMatter> split = text.flatMap(t -> FrontMatter.split(t, file, problems));
        if (split.isEmpty()) {
            return new Result(Optional.empty(), problems.list());
        }
        FrontMatter fm = split.get();
        Optional<YamlNode> tree = yaml.read(fm.yaml(), file, fm.yamlLine() - 1, problems);
        if (tree.isEmpty()) {
            return new Result(Optional.empty(), problems.list());
        }
        if (!(tree.get() instanceof YamlMap map)) {
            problems.error(file, new Position(fm.yamlLine(), 1), "front matter must be 'key: value' lines",
                    "e.g. title: ... and date: ...");
            return new Result(Optional.empty(), problems.list());
        }
        Optional<Article> article = bind(new YamlFields(map, file, problems), contentPath, fm, hash(bytes.get()));
        return new Result(problems.hasErrors() ? Optional.empty() : article, problems.list());
    }

    /** Reads the body of {@code article} again; a problem when the file changed since it was loaded. */
    Optional<BodySource.Text> body(Article article, Problems problems) {
        Optional<byte[]> bytes = bytes(article.contentPath(), article.file(), problems);
        if (bytes.isEmpty()) {
            return Optional.empty();
        }
        if (!hash(bytes.get()).equals(article.hash())) {
            problems.error(article.file(), Position.START, "file changed while the site was being built",
                    "build again");
            return Optional.empty();
        }
        return SourceText.decode(bytes.get(), article.file(), problems)
                .flatMap(t -> FrontMatter.split(t, article.file(), problems))
                .map(fm -> new BodySource.Text(BodyText.clean(fm.body()), fm.bodyLine()));
    }

    /** The folder articles are read from. */
    Path contentDir() {
        return contentDir;
    }

    /**
     * Where {@code article} names {@code written}: its lead image's {@code src:} value, or the first place its
     * body has it. Read again from the file: only needed when that image is at fault.
     */
    Position referenceAt(Article article, String written, boolean lead) {
        Problems ignored = new Problems();
        Optional<FrontMatter> fm = bytes(article.contentPath(), article.file(), ignored)
                .flatMap(b -> SourceText.decode(b, article.file(), ignored))
                .flatMap(t -> FrontMatter.split(t, article.file(), ignored));
        if (fm.isEmpty()) {
            return Position.START;
        }
        if (lead) {
            return yaml.read(fm.get().yaml(), article.file(), fm.get().yamlLine() - 1, ignored)
                    .filter(YamlMap.class::isInstance).map(YamlMap.class::cast)
                    .flatMap(m -> m.get("image")).filter(YamlMap.class::isInstance).map(YamlMap.class::cast)
                    .flatMap(m -> m.get("src")).map(YamlNode::at).orElse(Position.START);
        }
        int at = fm.get().body().indexOf(written);
        return at < 0 ? new Position(fm.get().bodyLine(), 1) : Position.inText(fm.get().body(), at, fm.get().bodyLine());
    }

    private Optional<byte[]> bytes(String contentPath, String file, Problems problems) {
        Path path = contentDir.resolve(contentPath);
        if (Files.exists(path) && !Files.isRegularFile(path)) {
            problems.warning(file, Position.NONE, "skipped: " + ContentScanner.special(path) + ", not a file",
                    "only files and folders are published; remove it");
            return Optional.empty();
        }
        try {
            long size = Files.size(path);
            if (size > config.maxFileBytes()) {
                problems.error(file, Position.START,
                        String.format(Locale.ROOT, "file is %.2f MB, over the limit of %d MB",
                                Math.ceil(size / 10485.76) / 100, config.maxFileBytes() / 1048576),
                        "split the article, or raise max_file_size_mb in site.yaml");
                return Optional.empty();
            }
            return Optional.of(Files.readAllBytes(path));
        } catch (IOException e) {
            problems.add(IoCause.of(e).problem(file));
            return Optional.empty();
        }
    }

    private Optional<Article> bind(YamlFields f, String contentPath, FrontMatter fm, String hash) {
        String file = f.path();
        Position top = Position.START;
        f.rejectUnknown(KEYS, config.extraKeys());

        Optional<String> title = f.requiredText("title", top, "every article needs a headline: title: ...")
                .map(InlineText::clean);
        if (title.isPresent() && title.get().isEmpty()) {
            f.error(f.entry("title").orElseThrow().keyAt(), "'title' is empty", "every article needs a headline");
            title = Optional.empty();
        }
        Optional<OffsetDateTime> date = f.requiredText("date", top, "e.g. date: 2024-02-26T14:30:00+01:00")
                .flatMap(raw -> date(f, "date", raw));
        Optional<OffsetDateTime> updated = f.text("updated").flatMap(raw -> date(f, "updated", raw));
        if (date.isPresent() && updated.isPresent() && updated.get().isBefore(date.get())) {
            f.warning(valueAt(f, "updated"), "'updated' is earlier than 'date'", "an update comes after publication");
        }
        String slug = slug(f, title.orElse(""), contentPath);
        Optional<String> dateline = f.text("dateline").map(InlineText::clean).filter(s -> !s.isEmpty());
        EditorialKeys editorial = new EditorialKeys(f, config);
        Optional<String> sourceId = editorial.registryId("source", config.sources(), "sources");
        Optional<String> section = editorial.registryId("section", config.sections(), "sections");
        Optional<String> sourceUrl = f.text("source_url").map(String::strip).filter(s -> !s.isEmpty());
        if (sourceUrl.isPresent() && !Urls.isHttp(sourceUrl.get())) {
            f.error(valueAt(f, "source_url"), "'source_url' must be an http:// or https:// address", "");
            sourceUrl = Optional.empty();
        }
        List<String> authors = f.textList("author").stream().map(InlineText::clean).filter(s -> !s.isEmpty()).toList();
        editorial.checkAuthors(authors);
        List<Correction> corrections = editorial.corrections();
        if (!corrections.isEmpty()) {
            OffsetDateTime newest = corrections.get(corrections.size() - 1).date();
            if (date.isPresent() && newest.isBefore(date.get())) {
                f.warning(editorial.valueAt("corrections"), "a correction is dated before the article", "a correction comes after publication");
            }
            if (updated.isEmpty() || newest.isAfter(updated.get())) {
                updated = Optional.of(newest);
            }
        }
        List<Alias> aliases = editorial.aliases();
        List<TagName> tags = tags(f);
        Optional<String> summary = f.text("summary").map(InlineText::clean).filter(s -> !s.isEmpty());
        Optional<Image> image = image(f, contentPath);
        boolean draft = f.bool("draft").orElse(false);
        String language = language(f, contentPath);
        Optional<String> translationKey = f.text("translation_key").map(InlineText::clean).filter(s -> !s.isEmpty());
        boolean featured = f.bool("featured").orElse(false);
        boolean breaking = f.bool("breaking").orElse(false);
        Map<String, String> params = new LinkedHashMap<>();
        for (YamlMap.Entry e : f.map().entries()) {
            if (config.extraKeys().contains(e.key()) && e.value() instanceof YamlScalar s && !s.isNull()) {
                params.put(e.key(), s.text());
            }
        }

        String body = fm.body();
        int removed = BodyText.firstRemoved(body);
        if (removed >= 0) {
            f.warning(Position.inText(body, removed, fm.bodyLine()), String.format(Locale.ROOT,
                    "control character U+%04X removed from the text", body.codePointAt(removed)),
                    "it was probably pasted from another system");
            body = BodyText.clean(body);
        }
        unbalancedBidi(f, fm.yaml(), fm.yamlLine());
        unbalancedBidi(f, fm.body(), fm.bodyLine());
        if (body.isBlank()) {
            f.warning(new Position(fm.bodyLine() - 1, 1), "article has no text after the front matter", "");
        }
        List<Problem> beyondLimits = MarkdownLimits.check(body, file, fm.bodyLine());
        f.problems().addAll(beyondLimits);
        if (title.isEmpty() || date.isEmpty() || slug.isEmpty() || !beyondLimits.isEmpty()) {
            return Optional.empty();
        }
        String finalSummary = summary.orElseGet(() -> markdown.summary(fm.body()));
        return Optional.of(new Article(file, contentPath, title.get(), date.get(), updated, slug, dateline,
                sourceId, sourceUrl, authors, tags, finalSummary, image, draft, params, hash,
                MarkdownOutline.countWords(body),
                f.entry("slug").or(() -> f.entry("title")).map(e -> e.keyAt()).orElse(Position.START),
                MarkdownOutline.relativeReferences(body), section, featured, breaking, corrections, aliases,
                language, translationKey));
    }

    /**
     * The edition an article belongs to: the one whose folder it is in ({@code content/fr/…}), or the one its
     * {@code language:} names; the main edition when neither says. Both saying different things is an error.
     */
    private String language(YamlFields f, String contentPath) {
        String folder = contentPath.contains("/") ? contentPath.substring(0, contentPath.indexOf('/')) : "";
        Optional<Edition> byFolder = config.editions().stream().filter(e -> !e.main() && e.path().equals(folder)).findFirst();
        Optional<String> key = f.text("language").map(String::strip);
        if (key.isEmpty()) {
            return byFolder.orElse(config.edition()).language();
        }
        Optional<Edition> named = config.editions().stream().filter(e -> e.language().equalsIgnoreCase(key.get())).findFirst();
        if (named.isEmpty()) {
            List<String> languages = config.editions().stream().map(Edition::language).toList();
            f.error(valueAt(f, "language"), "the site has no edition in '" + key.get() + "'",
                    Suggestions.closest(key.get(), languages).map(l -> "did you mean '" + l + "'? ").orElse("")
                            + "editions: " + String.join(", ", languages) + " (add one under editions: in site.yaml)");
            return config.edition().language();
        }
        if (byFolder.isPresent() && !byFolder.get().equals(named.get())) {
            f.error(valueAt(f, "language"), "the article is in content/" + folder + "/, the folder of the '"
                    + byFolder.get().language() + "' edition, but says language: " + key.get(),
                    "move the file or remove language:");
        }
        return named.get().language();
    }

    /** A warning at the first bidi control of {@code text} that is removed because nothing closes it. */
    private static void unbalancedBidi(YamlFields f, String text, int firstLine) {
        int at = BidiControls.firstUnbalanced(text);
        if (at >= 0) {
            f.warning(Position.inText(text, at, firstLine), String.format(Locale.ROOT,
                    "unbalanced bidi control U+%04X removed", (int) text.charAt(at)),
                    "an embedding, override or isolate must end on its line (U+202C or U+2069); closed ones are kept as isolates");
        }
    }

    private Optional<OffsetDateTime> date(YamlFields f, String key, String raw) {
        return Dates.parse(raw, config.timezone(), f.path(), valueAt(f, key), f.problems());
    }

    private String slug(YamlFields f, String title, String contentPath) {
        Optional<String> explicit = f.text("slug");
        if (explicit.isPresent()) {
            Optional<String> refused = Slugs.refuse(explicit.get());
            if (refused.isPresent()) {
                f.error(valueAt(f, "slug"), refused.get(), "use words and hyphens only, e.g. slug: morocco-france-talks");
                return "";
            }
            return Slugs.slugify(explicit.get());
        }
        if (title.isEmpty()) {
            return "";
        }
        String slug = Slugs.slugify(title);
        if (slug.isEmpty()) {
            String name = contentPath.substring(contentPath.lastIndexOf('/') + 1);
            slug = Slugs.slugify(name.replaceFirst("\\.[^.]*$", ""));
        }
        if (slug.isEmpty()) {
            f.error(valueAt(f, "title"), "cannot make a URL slug from this title (it has no letters or digits)",
                    "add slug: with a few words");
        }
        return slug;
    }

    private List<TagName> tags(YamlFields f) {
        Optional<YamlMap.Entry> entry = f.entry("tags");
        if (entry.isEmpty()) {
            return List.of();
        }
        List<YamlNode> nodes = entry.get().value() instanceof YamlList list ? list.items() : List.of(entry.get().value());
        List<String> values = f.textList("tags");
        if (values.size() != nodes.size()) {
            return List.of();
        }
        Map<String, TagName> bySlug = new LinkedHashMap<>();
        for (int i = 0; i < values.size(); i++) {
            String tag = InlineText.clean(values.get(i));
            if (tag.isEmpty()) {
                continue;
            }
            String slug = Slugs.slugify(tag);
            if (slug.isEmpty()) {
                f.error(nodes.get(i).at(), "tag '" + tag + "' has no letters or digits", "remove it or write it in words");
                continue;
            }
            bySlug.putIfAbsent(slug, new TagName(tag, slug));
        }
        return List.copyOf(bySlug.values());
    }

    private Optional<Image> image(YamlFields f, String contentPath) {
        Optional<YamlMap.Entry> entry = f.entry("image");
        if (entry.isEmpty()) {
            return Optional.empty();
        }
        if (!(entry.get().value() instanceof YamlMap map)) {
            if (!(entry.get().value() instanceof YamlScalar s && s.isNull())) {
                f.error(entry.get().value().at(), "'image' must be a mapping with src and alt",
                        "image: { src: photo.jpg, alt: وصف الصورة }");
            }
            return Optional.empty();
        }
        YamlFields img = new YamlFields(map, f.path(), f.problems());
        img.rejectUnknown(IMAGE_KEYS, Set.of());
        Position at = entry.get().keyAt();
        Optional<String> src = img.requiredText("src", at, "the image file or its http(s) address").map(String::strip);
        Optional<String> alt = img.requiredText("alt", at, "describe the image for readers who cannot see it")
                .map(InlineText::clean).filter(s -> !s.isEmpty());
        Optional<String> caption = img.text("caption").map(InlineText::clean).filter(s -> !s.isEmpty());
        Optional<String> credit = img.text("credit").map(InlineText::clean).filter(s -> !s.isEmpty());
        if (src.isEmpty() || alt.isEmpty()) {
            return Optional.empty();
        }
        Position srcAt = map.get("src").orElseThrow().at();
        if (Urls.isHttp(src.get())) {
            return Optional.of(new Image(src.get(), false, alt.get(), caption, credit));
        }
        if (src.get().matches("^[A-Za-z][A-Za-z0-9+.-]*:.*")) {
            f.error(srcAt, "image src must be a file under content/ or an http(s) address", "");
            return Optional.empty();
        }
        Optional<String> local = ContentPaths.resolve(ContentPaths.folder(contentPath), src.get());
        if (local.isEmpty()) {
            f.error(srcAt, "image path '" + src.get() + "' leads outside content/", "");
            return Optional.empty();
        }
        if (!Files.isRegularFile(contentDir.resolve(local.get()))) {
            f.error(srcAt, "image file '" + local.get() + "' not found in content/",
                    "paths are relative to the article's folder");
            return Optional.empty();
        }
        return Optional.of(new Image(local.get(), true, alt.get(), caption, credit));
    }

    private static Position valueAt(YamlFields f, String key) {
        return f.entry(key).map(e -> e.value().at()).orElse(Position.START);
    }


    static String hash(byte[] bytes) {
        return org.warraq.util.Hashing.hex(bytes);
    }
}
