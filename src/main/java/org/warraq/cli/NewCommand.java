package org.warraq.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.warraq.config.SiteConfig;
import org.warraq.config.SiteConfigLoader;
import org.warraq.diag.BuildFailure;
import org.warraq.diag.IoCause;
import org.warraq.diag.Suggestions;
import org.warraq.files.SiteLayout;
import org.warraq.text.InlineText;
import org.warraq.text.Slugs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/** {@code warraq new "العنوان"}: starts an article as a draft. */
@Command(name = "new", mixinStandardHelpOptions = true,
        description = "Create content/YYYY/MM/<slug>.md with complete front matter (a draft dated now).")
final class NewCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "TITLE", description = "The headline.")
    String title;

    @Option(names = "--root", paramLabel = "DIR", description = "The site folder. Default: the current folder.")
    Path root = Path.of(".");

    @Option(names = "--source", paramLabel = "ID", description = "Source id from site.yaml's sources.")
    String source;

    @Option(names = "--tags", paramLabel = "A,B", split = "[,\u060C]",
            description = "Tags, separated by commas (, or the Arabic comma).")
    List<String> tags = new ArrayList<>();

    @Option(names = "--debug", description = "Show stack traces of failures.")
    boolean debug;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final Clock clock;

    NewCommand() {
        this(Clock.systemUTC());
    }

    NewCommand(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Integer call() {
        SiteConfig config = SiteConfigLoader.load(root);
        String headline = InlineText.clean(title);
        String slug = Slugs.slugify(headline);
        if (slug.isEmpty()) {
            throw BuildFailure.config("(command line)", "cannot make a file name from this title",
                    "use a title with letters or digits");
        }
        if (source != null && !config.sources().containsKey(source)) {
            String known = config.sources().isEmpty() ? "declare it under sources: in site.yaml"
                    : Suggestions.closest(source, config.sources().keySet()).map(k -> "did you mean '" + k + "'? ").orElse("")
                    + "known sources: " + String.join(", ", new TreeSet<>(config.sources().keySet()));
            throw BuildFailure.config("(command line)", "unknown source '" + source + "'", known);
        }
        List<String> tagNames = new ArrayList<>();
        for (String tag : tags) {
            String name = InlineText.clean(tag);
            if (name.isEmpty()) {
                continue;
            }
            if (Slugs.slugify(name).isEmpty()) {
                throw BuildFailure.config("(command line)", "tag '" + name + "' has no letters or digits",
                        "write tags in words, separated by commas: --tags المغرب,اقتصاد");
            }
            if (!tagNames.contains(name)) {
                tagNames.add(name);
            }
        }
        ZonedDateTime now = ZonedDateTime.now(clock.withZone(config.timezone())).withNano(0);
        Path file = new SiteLayout(root).content()
                .resolve(String.format(Locale.ROOT, "%04d", now.getYear()))
                .resolve(String.format(Locale.ROOT, "%02d", now.getMonthValue()))
                .resolve(slug + ".md");
        StringBuilder text = new StringBuilder("---\n");
        text.append("title: ").append(quote(headline)).append('\n');
        text.append("date: ").append(now.toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)).append('\n');
        text.append("dateline: \n");
        text.append("source: ").append(source == null ? "" : quote(source)).append('\n');
        text.append("source_url: \n");
        text.append("author: []\n");
        text.append("tags: [");
        for (int i = 0; i < tagNames.size(); i++) {
            text.append(i == 0 ? "" : ", ").append(quote(tagNames.get(i)));
        }
        text.append("]\n");
        text.append("summary: \n");
        text.append("draft: true\n");
        text.append("---\n\n");
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            Path existing = file.getParent();
            while (!Files.exists(existing, LinkOption.NOFOLLOW_LINKS) && existing.getParent() != null) {
                existing = existing.getParent();
            }
            throw new UncheckedIOException(Files.isDirectory(existing) ? IoCause.naming(file.getParent().toString(), e)
                    : new NotDirectoryException(existing.toString()));
        }
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException e) {
            throw BuildFailure.config(slashes(root.relativize(file)), "file already exists",
                    "choose another title, or edit the existing file");
        } catch (IOException e) {
            throw new UncheckedIOException(IoCause.naming(file.toString(), e));
        }
        // The path as it can be opened from here: "content/2024/02/x.md" in the site folder, else with --root.
        spec.commandLine().getOut().println(slashes(file.normalize()));
        return 0;
    }

    private static String slashes(Path path) {
        return path.toString().replace('\\', '/');
    }

    /** A YAML double-quoted scalar. */
    static String quote(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
