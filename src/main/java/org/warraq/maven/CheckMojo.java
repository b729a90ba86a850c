package org.warraq.maven;

import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Loads, indexes and renders the whole site without writing anything and reports every problem, as
 * {@code warraq check} does: {@code mvn warraq:check}. Bound to {@code verify} when listed without a phase.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class CheckMojo extends SiteMojo {
    @Override
    CliArguments arguments() {
        return site(new CliArguments("check"));
    }
}
