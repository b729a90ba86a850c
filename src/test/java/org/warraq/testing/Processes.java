package org.warraq.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Runs Warraq's command line in a separate JVM, as a user would, with the test class path. */
public final class Processes {
    private Processes() {
    }

    /** Starts {@code warraq args...} with extra JVM options; output goes to {@code log}. */
    public static Process start(List<String> jvmOptions, Path log, String... args) {
        return start(jvmOptions, Map.of(), log, args);
    }

    /**
     * The same in a changed environment: each entry of {@code env} sets a variable, or removes it when its
     * value is empty (e.g. LANG and LC_ALL, for the POSIX locale).
     */
    public static Process start(List<String> jvmOptions, Map<String, String> env, Path log, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("org.warraq.cli.Main");
        command.addAll(List.of(args));
        try {
            return environment(new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()), env).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Changes the environment of {@code builder}: sets each variable of {@code env}, or removes it where empty. */
    public static ProcessBuilder environment(ProcessBuilder builder, Map<String, String> env) {
        env.forEach((name, value) -> {
            if (value.isEmpty()) {
                builder.environment().remove(name);
            } else {
                builder.environment().put(name, value);
            }
        });
        return builder;
    }

    /** Runs {@code warraq args...} to the end and returns its exit code. */
    public static int run(List<String> jvmOptions, Path log, String... args) {
        return run(jvmOptions, Map.of(), log, args);
    }

    /** Runs {@code warraq args...} in a changed environment (see {@link #start(List, Map, Path, String...)}). */
    public static int run(List<String> jvmOptions, Map<String, String> env, Path log, String... args) {
        try {
            return start(jvmOptions, env, log, args).waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }


    /** Runs a system command (mkfifo, mount…) and says whether it succeeded; false where it cannot run. */
    public static boolean succeeds(List<String> command) {
        try {
            return new ProcessBuilder(command).redirectErrorStream(true).start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
