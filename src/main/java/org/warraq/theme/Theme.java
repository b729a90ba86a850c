package org.warraq.theme;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.warraq.files.ContentPaths;
import org.warraq.files.SiteLayout;
import org.warraq.util.Hashing;

/**
 * The site's look: the publisher's {@code templates/} folder over the default theme inside Warraq (which
 * is the repository's own {@code templates/} folder, packaged by Maven). A file in the publisher's folder
 * replaces the default file of the same name; files under {@code static/} are published under
 * {@code /assets/}.
 */
public final class Theme {
    /** Where the default theme sits on the class path. */
    public static final String BUILT_IN = "org/warraq/theme";
    public static final String STATIC = "static";
    private static final Pattern INCLUDE = Pattern.compile("<#(?:include|import)\\s+\"([^\"]+)\"");

    private final Path userDir;

    public Theme(Path userDir) {
        this.userDir = userDir;
    }

    /** The publisher's templates folder, if it exists. */
    public Optional<Path> userDir() {
        return Files.isDirectory(userDir) ? Optional.of(userDir) : Optional.empty();
    }

    /** The path problems name for a template: "templates/x.ftlh", or "(built-in theme)/x.ftlh". */
    public String display(String name) {
        return isUsers(name) ? displayOwn(name) : displayDefault(name);
    }

    public boolean isUsers(String name) {
        return userDir().map(d -> Files.isRegularFile(d.resolve(name))).orElse(false);
    }

    /** The path problems name for a file of the publisher's theme: "templates/x". */
    public String displayOwn(String name) {
        return SiteLayout.TEMPLATES + "/" + name;
    }

    /** The path problems name for a file of the default theme: "(built-in theme)/x". */
    public String displayDefault(String name) {
        return "(built-in theme)/" + name;
    }

    /** The bytes of a file of the publisher's theme, if it has one. */
    public Optional<byte[]> readOwn(String name) {
        try {
            return isUsers(name) ? Optional.of(Files.readAllBytes(userDir.resolve(name))) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The bytes of a file of the default theme, if it has one. */
    public Optional<byte[]> readDefault(String name) {
        try (InputStream in = Theme.class.getClassLoader().getResourceAsStream(BUILT_IN + "/" + name)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The bytes of a theme file, the publisher's first. */
    public Optional<byte[]> read(String name) {
        return readOwn(name).or(() -> readDefault(name));
    }

    /**
     * A hash of a template and everything it includes or imports (found by reading the directives), so a
     * change to a template invalidates exactly the pages that use it.
     */
    public String closureHash(String name) {
        TreeSet<String> seen = new TreeSet<>();
        List<String> queue = new ArrayList<>(List.of(name));
        StringBuilder all = new StringBuilder();
        while (!queue.isEmpty()) {
            String next = queue.remove(queue.size() - 1);
            if (!seen.add(next)) {
                continue;
            }
            Optional<byte[]> bytes = read(next);
            String text = bytes.map(b -> new String(b, java.nio.charset.StandardCharsets.UTF_8)).orElse("");
            Matcher m = INCLUDE.matcher(text);
            while (m.find()) {
                queue.add(resolve(next, m.group(1)));
            }
        }
        for (String n : seen) {
            all.append(n).append('\0').append(read(n).map(Hashing::hex).orElse("-")).append('\n');
        }
        return Hashing.hex(all.toString());
    }

    /** Static files (below {@code static/}), as paths relative to it, sorted; the publisher's win. */
    public List<String> staticFiles() {
        TreeSet<String> names = new TreeSet<>(builtIn(STATIC + "/"));
        userDir().map(d -> d.resolve(STATIC)).filter(Files::isDirectory).ifPresent(dir -> {
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.filter(Files::isRegularFile)
                        .map(p -> dir.relativize(p).toString().replace('\\', '/'))
                        .filter(p -> !p.startsWith(".") && !p.contains("/."))
                        .forEach(names::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return List.copyOf(names);
    }

    /**
     * A hash of every file of the theme, the publisher's and the default one's (templates, static files,
     * messages): when it is unchanged, so is everything the theme gives a build.
     */
    public String hash() {
        TreeSet<String> names = new TreeSet<>(builtIn(""));
        userDir().ifPresent(dir -> {
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString().replace('\\', '/'))
                        .forEach(names::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        StringBuilder all = new StringBuilder();
        for (String name : names) {
            all.append(name).append('\0').append(readOwn(name).map(Hashing::hex).orElse("-")).append('\0')
                    .append(readDefault(name).map(Hashing::hex).orElse("-")).append('\n');
        }
        return Hashing.hex(all.toString());
    }

    /** The files of the default theme below {@code folder} ("static/", or "" for all), relative to it. */
    private static List<String> builtIn(String folder) {
        List<String> out = new ArrayList<>();
        String prefix = BUILT_IN + "/" + folder;
        URL marker = Theme.class.getClassLoader().getResource(BUILT_IN + "/" + STATIC);
        if (marker == null) {
            return out;
        }
        try {
            if ("jar".equals(marker.getProtocol())) {
                String jarPath = marker.getPath().substring("file:".length(), marker.getPath().indexOf("!/"));
                try (JarFile jar = new JarFile(java.net.URLDecoder.decode(jarPath, java.nio.charset.StandardCharsets.UTF_8))) {
                    Enumeration<JarEntry> entries = jar.entries();
                    while (entries.hasMoreElements()) {
                        JarEntry e = entries.nextElement();
                        if (!e.isDirectory() && e.getName().startsWith(prefix)) {
                            out.add(e.getName().substring(prefix.length()));
                        }
                    }
                }
            } else {
                Path dir = folder.isEmpty() ? Path.of(marker.toURI()).getParent() : Path.of(marker.toURI()).getParent().resolve(folder);
                try (Stream<Path> walk = Files.walk(dir)) {
                    walk.filter(Files::isRegularFile).forEach(p -> out.add(dir.relativize(p).toString().replace('\\', '/')));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    private static String resolve(String from, String name) {
        if (name.startsWith("/")) {
            return name.substring(1);
        }
        int slash = from.lastIndexOf('/');
        String base = slash < 0 ? "" : from.substring(0, slash + 1);
        return ContentPaths.resolve(base, name).orElse(name);
    }
}
