package org.warraq.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.warraq.diag.BuildFailure;
import org.warraq.diag.Problem;
import org.warraq.pipeline.BuildResult;
import org.warraq.serve.Preview;
import org.warraq.serve.PreviewLog;
import org.warraq.serve.ServeOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/** {@code warraq serve}: the live preview. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Build the site into .warraq/preview/ (not site/), serve it at http://127.0.0.1:8080/,",
                "rebuild when site.yaml, content/ or templates/ change, and reload open pages.",
                "When a build fails, open pages show its problems over the last good site. Ctrl+C stops."})
final class ServeCommand implements Callable<Integer> {
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

    @Mixin
    SiteOptions site;

    @Option(names = "--port", paramLabel = "N", description = "Port to listen on (0: any free port). Default: ${DEFAULT-VALUE}.")
    int port = 8080;

    @Option(names = "--bind", paramLabel = "ADDRESS",
            description = "Address to listen on. Default: ${DEFAULT-VALUE} (this computer only; drafts stay private).")
    String bind = "127.0.0.1";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (port < 0 || port > 65535) {
            throw BuildFailure.config("(command line)", "--port must be between 0 and 65535", "e.g. --port 8080");
        }
        Path root = site.root.toAbsolutePath().normalize();
        ServeOptions options = new ServeOptions(root, bind, port, site.drafts, site.strict, site.threads,
                ServeOptions.DEFAULT_QUIET);
        out.println("building the preview of " + root + " ...");
        out.flush();
        Preview preview;
        try {
            preview = Preview.start(options, new TerminalLog(out, err));
        } catch (IOException e) {
            throw BuildFailure.config("(command line)", "cannot serve on " + bind + ":" + port + ": " + e.getMessage(),
                    "is another server using the port? try --port " + (port == 8080 ? 8081 : 8080) + " or --port 0");
        }
        out.println("serving " + preview.url() + " (from " + root.relativize(preview.folder()) + "/"
                + (site.drafts ? ", drafts included" : "") + ")");
        out.println("watching site.yaml, content/ and templates/; press Ctrl+C to stop");
        if (!isLoopback(bind)) {
            err.println("warning: listening on " + bind + ": other computers on the network can see the preview"
                    + (site.drafts ? " and its drafts" : ""));
        }
        out.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            preview.close();
            stopped.countDown();
        }, "warraq-serve-stop"));
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            preview.close();
        }
        return 0;
    }

    private static boolean isLoopback(String address) {
        try {
            return InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /** Build results on the terminal: problems exactly as {@code warraq build} prints them. */
    private static final class TerminalLog implements PreviewLog {
        private final PrintWriter out;
        private final PrintWriter err;

        TerminalLog(PrintWriter out, PrintWriter err) {
            this.out = out;
            this.err = err;
        }

        @Override
        public synchronized void built(BuildResult result) {
            if (!result.warnings().isEmpty()) {
                Failures.report(err, result.warnings());
            }
            out.println(now() + result.summary("built"));
            out.flush();
        }

        @Override
        public synchronized void failed(List<Problem> problems) {
            err.println(now() + "build failed; the preview keeps the last good site until the problems are fixed:");
            Failures.report(err, problems);
        }

        @Override
        public synchronized void info(String line) {
            out.println(now() + line);
            out.flush();
        }

        private static String now() {
            return "[" + LocalTime.now().format(CLOCK) + "] ";
        }
    }
}
