package org.warraq.serve;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How to run the preview.
 *
 * @param root    the site folder
 * @param bind    the address to listen on ({@code 127.0.0.1}: only this computer)
 * @param port    the port; 0 for any free port
 * @param drafts  include drafts
 * @param strict  warnings fail the build
 * @param threads build worker threads
 * @param quiet   how long changes must stop before a rebuild (a burst of saves gives one rebuild)
 */
public record ServeOptions(Path root, String bind, int port, boolean drafts, boolean strict, int threads,
                           Duration quiet) {
    public static final Duration DEFAULT_QUIET = Duration.ofMillis(150);

    public static ServeOptions defaults(Path root) {
        return new ServeOptions(root, "127.0.0.1", 8080, false, false, Runtime.getRuntime().availableProcessors(),
                DEFAULT_QUIET);
    }

    public ServeOptions withPort(int p) {
        return new ServeOptions(root, bind, p, drafts, strict, threads, quiet);
    }

    public ServeOptions withDrafts(boolean on) {
        return new ServeOptions(root, bind, port, on, strict, threads, quiet);
    }
}
