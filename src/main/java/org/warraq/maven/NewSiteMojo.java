package org.warraq.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Starts a publisher's repository that builds on the first {@code mvn package}: {@code pom.xml} (this
 * plugin, its {@code build} goal bound to {@code package}), {@code site.yaml} with every key commented, one
 * example article, {@code .gitignore}, {@code .mvn/jvm.config} and a CI workflow publishing {@code site/} on
 * GitHub Pages. It refuses a folder that already holds a site or any of these files.
 *
 * <pre>mvn org.warraq:warraq-maven-plugin:VERSION:new-site -Dwarraq.dir=my-news -Dwarraq.title="أخبار المدينة"</pre>
 */
@Mojo(name = "new-site", requiresProject = false, threadSafe = true)
public class NewSiteMojo extends AbstractMojo {
    /** The folder to write the site into (made if missing). Default: the current folder. */
    @Parameter(property = "warraq.dir", defaultValue = "${basedir}")
    File dir;

    /** The site's name ({@code title} in {@code site.yaml}). */
    @Parameter(property = "warraq.title", defaultValue = "أخبار")
    String title;

    /** Where the site will be published ({@code base_url} in {@code site.yaml}). */
    @Parameter(property = "warraq.baseUrl", defaultValue = "https://example.org/")
    String baseUrl;

    @Parameter(defaultValue = "${plugin.version}", readonly = true)
    String version;

    Clock clock = Clock.systemUTC();

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        WarraqMojo.refuseUndecoded(Arrays.asList(dir.toString(), title, baseUrl));
        Path target = dir.toPath().toAbsolutePath().normalize();
        Map<String, String> files = new SiteSkeleton(version, title, baseUrl, clock).files(target);
        List<String> existing = SiteSkeleton.existing(target, files.keySet());
        if (!existing.isEmpty()) {
            existing.forEach(name -> getLog().error(target.resolve(name) + ": error: already exists"
                    + " (new-site starts a site in an empty folder, or one without a site: choose another -Dwarraq.dir)"));
            throw new MojoFailureException("warraq new-site: " + target + " already holds a site; nothing was written");
        }
        try {
            SiteSkeleton.write(target, files);
        } catch (IOException e) {
            throw new MojoExecutionException("warraq new-site: cannot write into " + target + ": " + e, e);
        }
        getLog().info("new site in " + target + ": " + String.join(", ", files.keySet()));
        getLog().info("next: cd " + target + " && mvn package (site/), mvn warraq:serve (preview)");
    }
}
