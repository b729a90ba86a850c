package org.warraq.maven;

import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * The live preview, as {@code warraq serve}: builds the site into {@code .warraq/preview/} (not
 * {@code site/}), serves it at http://127.0.0.1:8080/, rebuilds on every save and reloads open pages; when a
 * save breaks the build, the pages show its problems. Ctrl+C stops it: {@code mvn warraq:serve}.
 */
@Mojo(name = "serve")
public class ServeMojo extends SiteMojo {
    /** Port to listen on (0: any free port). Default: 8080. */
    @Parameter(property = "warraq.port")
    Integer port;

    /** Address to listen on. Default: 127.0.0.1 (this computer only; drafts stay private). */
    @Parameter(property = "warraq.bind")
    String bind;

    @Override
    CliArguments arguments() {
        return site(new CliArguments("serve").option("--port", port).option("--bind", bind));
    }
}
