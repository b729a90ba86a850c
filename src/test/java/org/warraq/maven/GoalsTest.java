package org.warraq.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warraq.testing.TestSites;

/** The goals run Warraq in Maven's JVM: the result in the log, problems as [ERROR] lines, a failed goal. */
class GoalsTest {
    static final String BAD_DATE = "content/2024/02/security.md:3:7: error: date '2024-02-30' does not exist:"
            + " February 2024 has 29 days (check the day)";

    @TempDir
    Path root;
    private final RecordingLog log = new RecordingLog();

    private <M extends WarraqMojo> M goal(M mojo) {
        mojo.root = root.toFile();
        mojo.setLog(log);
        return mojo;
    }

    /** Makes the date of the basic site's security.md impossible: {@link #BAD_DATE}. */
    static void breakTheDate(Path root) {
        Path file = root.resolve("content/2024/02/security.md");
        TestSites.write(root, "content/2024/02/security.md",
                TestSites.read(file).replaceFirst("(?m)^date: .*$", "date: 2024-02-30"));
    }

    @Test
    void buildWritesTheSiteAndLogsWarraqsResultLine() throws Exception {
        TestSites.copy("basic", root);
        goal(new BuildMojo()).execute();
        assertThat(log.lines).singleElement().asString().startsWith("[INFO] built 3 articles: 23 pages, 54 files");
        assertThat(root.resolve("site/index.html")).isRegularFile();
    }

    @Test
    void aBrokenArticleFailsTheBuildWithItsProblemLinesAndLeavesTheSiteAsItWas() throws Exception {
        TestSites.copy("basic", root);
        goal(new BuildMojo()).execute();
        Map<String, byte[]> before = TestSites.tree(root.resolve("site"));
        breakTheDate(root);
        log.lines.clear();
        assertThatThrownBy(goal(new BuildMojo())::execute).isInstanceOf(MojoFailureException.class)
                .hasMessage("warraq build found content or template problems (listed above)");
        assertThat(log.lines).containsExactly("[ERROR] " + BAD_DATE, "[ERROR] 1 error, 0 warnings");
        assertThat(TestSites.tree(root.resolve("site"))).containsExactlyInAnyOrderEntriesOf(before);
    }

    @Test
    void checkReportsTheSameLinesAndWritesNothing() {
        TestSites.copy("basic", root);
        breakTheDate(root);
        assertThatThrownBy(goal(new CheckMojo())::execute).isInstanceOf(MojoFailureException.class)
                .hasMessage("warraq check found content or template problems (listed above)");
        assertThat(log.at("ERROR")).containsExactly(BAD_DATE, "1 error, 0 warnings");
        assertThat(root.resolve("site")).doesNotExist();
        assertThat(root.resolve(".warraq")).doesNotExist();
    }

    @Test
    void warningsAreMavenWarningsAndStrictMakesThemFail() throws Exception {
        TestSites.copy("basic", root);
        TestSites.write(root, "content/2024/02/empty.md", "---\ntitle: خبر بلا نص\ndate: 2024-02-27\n---\n");
        goal(new CheckMojo()).execute();
        assertThat(log.at("WARNING")).hasSize(2).last().isEqualTo("0 errors, 1 warning");
        assertThat(log.at("WARNING").get(0)).startsWith("content/2024/02/empty.md:").contains(": warning: ");
        assertThat(log.at("ERROR")).isEmpty();

        log.lines.clear();
        CheckMojo strict = goal(new CheckMojo());
        strict.strict = true;
        assertThatThrownBy(strict::execute).isInstanceOf(MojoFailureException.class)
                .hasMessage("warraq check found content or template problems (listed above)");
        assertThat(log.at("WARNING")).last().isEqualTo("0 errors, 1 warning");
    }

    @Test
    void aConfigurationProblemFailsTheGoal() {
        TestSites.copy("bad-config", root);
        assertThatThrownBy(goal(new BuildMojo())::execute).isInstanceOf(MojoFailureException.class)
                .hasMessage("warraq build stopped on a configuration or usage problem (listed above)");
        assertThat(log.at("ERROR")).anyMatch(line -> line.startsWith("site.yaml:2:11: error: "));
    }

    @Test
    void anInternalErrorIsAnExecutionErrorNotAFailure() {
        assertThatThrownBy(() -> WarraqMojo.outcome("build", 3)).isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("a bug in Warraq");
        assertThatThrownBy(() -> WarraqMojo.outcome("serve", 130)).isInstanceOf(MojoExecutionException.class)
                .hasMessage("warraq serve ended with exit code 130");
    }

    @Test
    void newStartsADraftFromTheTitle() throws Exception {
        TestSites.copy("basic", root);
        NewMojo draft = goal(new NewMojo());
        draft.title = "-5 درجات في الرباط";
        draft.tags = "المغرب،طقس";
        draft.execute();
        assertThat(log.at("INFO")).singleElement().asString().matches(".*/content/\\d{4}/\\d{2}/5-درجات-في-الرباط\\.md");
        String text = TestSites.read(Path.of(log.at("INFO").get(0)));
        assertThat(text).contains("title: \"-5 درجات في الرباط\"", "tags: [\"المغرب\", \"طقس\"]", "draft: true");
    }

    @Test
    void skipDoesNothing() throws Exception {
        BuildMojo build = goal(new BuildMojo());
        build.skip = true;
        build.execute();
        assertThat(log.lines).containsExactly("[INFO] skipped (warraq.skip)");
    }

    @Test
    void aValueMavenCouldNotDecodeIsRefusedWithTheLocaleToSet() {
        NewMojo draft = goal(new NewMojo());
        draft.title = "\uFFFD\uFFFD\uFFFD";
        assertThatThrownBy(draft::execute).isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("set LC_ALL=C.UTF-8");
        assertThat(root.resolve("content")).doesNotExist();
    }
}
