package org.warraq.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warraq.testing.Processes;
import org.warraq.testing.TestSites;

/**
 * The plugin as a publisher uses it: a repository holding only {@code content/}, {@code site.yaml} and the
 * minimal pom, built by Maven (the one running this build) against the plugin just packaged, which
 * maven-invoker-plugin staged in {@code target/it-repo}. Offline: everything else Maven needs comes from the
 * local repository of this build, through a mirror. The Maven runs are given LC_ALL=C.UTF-8 (failsafe's
 * environment) or the POSIX locale.
 */
class PluginIT {
    private static final String VERSION = System.getProperty("warraq.it.version");
    private static final Map<String, String> POSIX = Map.of("LANG", "", "LC_CTYPE", "", "LANGUAGE", "", "LC_ALL", "C");
    private static final String BAD_DATE = "[ERROR] " + GoalsTest.BAD_DATE;

    @TempDir
    static Path shared;
    private static Path settings;

    @TempDir
    Path work;

    /** What Maven printed, and how it ended. */
    record Run(int exit, String output) {
        /** The output without the colour resets Maven 3.8 prints even with -B. */
        String text() {
            return output.replaceAll("\u001B\\[[0-9;]*m", "");
        }
    }

    @BeforeAll
    static void settings() {
        assumeTrue(VERSION != null, "run by failsafe (mvn verify), which passes the Maven and repositories to use");
        String mirror = Path.of(System.getProperty("warraq.it.mirror")).toUri().toString();
        settings = TestSites.write(shared, "settings.xml", """
                <settings>
                  <mirrors>
                    <mirror><id>build-repository</id><mirrorOf>*</mirrorOf><url>%1$s</url></mirror>
                  </mirrors>
                  <profiles>
                    <profile>
                      <id>offline-central</id>
                      <repositories>
                        <repository><id>central</id><url>%1$s</url>
                          <releases><checksumPolicy>ignore</checksumPolicy></releases><snapshots><enabled>false</enabled></snapshots>
                        </repository>
                      </repositories>
                      <pluginRepositories>
                        <pluginRepository><id>central</id><url>%1$s</url>
                          <releases><checksumPolicy>ignore</checksumPolicy></releases><snapshots><enabled>false</enabled></snapshots>
                        </pluginRepository>
                      </pluginRepositories>
                    </profile>
                  </profiles>
                  <activeProfiles><activeProfile>offline-central</activeProfile></activeProfiles>
                </settings>
                """.formatted(mirror));
    }

    /** A publisher's repository: the sample articles, site.yaml and the pom of the README. */
    private Path publisher(String name) {
        Path root = TestSites.copy("basic", work.resolve(name));
        TestSites.write(root, "pom.xml", """
                <project>
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>org.example</groupId>
                  <artifactId>news</artifactId>
                  <version>1</version>
                  <packaging>pom</packaging>
                  <build><plugins><plugin>
                    <groupId>org.warraq</groupId><artifactId>warraq-maven-plugin</artifactId><version>%s</version>
                    <executions><execution><goals><goal>build</goal></goals></execution></executions>
                  </plugin></plugins></build>
                </project>
                """.formatted(VERSION));
        return root;
    }

    private Run mvn(Path dir, Map<String, String> env, String... goals) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("warraq.it.mavenHome"), "bin", "mvn").toString(),
                "-B", "-s", settings.toString(), "-Dmaven.repo.local=" + System.getProperty("warraq.it.repository")));
        command.addAll(List.of(goals));
        Path log = Files.createTempFile(work, "mvn-", ".log");
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Process maven = Processes.environment(builder, env).start();
        if (!maven.waitFor(5, TimeUnit.MINUTES)) {
            maven.destroyForcibly();
            throw new AssertionError("mvn " + goals[0] + " did not end:\n" + Files.readString(log));
        }
        return new Run(maven.exitValue(), Files.readString(log));
    }

    @Test
    void packageBuildsTheSiteQuietlyWithOrWithoutALocale() throws Exception {
        Path utf8 = publisher("utf8");
        Run run = mvn(utf8, Map.of(), "-q", "package");
        assertThat(run.exit()).as(run.output()).isZero();
        assertThat(run.text()).as("mvn -q package prints nothing").isEmpty();
        assertThat(utf8.resolve("site/tags/المغرب/index.html")).isRegularFile();

        Path posix = publisher("posix");
        run = mvn(posix, POSIX, "-q", "package");
        assertThat(run.exit()).as(run.output()).isZero();
        assertThat(run.text()).isEmpty();
        assertThat(TestSites.tree(posix.resolve("site"))).containsExactlyInAnyOrderEntriesOf(TestSites.tree(utf8.resolve("site")));
    }

    @Test
    void aBrokenArticleFailsPackageAndCheckWithItsLineAndLeavesTheSiteAsItWas() throws Exception {
        Path root = publisher("broken");
        assertThat(mvn(root, Map.of(), "-q", "package").exit()).isZero();
        Map<String, byte[]> before = TestSites.tree(root.resolve("site"));
        GoalsTest.breakTheDate(root);

        Run build = mvn(root, Map.of(), "package");
        assertThat(build.exit()).as(build.output()).isEqualTo(1);
        assertThat(build.text()).contains(BAD_DATE + "\n[ERROR] 1 error, 0 warnings\n", "BUILD FAILURE",
                "warraq build found content or template problems (listed above)");

        for (Map<String, String> env : List.of(Map.<String, String>of(), POSIX)) {
            Run check = mvn(root, env, "-q", "warraq:check");
            assertThat(check.exit()).as(check.output()).isEqualTo(1);
            assertThat(check.text()).startsWith(BAD_DATE + "\n[ERROR] 1 error, 0 warnings\n[ERROR] Failed to execute goal "
                    + "org.warraq:warraq-maven-plugin:" + VERSION + ":check");
        }
        assertThat(TestSites.tree(root.resolve("site"))).containsExactlyInAnyOrderEntriesOf(before);
        try (var files = Files.list(root)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains("staging"));
        }
    }

    @Test
    void newSiteWritesARepositoryThatBuildsOnTheFirstPackage() throws Exception {
        Run created = mvn(work, Map.of(), "-q", "org.warraq:warraq-maven-plugin:" + VERSION + ":new-site", "-Dwarraq.dir=news",
                "-Dwarraq.baseUrl=https://news.example.org/");
        assertThat(created.exit()).as(created.output()).isZero();
        Path site = work.resolve("news");
        assertThat(site.resolve(".mvn/jvm.config")).isRegularFile();

        Run build = mvn(site, POSIX, "-q", "package");
        assertThat(build.exit()).as(build.output()).isZero();
        assertThat(build.text()).isEmpty();
        assertThat(TestSites.read(site.resolve("site/index.html"))).contains("مرحبا بكم في موقعنا الإخباري");

        Run again = mvn(work, Map.of(), "org.warraq:warraq-maven-plugin:" + VERSION + ":new-site", "-Dwarraq.dir=news");
        assertThat(again.exit()).isEqualTo(1);
        assertThat(again.text()).contains("site.yaml: error: already exists");
    }
}
