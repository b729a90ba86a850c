package org.warraq.cli;

import org.warraq.pipeline.Version;
import picocli.CommandLine;

/** {@code --version}. */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"warraq " + Version.get()};
    }
}
