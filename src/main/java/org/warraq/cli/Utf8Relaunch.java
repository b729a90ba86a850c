package org.warraq.cli;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import picocli.CommandLine;

/**
 * Warraq reads and writes Arabic file names, so its JVM must name files in UTF-8. Java takes that encoding
 * from the locale when it starts ({@code LANG}, {@code LC_ALL}: unset, the POSIX locale gives ASCII) and
 * cannot change it afterwards ({@code -Dsun.jnu.encoding} is ignored). So when it is not UTF-8, the command
 * runs once more in a new JVM with {@code LC_ALL=C.UTF-8}: the same {@code java}, JVM options and class path,
 * the exit code passed through, stopped with this one. The arguments travel in an argument file
 * ({@code java @file}, written in UTF-8), since this JVM could only pass them on in ASCII. A marker variable
 * keeps it from happening twice: a new JVM that still has no UTF-8 prints one line saying what to set, exits
 * with 2, and creates nothing.
 */
final class Utf8Relaunch {
    static final String MARKER = "WARRAQ_UTF8_RELAUNCHED";
    private static final String LOCALE = "C.UTF-8";
    private static final int USAGE = CommandLine.ExitCode.USAGE;
    private static final long STOP_SECONDS = 10;

    private Utf8Relaunch() {
    }

