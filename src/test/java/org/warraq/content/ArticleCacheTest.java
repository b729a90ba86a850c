package org.warraq.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warraq.config.SiteConfig;
import org.warraq.config.SiteConfigLoader;
import org.warraq.testing.TestSites;

class ArticleCacheTest {

    @Test
    void anUnchangedFileIsNotReadAgainAndAChangedOneIs(@TempDir Path root) throws Exception {
        TestSites.copy("basic", root);
        SiteConfig config = SiteConfigLoader.load(root);
        Path content = root.resolve("content");
        ArticleReader reader = new ArticleReader(config, content, "content", new Markdown(config.rawHtml(), config.baseUrl()));
        AtomicInteger reads = new AtomicInteger();
        String path = "2024/02/security.md";
        ArticleCache cache = ArticleCache.empty("k");
        ArticleReader.Result first = cache.get(content, path, p -> {
            reads.incrementAndGet();
            return reader.read(p);
        });
        Path file = root.resolve(".warraq/articles");
        cache.write(file);

        ArticleCache again = ArticleCache.read(file, "k");
        ArticleReader.Result cached = again.get(content, path, p -> {
            reads.incrementAndGet();
            return reader.read(p);
        });
        assertThat(reads).hasValue(1);
        assertThat(cached).isEqualTo(first);
        assertThat(cached.article()).isPresent();

        assertThat(ArticleCache.read(file, "another key").get(content, path, p -> {
            reads.incrementAndGet();
            return reader.read(p);
        })).isEqualTo(first);
        assertThat(reads).hasValue(2);

        Path article = content.resolve(path);
        Files.writeString(article, Files.readString(article).replace("تعزيز التعاون", "تعزيز الشراكة"));
        ArticleReader.Result changed = again.get(content, path, reader::read);
        assertThat(changed.article().orElseThrow().hash()).isNotEqualTo(first.article().orElseThrow().hash());
    }
}
