package org.warraq.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warraq.diag.BuildFailure;

/** The two changes the preview needed in the build: its folder inside .warraq/, and a state per output. */
class PreviewOutputTest {
    @TempDir
    Path root;

    private void site() throws IOException {
        Files.writeString(root.resolve("site.yaml"), """
                title: موقع
                base_url: https://example.org/
                language: ar
                timezone: Asia/Riyadh
                """);
        Files.createDirectories(root.resolve("content/2024"));
        Files.writeString(root.resolve("content/2024/a.md"), """
                ---
                title: خبر أول
                date: 2024-03-01T10:00:00+03:00
                ---
                نص.
                """);
    }

    @Test
    void buildsIntoThePreviewFolderButNoOtherFolderOfTheCache() throws IOException {
        site();
        BuildOptions options = BuildOptions.defaults(root).withThreads(1);
        BuildResult result = Pipeline.build(options.withOut(root.resolve(".warraq/preview")));
        assertThat(result.written()).isPositive();
        assertThat(root.resolve(".warraq/preview/index.html")).isRegularFile();

        assertThatThrownBy(() -> Pipeline.build(options.withOut(root.resolve(".warraq/other"))))
                .isInstanceOfSatisfying(BuildFailure.class, f -> {
                    assertThat(f.exitCode()).isEqualTo(BuildFailure.CONFIG);
                    assertThat(f.problems().get(0).message()).contains("is inside .warraq/");
                });
        assertThatThrownBy(() -> Pipeline.build(options.withOut(root.resolve(".warraq"))))
                .isInstanceOf(BuildFailure.class);
        assertThatThrownBy(() -> Pipeline.build(options.withOut(root.resolve(".warraq/preview/inner"))))
                .isInstanceOf(BuildFailure.class);
    }

    @Test
    void buildsIntoSiteAndThePreviewKeepTheirOwnState() throws IOException {
        site();
        BuildOptions site = BuildOptions.defaults(root).withThreads(1);
        BuildOptions preview = site.withOut(root.resolve(".warraq/preview"));
        Pipeline.build(site);
        Pipeline.build(preview);

        assertThat(Pipeline.build(site).written()).as("site/ after a preview build").isZero();
        assertThat(Pipeline.build(preview).written()).as("preview after a site build").isZero();
        assertThat(root.resolve(".warraq/state")).isRegularFile();
        try (Stream<Path> files = Files.list(root.resolve(".warraq"))) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("state")))
                    .hasSize(2).contains("state");
        }
    }
}
