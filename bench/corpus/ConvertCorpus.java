import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.warraq.text.Slugs;

/**
 * Converts the ANT multi-source Arabic news corpus (JSON Lines: id, title, body, date, source, url,
 * category) into a Warraq site, WITHOUT cleaning the text: titles and bodies are written exactly as they
 * are (empty bodies, zero-width spaces, control characters, presentation forms, duplicates included).
 * Control and line-separator characters in titles are written as YAML escapes so the YAML stays one line;
 * they decode to the same characters.
 *
 * Run with Warraq's jar on the class path (for its slug function):
 *   java -cp target/warraq.jar bench/corpus/ConvertCorpus.java IN.jsonl OUT_DIR [--merge-duplicate-urls] [--disambiguate]
 *
 * --merge-duplicate-urls  one article per URL (the corpus files some stories under two categories;
 *                         the categories become two tags)
 * --disambiguate          give an explicit slug (corpus id + "-" + title slug) to articles whose URL
 *                         (day + title slug) would collide with another's; without it Warraq reports
 *                         every such pair as an error, as it should
 */
public class ConvertCorpus {
    private static final ZoneId ZONE = ZoneId.of("Asia/Riyadh");

    record Item(String id, String title, String body, String date, String source, String url, List<String> tags) {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: ConvertCorpus IN.jsonl OUT_DIR [--merge-duplicate-urls] [--disambiguate]");
            System.exit(2);
        }
        Path in = Path.of(args[0]);
        Path out = Path.of(args[1]);
        List<String> flags = List.of(args).subList(2, args.length);
        boolean merge = flags.contains("--merge-duplicate-urls");
        boolean disambiguate = flags.contains("--disambiguate");

        ObjectMapper json = new ObjectMapper();
        Map<String, Item> items = new LinkedHashMap<>();
        int records = 0;
        try (BufferedReader r = Files.newBufferedReader(in, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                records++;
                JsonNode n = json.readTree(line);
                String key = merge ? n.get("url").asText() : n.get("id").asText();
                Item existing = items.get(key);
                if (existing != null) {
                    List<String> tags = new ArrayList<>(existing.tags());
                    if (!tags.contains(n.get("category").asText())) {
                        tags.add(n.get("category").asText());
                    }
                    items.put(key, new Item(existing.id(), existing.title(), existing.body(), existing.date(),
                            existing.source(), existing.url(), tags));
                } else {
                    items.put(key, new Item(n.get("id").asText(), n.get("title").asText(), n.get("body").asText(),
                            n.get("date").asText(), n.get("source").asText().toLowerCase(), n.get("url").asText(),
                            List.of(n.get("category").asText())));
                }
            }
        }
        Map<String, Integer> urls = new HashMap<>();
        for (Item item : items.values()) {
            urls.merge(url(item), 1, Integer::sum);
        }
        Files.createDirectories(out.resolve("content"));
        Files.writeString(out.resolve("site.yaml"), SITE_YAML, StandardCharsets.UTF_8);
        int explicit = 0;
        for (Item item : items.values()) {
            StringBuilder text = new StringBuilder("---\n");
            text.append("title: ").append(quote(item.title())).append('\n');
            text.append("date: ").append(item.date()).append('\n');
            if (disambiguate && urls.get(url(item)) > 1) {
                String base = Slugs.slugify(item.title());
                text.append("slug: ").append(quote(item.id().toLowerCase() + (base.isEmpty() ? "" : "-" + base))).append('\n');
                explicit++;
            }
            text.append("source: ").append(item.source()).append('\n');
            text.append("source_url: ").append(quote(item.url())).append('\n');
            text.append("tags: [").append(String.join(", ", item.tags())).append("]\n");
            text.append("---\n").append(item.body()).append('\n');
            Path file = out.resolve("content").resolve(item.source()).resolve(item.id() + ".md");
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        }
        System.out.printf("%d corpus records -> %d articles in %s (%d with an explicit slug)%n",
                records, items.size(), out.resolve("content"), explicit);
    }

    /** The URL an article would get: its day in the site's zone and its title's slug. */
    private static String url(Item item) {
        return OffsetDateTime.parse(item.date()).atZoneSameInstant(ZONE).toLocalDate() + "/" + Slugs.slugify(item.title());
    }

    /** A YAML double-quoted scalar; characters YAML cannot hold raw are written as escapes. */
    private static String quote(String value) {
        StringBuilder out = new StringBuilder("\"");
        value.codePoints().forEach(cp -> {
            if (cp == '"' || cp == '\\') {
                out.append('\\').appendCodePoint(cp);
            } else if (cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp < 0xA0) || cp == 0x2028 || cp == 0x2029
                    || cp == 0xFEFF || (cp >= 0xD800 && cp <= 0xDFFF) || cp == 0xFFFE || cp == 0xFFFF) {
                out.append(String.format("\\u%04X", cp));
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.append('"').toString();
    }

    private static final String SITE_YAML = """
            # The ANT multi-source Arabic news corpus, converted by bench/corpus/ConvertCorpus.java.
            title: مدونة الأخبار العربية
            description: عينة من مدونة ANT للأخبار العربية من خمسة مصادر
            base_url: https://corpus.example.org/
            language: ar
            timezone: Asia/Riyadh
            date_style: egypt
            page_size: 20
            sources:
              bbc:
                name: بي بي سي عربي
                url: https://www.bbc.com/arabic
              cnn:
                name: سي إن إن بالعربية
                url: https://arabic.cnn.com/
              alarabia:
                name: العربية
                url: https://www.alarabiya.net/
              france24:
                name: فرانس 24
                url: https://www.france24.com/ar/
              skynews:
                name: سكاي نيوز عربية
                url: https://www.skynewsarabia.com/
            """;
}
