package org.warraq.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warraq.testing.TestSites;

/** Mistakes in editions and translations, reported at their line and column with a hint. */
class EditionProblemsTest {
    private static final String SITE_WITHOUT_EDITIONS = """
            title: موقع
            base_url: https://example.org/
            sources:
              anadolu: { name: وكالة الأناضول }
            sections:
              politics: { name: سياسة }
            """;
    private static final String SITE = SITE_WITHOUT_EDITIONS + "editions:\n  fr:\n    title: Site\n";

    @Test
    void editionSettingsAreValidatedWithDidYouMean(@TempDir Path root) {
        TestSites.write(root, "site.yaml", SITE_WITHOUT_EDITIONS + """
                editions:
                  fr:
                    titel: Site
                    hijri_offset: 5
                    sources:
                      anadolou: { name: Agence Anadolu }
                    sections:
                      politics: { name: Politique, order: 2 }
                  ar:
                    title: عربي
                  "x y": {}
                """);
        assertThat(TestSites.failures(root)).containsExactly(
                "site.yaml:9:5: error: unknown key 'titel' (did you mean 'title'?)",
                "site.yaml:10:19: error: 'hijri_offset' must be between -2 and 2",
                "site.yaml:12:7: error: unknown source 'anadolou' (did you mean 'anadolu'? an edition names the sources of the top-level sources: (anadolu))",
                "site.yaml:14:36: error: unknown key 'order' (known keys: description, name)",
                "site.yaml:15:3: error: edition 'ar' is the main language (the main edition is the top-level settings (language: ar))",
                "site.yaml:17:3: error: edition 'x y' is not a language tag (e.g. fr, en, ar-MA)");
    }

    @Test
    void anArticlesLanguageMustBeAnEditionAndAgreeWithItsFolder(@TempDir Path root) {
        TestSites.write(root, "site.yaml", SITE);
        TestSites.write(root, "content/a.md", "---\ntitle: خبر\ndate: 2024-01-01\nlanguage: fx\n---\nنص\n");
        TestSites.write(root, "content/fr/b.md", "---\ntitle: Nouvelle\ndate: 2024-01-01\nlanguage: ar\n---\nTexte\n");
        assertThat(TestSites.failures(root)).containsExactly(
                "content/a.md:4:11: error: the site has no edition in 'fx' (did you mean 'fr'? editions: ar, fr (add one under editions: in site.yaml))",
                "content/fr/b.md:4:11: error: the article is in content/fr/, the folder of the 'fr' edition, but says language: ar"
                        + " (move the file or remove language:)");
    }

    @Test
    void anEditionHasOneVersionOfAStory(@TempDir Path root) {
        TestSites.write(root, "site.yaml", SITE);
        TestSites.write(root, "content/fr/a.md", "---\ntitle: Un\ndate: 2024-01-01\ntranslation_key: k\n---\nTexte\n");
        TestSites.write(root, "content/fr/b.md", "---\ntitle: Deux\ndate: 2024-01-02\ntranslation_key: k\n---\nTexte\n");
        assertThat(TestSites.failures(root)).containsExactly(
                "content/fr/a.md:1:1: error: translation_key 'k' is also the key of content/fr/b.md in the same edition"
                        + " (an edition has one version of a story: give each its own key)");
    }
}
