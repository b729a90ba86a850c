package org.warraq.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warraq.testing.TestSites;

/**
 * Edits that keep a file's size, modification time and identity (a script or a sync tool writing the same
 * length within one tick of the clock) are still published: the cache re-reads entries made too close to
 * the file's time, as Git does with racy index entries.
 */
class StaleCacheTest {
    private static final String SECURITY = "2024/02/26/وزيرا-داخلية-المغرب-وفرنسا-يبحثان-تعزيز-التعاون-الأمني/index.html";

    @Test
    void anArticleRewrittenWithTheSameSizeAndTimeIsBuiltAgain(@TempDir Path root) throws IOException {
        TestSites.copy("basic", root);
        Path article = root.resolve("content/2024/02/security.md");
        FileTime time = Files.getLastModifiedTime(article);
        TestSites.build(root);
        assertThat(TestSites.page(root.resolve("site"), SECURITY).selectFirst("main").text()).contains("سبل تعزيز التعاون");

        rewriteKeepingSizeAndTime(article, "سبل تعزيز", "طرق تعزيز", time);
        BuildResult again = TestSites.build(root);

        assertThat(again.written()).isPositive();
        assertThat(TestSites.page(root.resolve("site"), SECURITY).selectFirst("main").text())
                .contains("طرق تعزيز التعاون").doesNotContain("سبل تعزيز");
    }

    @Test
    void aFileCopiedAsItIsAndRewrittenWithTheSameSizeAndTimeIsCopiedAgain(@TempDir Path root) throws IOException {
        TestSites.copy("basic", root);
        String before = "الجدول: الفريق الأول\n";
        TestSites.write(root, "content/2024/02/table.txt", before);
        Path table = root.resolve("content/2024/02/table.txt");
        FileTime time = Files.getLastModifiedTime(table);
        TestSites.build(root);

        String after = before.replace("الأول", "الثان");
        rewriteKeepingSizeAndTime(table, before, after, time);
        TestSites.build(root);

        assertThat(Files.readString(root.resolve("site/2024/02/table.txt"))).isEqualTo(after);
    }

    private static void rewriteKeepingSizeAndTime(Path file, String from, String to, FileTime time) throws IOException {
        byte[] old = Files.readAllBytes(file);
        byte[] edited = Files.readString(file).replace(from, to).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(edited).hasSameSizeAs(old).isNotEqualTo(old);
        Files.write(file, edited);
        Files.setLastModifiedTime(file, time);
    }
}
