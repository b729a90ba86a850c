package org.warraq.maven;

import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Starts an article, as {@code warraq new}: {@code content/YYYY/MM/<slug>.md} with complete front matter,
 * a draft dated now: {@code mvn warraq:new -Dwarraq.title="عنوان الخبر" -Dwarraq.source=anadolu}.
 */
@Mojo(name = "new", threadSafe = true)
public class NewMojo extends WarraqMojo {
    /** The headline. */
    @Parameter(property = "warraq.title", required = true)
    String title;

    /** Source id from {@code site.yaml}'s {@code sources}. */
    @Parameter(property = "warraq.source")
    String source;

    /** Tags, separated by commas ({@code ,} or the Arabic comma {@code ،}). */
    @Parameter(property = "warraq.tags")
    String tags;

    @Override
    CliArguments arguments() {
        return common(new CliArguments("new").option("--source", source).option("--tags", tags)).positional(title);
    }
}
