package org.warraq.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One article or one template must never stop the preview: a body nested beyond the limits, or a theme that
 * makes a build throw a StackOverflowError, is a problem on the pages; the next good save builds again.
 */
class PreviewSurvivesTest {
    @TempDir
    Path root;
    private Preview preview;

    @AfterEach
    void stop() {
        if (preview != null) {
            preview.close();
        }
    }

    @Test
    void startsOnASiteWithADeeplyNestedArticleAndShowsItsProblem() throws IOException {
        TestSite.write(root);
        TestSite.write(root, "content/2024/03/deep.md", """
                ---
                title: عميق
                date: 2024-03-05T10:00:00+03:00
                ---
                %sنص
                """.formatted("> ".repeat(5000)));
        preview = Preview.start(ServeOptions.defaults(root).withPort(0), PreviewLog.QUIET);
        assertThat(preview.status().ok()).isFalse();
        assertThat(preview.status().problems()).containsExactly("content/2024/03/deep.md:5:41: error: block quotes, "
                + "lists or footnotes nested more than 20 deep (nest fewer levels)");
        TestSite.write(root, "content/2024/03/deep.md", """
                ---
                title: عميق
                date: 2024-03-05T10:00:00+03:00
                ---
                > > نص
                """);
        assertThat(preview.rebuild().ok()).isTrue();
    }

    @Test
    void aBuildThatThrowsAnErrorIsAProblemAndTheNextSaveBuilds() throws IOException {
        TestSite.write(root);
        preview = Preview.start(ServeOptions.defaults(root).withPort(0), PreviewLog.QUIET);
        assertThat(preview.status().ok()).isTrue();
        TestSite.write(root, "templates/article.ftlh", "<#macro again><@again/></#macro><@again/>\n");
        BuildStatus broken = preview.rebuild();
        assertThat(broken.ok()).isFalse();
        assertThat(broken.problems()).singleElement().asString().contains("java.lang.StackOverflowError");
        assertThat(new Http(preview.port()).get("/").statusCode()).isEqualTo(200);
        java.nio.file.Files.delete(root.resolve("templates/article.ftlh"));
        assertThat(preview.rebuild().ok()).isTrue();
    }

    @Test
    void theWatcherGoesOnWhenARebuildThrowsAnError() throws Exception {
        TestSite.write(root);
        AtomicInteger runs = new AtomicInteger();
        Semaphore ran = new Semaphore(0);
        try (SiteWatcher watcher = new SiteWatcher(root, Duration.ofMillis(50), Duration.ofSeconds(1), () -> {
            runs.incrementAndGet();
            ran.release();
            throw new StackOverflowError("from a rebuild");
        })) {
            watcher.start();
            TestSite.write(root, TestSite.FAIR, "---\ntitle: أ\ndate: 2024-03-01T10:00:00+03:00\n---\nنص\n");
            assertThat(ran.tryAcquire(10, TimeUnit.SECONDS)).isTrue();
            TestSite.write(root, TestSite.FAIR, "---\ntitle: ب\ndate: 2024-03-01T10:00:00+03:00\n---\nنص\n");
            assertThat(ran.tryAcquire(10, TimeUnit.SECONDS)).as("a second rebuild after the error").isTrue();
        }
        assertThat(runs.get()).isGreaterThanOrEqualTo(2);
    }
}
