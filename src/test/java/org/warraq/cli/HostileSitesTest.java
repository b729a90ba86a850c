package org.warraq.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.warraq.testing.Processes;
import org.warraq.testing.TestSites;

/**
 * The hostile cases of issue 18 through the command line, one per problem: a good site is built, the case's
 * files are added (from {@code src/test/resources/hostile/cases/<case>/}, or made here when git cannot hold
 * them: named pipes, devices, links, escape characters in names), then {@code build} and {@code check} run.
 * Each case asserts the exact problem lines and exit code, that {@code check} reports exactly what {@code
 * build} does, that a failed build left the previous site as it was and no staging folder, and that nothing
 * printed a stack trace or an internal error.
 */
class HostileSitesTest {
    private static final String TRUST = " (to publish a file you trust as it is, list it under trusted_files in site.yaml)";
    private static final String LOGO = "site.yaml:4:7: error: 'logo' must be an http(s) address or the path of a file "
            + "of the site (e.g. logo: /assets/logo.svg for templates/static/logo.svg, or logo: https://example.org/logo.png)";
    private static final String SKIPPED = " (only files and folders are published; remove it)";
    private static final String YEARS = " is outside the years 0001 to 9999 in the site's time zone or in UTC "
            + "(feeds and sitemaps write years with four digits)";

    @TempDir
    Path root;

    /** A case's name, the exit code of build and check, and their problem lines. */
    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("file-named-2024", 1, List.of(
                        "content/2024:1:1: error: this file would stand where Warraq makes the folder /2024/ (rename or move it)")),
                Arguments.of("file-named-archive", 1, List.of(
                        "content/archive:1:1: error: this file would stand where Warraq makes the folder /archive/ (rename or move it)")),
                Arguments.of("file-named-assets", 1, List.of(
                        "content/assets:1:1: error: this file would stand where Warraq makes the folder /assets/ (rename or move it)")),
                Arguments.of("file-named-tags", 1, List.of(
                        "content/tags:1:1: error: this file would stand where Warraq makes the folder /tags/ (rename or move it)")),
                Arguments.of("file-named-robots-txt", 1, List.of(
                        "content/robots.txt:1:1: error: this file would replace a page Warraq generates (/robots.txt) (rename or move it)")),
                Arguments.of("folder-named-404-html", 1, List.of(
                        "content/404.html/photo.png:1:1: error: this file's folder /404.html/ would stand where Warraq writes "
                                + "the file /404.html (rename or move the folder)")),
                Arguments.of("web-page", 1, List.of(
                        "content/graphics/chart.html:1:1: error: refused: a .html file is a web page that browsers would run "
                                + "from the site's own address" + TRUST)),
                Arguments.of("script", 1, List.of(
                        "content/embed.js:1:1: error: refused: a .js file is a script that pages could run from the site's own address" + TRUST)),
                Arguments.of("server-script", 1, List.of(
                        "content/contact.php:1:1: error: refused: a .php file is a program that web servers run" + TRUST)),
                Arguments.of("xml-with-script", 1, List.of(
                        "content/data.xml:2:1: error: refused: this XML file holds the namespace http://www.w3.org/1999/xhtml, "
                                + "which browsers could run from the site's own address" + TRUST)),
                Arguments.of("xml-with-stylesheet", 1, List.of(
                        "content/news.rss:2:1: error: refused: this XML file holds a processing instruction (<?xml-stylesheet?>), "
                                + "which browsers could run from the site's own address" + TRUST)),
                Arguments.of("svg-not-svg", 1, List.of(
                        "content/images/fake.svg:1:1: error: not an SVG image: its first element is <html>, not <svg> "
                                + "(save it as an SVG image, or give it the extension of what it is)")),
                Arguments.of("svg-with-script", 0, List.of(
                        "content/images/chart.svg:2:1: warning: removed from this SVG image: onload=\"…\" of <svg> and 5 more "
                                + "parts that could run (SVG images are published without scripts, event handlers, animation or "
                                + "references to other files; to publish a file you trust as it is, list it under trusted_files in site.yaml)")),
                Arguments.of("logo-javascript", 2, List.of(LOGO)),
                Arguments.of("logo-outside-site", 2, List.of(LOGO)),
                Arguments.of("base-url-with-password", 2, List.of(
                        "site.yaml:2:11: error: base_url must not hold a user name or password (it would be published on every "
                                + "page; write https://example.org/)")),
                Arguments.of("date-in-year-10000", 1, List.of("content/b.md:3:7: error: date '9999-12-31T23:00:00-05:00'" + YEARS)),
                Arguments.of("date-in-year-0", 1, List.of("content/b.md:3:7: error: date '0000-06-01'" + YEARS)),
                Arguments.of("link-with-unknown-scheme", 0, List.of(
                        "content/b.md:5:6: warning: link with a 'www.x:' address removed (only http, https, mailto and tel links are kept)")),
                Arguments.of("base-url-case-and-idn", 0, List.of()),
                Arguments.of("date-with-local-mean-time", 0, List.of()),
                Arguments.of("title-of-4-byte-letters", 0, List.of()),
                Arguments.of("tag-of-4-byte-letters", 0, List.of()),
                Arguments.of("trusted-web-page", 0, List.of()),
                Arguments.of("xml-inert", 0, List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void buildAndCheckReportTheCase(String name, int exit, List<String> lines) {
        goodSite();
        TestSites.copyTree(fixture("cases/" + name), root);
        expect(exit, lines);
    }

    @Test
    void anSvgImageIsPublishedWithoutWhatCouldRun() {
        String svg = TestSites.read(built("svg-with-script").resolve("images/chart.svg"));
        assertThat(svg).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"")
                .contains("<rect width=\"5\" height=\"5\" fill=\"url(#g)\" />", "<text x=\"1\" y=\"9\" style=\"font-weight:bold\">مخطط</text>")
                .doesNotContain("script", "onload", "onerror", "javascript", "<set", "foreignObject", "tracker.example", "alert");
    }