    /** Whether this JVM names files in UTF-8 (always true on Windows, whose file names are UTF-16). */
    static boolean namesFilesInUtf8() {
        String encoding = System.getProperty("sun.jnu.encoding");
        if (File.separatorChar == '\\' || encoding == null) {
            return true;
        }
        try {
            return Charset.forName(encoding).equals(StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** From {@code main}: the new JVM shares this terminal (Ctrl+C reaches both). */
    static int onTerminal(String[] args, PrintWriter err) {
        return relaunch(rawArguments(args), null, err);
    }

    /** From {@link Main#run}: what the new JVM prints goes to {@code out} and {@code err}, line by line. */
    static int piped(String[] args, PrintWriter out, PrintWriter err) {
        return relaunch(List.of(args), out, err);
    }

    private static int relaunch(List<String> args, PrintWriter out, PrintWriter err) {
        if (System.getenv(MARKER) != null) {
            return refuse(err, "");
        }
        Path argumentFile = null;
        try {
            argumentFile = Files.createTempFile("warraq-", ".args");
            Files.writeString(argumentFile, argumentFile(args), StandardCharsets.UTF_8);
            ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "@" + argumentFile);
            Map<String, String> env = builder.environment();
            env.put("LC_ALL", LOCALE);
            env.put(MARKER, "1");
            // Their options are among this JVM's input arguments already: do not apply them twice.
            env.remove("JAVA_TOOL_OPTIONS");
            env.remove("JDK_JAVA_OPTIONS");
            if (out == null) {
                builder.inheritIO();
            }
            return waitFor(builder.start(), out, err);
        } catch (IOException | UncheckedIOException e) {
            return refuse(err, " and a Java with " + LOCALE + " could not be started: " + e.getMessage());
        } finally {
            if (argumentFile != null) {
                try {
                    Files.deleteIfExists(argumentFile);
                } catch (IOException e) {
                    argumentFile.toFile().deleteOnExit();
                }
            }
        }
    }

    private static int refuse(PrintWriter err, String detail) {
        err.println("error: this Java names files in " + System.getProperty("sun.jnu.encoding")
                + ", not UTF-8, so it cannot read or write Arabic file names" + detail
                + " (set LC_ALL=C.UTF-8, or any UTF-8 locale, and run again)");
        err.flush();
        return USAGE;
    }

    private static int waitFor(Process child, PrintWriter out, PrintWriter err) throws IOException {
        Thread stop = new Thread(() -> stop(child), "warraq-relaunch-stop");
        Runtime.getRuntime().addShutdownHook(stop);
        List<Thread> copies = new ArrayList<>();
        if (out != null) {
            child.getOutputStream().close();
            copies.add(copy(child.getInputStream(), out));
            copies.add(copy(child.getErrorStream(), err));
        }
        try {
            int code = child.waitFor();
            for (Thread copy : copies) {
                copy.join();
            }
            return code;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop(child);
            return child.exitValue();
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(stop);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running, or has run: it stops the child
            }
        }
    }

    /** Asks the child to stop (it runs its own shutdown, e.g. the preview's), then makes sure it has. */
    private static void stop(Process child) {
        child.destroy();
        try {
            if (!child.waitFor(STOP_SECONDS, TimeUnit.SECONDS)) {
                child.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            child.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static Thread copy(InputStream from, PrintWriter to) {
        Thread thread = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(from, StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    to.println(line);
                    to.flush();
                }
            } catch (IOException e) {
                to.println("error: lost the output of the Java with " + LOCALE + ": " + e.getMessage());
                to.flush();
            }
        }, "warraq-relaunch-output");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    /** The JVM options, class path, main class and arguments, one quoted argument a line. */
    private static String argumentFile(List<String> args) {
        List<String> all = new ArrayList<>(ManagementFactory.getRuntimeMXBean().getInputArguments());
        all.add("-cp");
        all.add(classPath());
        all.add(Main.class.getName());
        all.addAll(args);
        return all.stream().map(Utf8Relaunch::quote).collect(Collectors.joining("\n", "", "\n"));
    }

    /** Quoted for an argument file: inside double quotes, a backslash escapes. */
    static String quote(String arg) {
        StringBuilder quoted = new StringBuilder("\"");
        for (int i = 0; i < arg.length(); i++) {
            char c = arg.charAt(i);
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\n' -> quoted.append("\\n");
                case '\r' -> quoted.append("\\r");
                case '\t' -> quoted.append("\\t");
                case '\f' -> quoted.append("\\f");
                default -> quoted.append(c);
            }
        }
        return quoted.append('"').toString();
    }

    /** Warraq's class path: a class loader's own (e.g. inside Maven), else the JVM's. */
    private static String classPath() {
        if (Main.class.getClassLoader() instanceof URLClassLoader loader) {
            List<String> entries = new ArrayList<>();
            for (URL url : loader.getURLs()) {
                try {
                    entries.add(Path.of(url.toURI()).toString());
                } catch (URISyntaxException | IllegalArgumentException e) {
                    throw new UncheckedIOException(new IOException("class path entry " + url + ": " + e.getMessage()));
                }
            }
            return String.join(File.pathSeparator, entries);
        }
        return System.getProperty("java.class.path");
    }

    /**
     * The program arguments as typed: Java decoded them in the locale's encoding, which loses every Arabic
     * letter, so on Linux they are read again as bytes from {@code /proc/self/cmdline} (they are its last
     * entries) and decoded as UTF-8. Where that does not match, the arguments are used as Java decoded them.
     */
    static List<String> rawArguments(String[] decoded) {
        List<String> given = Arrays.asList(decoded);
        try {
            byte[] bytes = Files.readAllBytes(Path.of("/proc/self/cmdline"));
            List<byte[]> entries = new ArrayList<>();
            int start = 0;
            for (int i = 0; i < bytes.length; i++) {
                if (bytes[i] == 0) {
                    entries.add(Arrays.copyOfRange(bytes, start, i));
                    start = i + 1;
                }
            }
            if (entries.size() < decoded.length) {
                return given;
            }
            Charset platform = Charset.forName(System.getProperty("sun.jnu.encoding"));
            List<byte[]> last = entries.subList(entries.size() - decoded.length, entries.size());
            List<String> raw = new ArrayList<>();
            for (int i = 0; i < decoded.length; i++) {
                if (!new String(last.get(i), platform).equals(decoded[i])) {
                    return given;
                }
                raw.add(new String(last.get(i), StandardCharsets.UTF_8));
            }
            return raw;
        } catch (IOException | RuntimeException e) {
            return given;
        }
    }
}
