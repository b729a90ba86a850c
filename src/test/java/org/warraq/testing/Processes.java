package org.warraq.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs Warraq's command line in a separate JVM, as a user would, with the test class path. */
public final class Processes {
    private Processes() {
    }

    /** Starts {@code warraq args...} with extra JVM options; output goes to {@code log}. */
    public static Process start(List<String> jvmOptions, Path log, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("org.warraq.cli.Main");
        command.addAll(List.of(args));
        try {
            return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs {@code warraq args...} to the end and returns its exit code. */
    public static int run(List<String> jvmOptions, Path log, String... args) {
        try {
            return start(jvmOptions, log, args).waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

}