    @Test
    void trustedFilesAndInertXmlArePublishedAsTheyAre() {
        assertThat(built("trusted-web-page").resolve("graphics/chart.html"))
                .hasSameBinaryContentAs(fixture("cases/trusted-web-page/content/graphics/chart.html"));
        assertThat(built("xml-inert").resolve("BingSiteAuth.xml"))
                .hasSameBinaryContentAs(fixture("cases/xml-inert/content/BingSiteAuth.xml"));
    }

    @Test
    void aDateInLocalMeanTimeIsWrittenInRfc3339() {
        Path site = built("date-with-local-mean-time");
        String rfc3339 = "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(Z|[+-]\\d\\d:\\d\\d)";
        List<String> dates = new java.util.ArrayList<>();
        for (String file : List.of("feed.xml", "sitemap.xml", "1900/01/01/index.html")) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?:<updated>|<published>|<lastmod>|datetime=\")([^<\"]+)")
                    .matcher(TestSites.read(site.resolve(file)));
            while (m.find()) {
                dates.add(m.group(1));
            }
        }
        assertThat(dates).contains("1900-01-01T10:00:20-00:30").allMatch(d -> d.matches(rfc3339));
    }

    @Test
    void anUpperCaseAndInternationalBaseUrlIsNormalised() {
        assertThat(TestSites.read(built("base-url-case-and-idn").resolve("feed.xml")))
                .contains("<id>https://xn--mgbh0fb.xn--wgbh1c/%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1/feed.xml</id>");
    }

    @Test
    void slugsOfFourByteLettersFitInAFileName() throws IOException {
        String letter = new String(Character.toChars(0x10330));
        assertThat(built("title-of-4-byte-letters").resolve("2024/01/11/" + letter.repeat(50) + "/index.html")).isRegularFile();
        assertThat(built("tag-of-4-byte-letters").resolve("tags/" + letter.repeat(50) + "/feed.xml")).isRegularFile();
    }

    @Test
    void aLinkWithAnUnknownSchemeIsNoLink() {
        org.jsoup.nodes.Document page = TestSites.page(built("link-with-unknown-scheme"), "2024/01/11/رابط-غريب/index.html");
        assertThat(page.select(".body a").eachAttr("href")).containsExactly("#");
    }

    @Test
    void namedPipesAreSkippedWithAWarningAndNeverOpened() throws IOException {
        goodSite();
        assumeTrue(mkfifo("content/pipe.md") && mkfifo("content/fifo"));
        Files.createSymbolicLink(root.resolve("content/photo.jpg"), Path.of("fifo"));
        expect(0, List.of(
                "content/fifo: warning: skipped: a named pipe (FIFO), not a file" + SKIPPED,
                "content/photo.jpg: warning: skipped: a named pipe (FIFO), not a file" + SKIPPED,
                "content/pipe.md: warning: skipped: a named pipe (FIFO), not a file" + SKIPPED));
    }

    @Test
    void aDeviceInContentIsSkippedAndALinkToOneOutsideIsRefused() throws IOException {
        goodSite();
        Files.createSymbolicLink(root.resolve("content/zero.jpg"), Path.of("/dev/zero"));
        expect(1, List.of("content/zero.jpg:1:1: error: symbolic link points outside content/ (copy the file into content/ instead)"));
        Files.delete(root.resolve("content/zero.jpg"));
        assumeTrue(Processes.succeeds(List.of("mknod", root.resolve("content/null.jpg").toString(), "c", "1", "3")));
        expect(0, List.of("content/null.jpg: warning: skipped: a character device, not a file" + SKIPPED));
    }

    @Test
    void aLinkToItselfIsNamed() throws IOException {
        goodSite();
        Files.createSymbolicLink(root.resolve("content/a.jpg"), Path.of("b.jpg"));
        Files.createSymbolicLink(root.resolve("content/b.jpg"), Path.of("a.jpg"));
        expect(1, List.of(
                "content/a.jpg: error: too many levels of symbolic links (a symbolic link leads to itself; remove it)",
                "content/b.jpg: error: too many levels of symbolic links (a symbolic link leads to itself; remove it)"));
    }

    @Test
    void escapeSequencesInFileNamesAndValuesAreShownNotSent() {
        goodSite();
        TestSites.write(root, "content/evil\u001B[31m\u001B]0;owned\u0007\u202E.md", """
                ---
                title: خبر
                date: 2024-01-11
                source: "\\e]0;owned\\a\\e[2J\\u009b1m"
                ---
                نص.
                """);
        String file = "content/evil\\x1B[31m\\x1B]0;owned\\x07\\u202E.md";
        expect(1, List.of(file + ":4:9: error: unknown source '\\x1B]0;owned\\x07\\x1B[2J\\x9B1m' (known sources: anadolu)"));
    }

    @Test
    void anUnreadableFileIsNamedWithItsCause() throws IOException {
        goodSite();
        Path file = TestSites.write(root, "content/b.md", "---\ntitle: x\ndate: 2024-01-11\n---\nنص.\n");
        assumeTrue(file.toFile().setReadable(false, false) && !Files.isReadable(file), "root reads every file");
        expect(1, List.of("content/b.md: error: permission denied (check who owns it and its permissions with ls -l)"));
    }

    @Test
    void aSiteYamlThatIsNoFileIsRefusedWithoutWaiting() throws IOException {
        goodSite();
        Files.delete(root.resolve("site.yaml"));
        assumeTrue(mkfifo("site.yaml"));
        expect(2, List.of("site.yaml:1:1: error: site.yaml is not a file (make it a text file of settings)"));
    }

    @Test
    void threadsOutOfRangeAreAUsageError() {
        goodSite();
        Output result = warraq("build", "--threads", "100000", "--root", root.toString());
        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).startsWith("--threads must be from 1 to 256, not 100000\n");
        assertThat(warraq("check", "--threads", "0", "--root", root.toString()).err())
                .startsWith("--threads must be from 1 to 256, not 0\n");
    }

    /** Runs build and check on the site as it is now and asserts what both print. */
    private void expect(int exit, List<String> lines) {
        Map<String, String> before = TestSites.hashes(root.resolve("site"));
        Output build = warraq("build", "--root", root.toString());
        Output check = warraq("check", "--root", root.toString());
        for (Output output : List.of(build, check)) {
            assertThat(output.code()).as(output.toString()).isEqualTo(exit);
            assertThat(output.problems()).as(output.toString()).containsExactlyElementsOf(lines);
            assertThat(output.out() + output.err()).doesNotContain("\tat ", "internal error", "Exception");
        }
        if (exit != 0) {
            assertThat(TestSites.hashes(root.resolve("site"))).as("the previous site").isEqualTo(before);
        }
        assertThat(root.resolve(".site.warraq-staging")).doesNotExist();
    }

    /** What one command printed. */
    private record Output(int code, String out, String err) {
        /** The problem lines: what was printed on the error stream, without the count line. */
        List<String> problems() {
            return Arrays.stream(err.split("\n")).filter(l -> !l.isEmpty() && !l.matches("\\d+ errors?, \\d+ warnings?")).toList();
        }
    }

    private static Output warraq(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Assertions.assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true)));
        return new Output(code, out.toString(), err.toString());
    }

    /** The site built from the good site and case {@code name}. */
    private Path built(String name) {
        Path site = root.resolve(name);
        TestSites.copyTree(fixture("base"), site);
        TestSites.copyTree(fixture("cases/" + name), site);
        assertThat(warraq("build", "--root", site.toString()).code()).isZero();
        return site.resolve("site");
    }

    private void goodSite() {
        TestSites.copyTree(fixture("base"), root);
        assertThat(warraq("build", "--root", root.toString()).code()).isZero();
    }

    private boolean mkfifo(String relative) {
        return Processes.succeeds(List.of("mkfifo", root.resolve(relative).toString()));
    }

    static Path fixture(String name) {
        try {
            return Path.of(HostileSitesTest.class.getResource("/hostile/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
