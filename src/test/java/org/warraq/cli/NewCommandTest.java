package org.warraq.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code warraq new}: a draft with complete front matter, dated by the site's clock, never overwriting. */
class NewCommandTest {
    /** 23:30 UTC on 31 March is already 1 April in Riyadh (UTC+3): the site's zone decides the folder. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-03-31T23:30:15.123Z"), ZoneOffset.UTC);

    @TempDir
    Path root;
    private StringWriter out;
    private StringWriter err;

    @BeforeEach
    void site() throws IOException {
        Files.writeString(root.resolve("site.yaml"), """
                title: موقع الاختبار
                base_url: https://example.org/
                language: ar
                timezone: Asia/Riyadh
                sources:
                  anadolu:
                    name: وكالة الأناضول
                    url: https://www.aa.com.tr/ar
                  map:
                    name: وكالة المغرب العربي للأنباء
                """);
        Files.createDirectories(root.resolve("content"));
        reset();
    }

    private void reset() {
        out = new StringWriter();
        err = new StringWriter();
    }

    private int run(String... args) {
        String[] all = Stream.concat(Stream.of(args), Stream.of("--root", root.toString())).toArray(String[]::new);
        return Main.run(all, new PrintWriter(out, true), new PrintWriter(err, true), CLOCK);
    }

    @Test
    void writesADraftWithCompleteFrontMatterDatedNowInTheSitesZone() throws IOException {
        assertThat(run("new", "وزيرا داخلية المغرب وفرنسا يبحثان التعاون الأمني", "--source", "anadolu",
                "--tags", "المغرب,فرنسا")).isZero();

        Path file = root.resolve("content/2024/04/وزيرا-داخلية-المغرب-وفرنسا-يبحثان-التعاون-الأمني.md");
        assertThat(out.toString().strip()).isEqualTo(file.toString());
        assertThat(err.toString()).isEmpty();
        assertThat(Files.readString(file)).isEqualTo("""
                ---
                title: "وزيرا داخلية المغرب وفرنسا يبحثان التعاون الأمني"
                date: 2024-04-01T02:30:15+03:00
                dateline:\s
                source: "anadolu"
                source_url:\s
                author: []
                tags: ["المغرب", "فرنسا"]
                summary:\s
                draft: true
                ---

                """);
    }

    @Test
    void printsThePathUnderTheRootItWasGiven() {
        assertThat(run("new", "Breaking: A Latin title")).isZero();
        assertThat(out.toString().strip()).isEqualTo(root.resolve("content/2024/04/breaking-a-latin-title.md").toString());
    }

    @Test
    void theNewFileIsAValidDraft() {
        assertThat(run("new", "عنوان فيه \"اقتباس\" و\\ شرطة و: نقطتان", "--source", "map", "--tags", "أمن, اقتصاد")).isZero();
        reset();
        assertThat(run("check")).isZero();
        assertThat(out.toString()).contains("checked 0 articles");
        reset();
        assertThat(run("check", "--drafts")).isZero();
        assertThat(out.toString()).contains("checked 1 articles");
        // the only remark is the empty body, a warning
        assertThat(err.toString()).contains("warning: article has no text after the front matter").doesNotContain("error:");
    }

    @Test
    void aSiteOnUtcWritesZAndTheBuildReadsIt() throws IOException {
        Files.writeString(root.resolve("site.yaml"), "title: x\nbase_url: https://example.org/\ntimezone: UTC\n");
        assertThat(run("new", "خبر بتوقيت غرينتش")).isZero();
        assertThat(Files.readString(Path.of(out.toString().strip()))).contains("date: 2024-03-31T23:30:15Z\n");
        reset();
        assertThat(run("check", "--drafts")).isZero();
    }

    @Test
    void keepsTheTitleExactlyThroughYamlQuoting() throws IOException {
        String title = "قال \"الوزير\": C:\\temp ليس مسارًا # ولا تعليقًا";
        assertThat(run("new", title, "--source", "map")).isZero();
        Path file = Path.of(out.toString().strip());
        reset();
        assertThat(run("build", "--drafts", "--out", root.resolve("preview").toString())).isZero();
        try (Stream<Path> pages = Files.walk(root.resolve("preview"))) {
            List<Path> article = pages.filter(p -> p.toString().contains("قال-الوزير")).toList();
            assertThat(article).isNotEmpty();
        }
        assertThat(Files.readString(file)).contains("title: \"قال \\\"الوزير\\\": C:\\\\temp ليس مسارًا # ولا تعليقًا\"");
        String html = Files.readString(root.resolve("preview/2024/04/01").resolve(
                file.getFileName().toString().replace(".md", "")).resolve("index.html"));
        assertThat(html).contains("قال &quot;الوزير&quot;: C:\\temp ليس مسارًا # ولا تعليقًا");
    }

    @Test
    void refusesToOverwrite() throws IOException {
        assertThat(run("new", "خبر عاجل")).isZero();
        Path file = root.resolve("content/2024/04/خبر-عاجل.md");
        Files.writeString(file, "edited by the editor\n");
        reset();

        assertThat(run("new", "خبر عاجل")).isEqualTo(2);
        assertThat(err.toString()).contains("content/2024/04/خبر-عاجل.md:1:1: error: file already exists");
        assertThat(Files.readString(file)).isEqualTo("edited by the editor\n");
    }

    @Test
    void refusesAnUnknownSourceWithASuggestion() {
        assertThat(run("new", "خبر", "--source", "anadolou")).isEqualTo(2);
        assertThat(err.toString()).contains("error: unknown source 'anadolou' (did you mean 'anadolu'? known sources: anadolu, map)");
        assertThat(root.resolve("content/2024")).doesNotExist();
    }

    @Test
    void shortensATitleTooLongForAFileNameAtAWord() throws IOException {
        String gothic = new String(Character.toChars(0x10330));
        assertThat(run("new", (gothic.repeat(40) + " ").repeat(3))).isZero();
        Path file = root.resolve("content/2024/04/" + gothic.repeat(40) + ".md");
        assertThat(out.toString().strip()).isEqualTo(file.toString());
        assertThat(Files.readString(file)).contains("title: \"" + (gothic.repeat(40) + " ").repeat(3).strip() + "\"");
    }

    @Test
    void namesWhatStandsWhereAFolderIsNeeded() throws IOException {
        Files.writeString(root.resolve("content/2024"), "not a folder");
        assertThat(run("new", "خبر")).isEqualTo(2);
        assertThat(err.toString()).isEqualTo(root.resolve("content/2024")
                + ": error: not a directory (a file stands where a folder is needed; move it away)\n1 error, 0 warnings\n");
    }

    @Test
    void refusesATitleWithoutLettersOrDigits() {
        assertThat(run("new", "؟!… —")).isEqualTo(2);
        assertThat(err.toString()).contains("cannot make a file name from this title");
    }

    @Test
    void splitsTagsAtLatinAndArabicCommasAndDropsEmptyOnes() throws IOException {
        assertThat(run("new", "خبر الوسوم", "--tags", "المغرب، فرنسا,, ,الأمن,فرنسا")).isZero();
        assertThat(Files.readString(root.resolve("content/2024/04/خبر-الوسوم.md")))
                .contains("tags: [\"المغرب\", \"فرنسا\", \"الأمن\"]\n");
        reset();
        assertThat(run("new", "خبر آخر", "--tags", "!!!")).isEqualTo(2);
        assertThat(err.toString()).contains("tag '!!!' has no letters or digits");
    }

    @Test
    void usesLatinDigitsInTheFolderWhateverTheDefaultLocale() {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.forLanguageTag("ar-EG"));
        try {
            assertThat(run("new", "خبر من القاهرة")).isZero();
        } finally {
            Locale.setDefault(before);
        }
        assertThat(root.resolve("content/2024/04/خبر-من-القاهرة.md")).isRegularFile();
    }
}
