package org.warraq.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.warraq.diag.Problem;
import org.warraq.pipeline.BuildResult;

/**
 * Not a test: a measurement, run by {@code bench/serve-latency [SITE] [EDITS]}. Copies the site's
 * {@code site.yaml}, {@code content/} and {@code templates/} to {@code bench/.work/serve-latency/}, starts the
 * preview there, and saves one article {@code EDITS} times (a new last paragraph each time), timing each
 * save to the {@code reload} event an open page receives. Prints every time, the median, and the
 * server-side build times. Skipped unless {@code -Dwarraq.bench.site=DIR} is given; {@code
 * -Dwarraq.bench.warmup=N} makes N saves first without timing them (a preview that has run a while).
 */
@EnabledIfSystemProperty(named = "warraq.bench.site", matches = ".+")
class ServeLatencyBench {
    @Test
    void saveToReload() throws IOException {
        Path source = Path.of(System.getProperty("warraq.bench.site")).toAbsolutePath().normalize();
        int edits = Integer.getInteger("warraq.bench.edits", 10);
        int warmup = Integer.getInteger("warraq.bench.warmup", 0);
        Path work = Path.of(System.getProperty("warraq.bench.work", "bench/.work/serve-latency")).toAbsolutePath()
                .resolve(source.getFileName().toString());
        copySite(source, work);
        Path article = pickArticle(work);
        String original = Files.readString(article);

        BuildTimes log = new BuildTimes();
        long startNanos = System.nanoTime();
        try (Preview preview = Preview.start(ServeOptions.defaults(work).withPort(0), log)) {
            long startMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
            assertThat(preview.status().ok()).as(String.join("\n", preview.status().problems())).isTrue();
            Http http = new Http(preview.port());
            List<Long> latencies = new ArrayList<>();
            List<Long> builds = new ArrayList<>();
            try (SseClient sse = new SseClient(http)) {
                sse.await(LiveEvents.STATUS, Duration.ofSeconds(30));
                for (int i = 1; i <= warmup + edits; i++) {
                    String text = original.stripTrailing() + "\n\nتعديل رقم " + i + " للقياس.\n";
                    int before = log.millis.size();
                    Files.writeString(article, text);
                    long saved = System.nanoTime();
                    SseClient.Event reload = sse.await(LiveEvents.RELOAD, Duration.ofSeconds(120));
                    if (i > warmup) {
                        latencies.add(TimeUnit.NANOSECONDS.toMillis(reload.nanos() - saved));
                        builds.add(log.millis.get(log.millis.size() - 1));
                    }
                    assertThat(log.millis.size()).isEqualTo(before + 1);
                    sleep(300);
                }
            } finally {
                Files.writeString(article, original);
            }
            System.out.printf(Locale.ROOT, "%nserve latency: %s%n  articles: %d (%s)%n  edited: %s%n"
                            + "  preview start (first build into .warraq/preview, server up): %d ms%n"
                            + "  save -> reload event, ms (%d saves after %d unmeasured): %s%n  median %d ms, min %d, max %d%n"
                            + "  of which the build (median): %d ms; debounce: %d ms%n%n",
                    source, log.articles, log.first, work.relativize(article), startMillis, latencies.size(), warmup, latencies,
                    median(latencies), latencies.stream().min(Long::compare).orElse(0L),
                    latencies.stream().max(Long::compare).orElse(0L), median(builds),
                    ServeOptions.DEFAULT_QUIET.toMillis());
        }
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /** The first published article in path order (a draft's edit would not reload anything). */
    private static Path pickArticle(Path site) throws IOException {
        try (Stream<Path> files = Files.walk(site.resolve("content"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
                String text = Files.readString(p);
                if (!text.contains("\ndraft: true") && text.startsWith("---")) {
                    return p;
                }
            }
        }
        throw new IllegalStateException("no published article in " + site);
    }

    /** A fresh copy of what a build reads; the preview folder of an earlier run is kept (.warraq/). */
    private static void copySite(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        for (String name : List.of("content", "templates")) {
            deleteTree(to.resolve(name));
            if (Files.isDirectory(from.resolve(name))) {
                copyTree(from.resolve(name), to.resolve(name));
            }
        }
        Files.copy(from.resolve("site.yaml"), to.resolve("site.yaml"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    private static void copyTree(Path from, Path to) throws IOException {
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                Files.createDirectories(to.resolve(from.relativize(dir).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.copy(file, to.resolve(from.relativize(file).toString()),
                        java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Build times as the preview reports them. */
    private static final class BuildTimes implements PreviewLog {
        final List<Long> millis = new java.util.concurrent.CopyOnWriteArrayList<>();
        volatile int articles;
        volatile String first = "";

        @Override
        public void built(BuildResult result) {
            if (millis.isEmpty()) {
                first = result.summary("first build");
            }
            millis.add(result.millis());
            articles = result.articles();
        }

        @Override
        public void failed(List<Problem> problems) {
            millis.add(-1L);
            problems.forEach(p -> System.out.println(p.format()));
        }

        @Override
        public void info(String line) {
        }
    }
}
