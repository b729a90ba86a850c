package org.warraq.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warraq.cli.Main;
import org.warraq.testing.TestSites;

/** {@code new-site}: a publisher's repository that builds at once, and that documents every setting. */
class NewSiteTest {
    @TempDir
    Path parent;
    private final RecordingLog log = new RecordingLog();

    private NewSiteMojo goal(Path dir) {
        NewSiteMojo mojo = new NewSiteMojo();
        mojo.dir = dir.toFile();
        mojo.title = "أخبار \"المدينة\"";
        mojo.baseUrl = "https://news.example.org/";
        mojo.version = "9.9.9";
        mojo.clock = Clock.fixed(Instant.parse("2025-03-04T05:06:07Z"), ZoneOffset.UTC);
        mojo.setLog(log);
        return mojo;
    }

    private static String check(Path root) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"build", "--root", root.toString()}, new PrintWriter(out, true), new PrintWriter(err, true));
        assertThat(code).as("build of the new site: " + out + err).isZero();
        assertThat(err.toString()).as("warnings").isEmpty();
        return out.toString();
    }

    @Test
    void writesARepositoryThatBuildsAtOnce() throws Exception {
        Path site = parent.resolve("Al-Madina News");
        goal(site).execute();
        assertThat(TestSites.tree(site).keySet()).containsExactly(".github/workflows/site.yml", ".gitignore",
                ".mvn/jvm.config", "content/2025/03/welcome.md", "pom.xml", "site.yaml");
        assertThat(TestSites.read(site.resolve("pom.xml"))).contains("<artifactId>al-madina-news</artifactId>",
                "<artifactId>warraq-maven-plugin</artifactId>", "<version>9.9.9</version>", "<packaging>pom</packaging>");
        assertThat(TestSites.read(site.resolve("content/2025/03/welcome.md"))).contains("date: 2025-03-04T05:06:00Z");
        assertThat(TestSites.read(site.resolve(".gitignore"))).contains("/site/", ".warraq/", ".*.warraq-staging/");

        assertThat(check(site)).startsWith("built 1 article");
        assertThat(TestSites.read(site.resolve("site/index.html"))).contains("أخبار &quot;المدينة&quot;", "مرحبا بكم في موقعنا الإخباري");
        assertThat(TestSites.read(site.resolve("site/feed.xml"))).contains("https://news.example.org/");
    }

    @Test
    void refusesAFolderWithASiteAndWritesNothing() throws Exception {
        Path site = parent.resolve("news");
        TestSites.write(site, "site.yaml", "title: قديم\n");
        TestSites.write(site, "README.md", "mine\n");
        assertThatThrownBy(goal(site)::execute).isInstanceOf(MojoFailureException.class).hasMessageContaining("nothing was written");
        assertThat(log.at("ERROR")).singleElement().asString().isEqualTo(site.resolve("site.yaml")
                + ": error: already exists (new-site starts a site in an empty folder, or one without a site: choose another -Dwarraq.dir)");
        assertThat(TestSites.tree(site).keySet()).containsExactly("README.md", "site.yaml");
    }

    @Test
    void startsASiteBesideOtherFilesOfTheFolder() throws Exception {
        Path site = parent.resolve("repo");
        TestSites.write(site, "README.md", "mine\n");
        goal(site).execute();
        assertThat(TestSites.read(site.resolve("README.md"))).isEqualTo("mine\n");
        assertThat(site.resolve("pom.xml")).isRegularFile();
    }

    @Test
    void siteYamlShowsEveryKeyOfTheConfigurationDocsAndEachCommentedDefaultIsValid() throws Exception {
        Path site = parent.resolve("all-keys");
        goal(site).execute();
        String yaml = TestSites.read(site.resolve("site.yaml"));

        Set<String> documented = new TreeSet<>();
        Matcher row = Pattern.compile("(?m)^\\| `([a-z_]+)` \\|").matcher(Files.readString(Path.of("docs/configuration.md")));
        while (row.find()) {
            documented.add(row.group(1));
        }
        assertThat(documented).hasSizeGreaterThan(15);
        for (String key : documented) {
            assertThat(yaml).as("site.yaml mentions " + key).containsPattern("(?m)^(# )?" + key + ":");
        }

        // Taking every "# " away gives a valid site: the defaults shown are the real ones.
        TestSites.write(site, "site.yaml", yaml.replaceAll("(?m)^# (?=( *)[a-z][a-z_-]*:)", ""));
        assertThat(check(site)).startsWith("built 1 article");
    }

    @Test
    void artifactIdsComeFromTheFolderName() {
        assertThat(SiteSkeleton.artifactId(Path.of("/x/My News.site"))).isEqualTo("my-news.site");
        assertThat(SiteSkeleton.artifactId(Path.of("/x/أخبار"))).isEqualTo("news-site");
        assertThat(SiteSkeleton.yamlString("a\"b\\c\u0007")).isEqualTo("\"a\\\"b\\\\c\\x07\"");
    }

    @Test
    void theWorkflowPublishesSiteFolder() throws Exception {
        Path site = parent.resolve("ci");
        goal(site).execute();
        Map<String, byte[]> files = TestSites.tree(site);
        String workflow = new String(files.get(".github/workflows/site.yml"), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(workflow).contains("mvn -B -q package", "path: site", "actions/deploy-pages");
    }
}
