package org.warraq.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index as the browser reads it: shards found by their starts, long lists by their parts, postings decoded. */
class SearchIndexerTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    private static final List<String> WORDS = List.of("الحكومة", "البرلمان", "الاقتصاد", "المغرب", "مصر", "لبنان", "الرياضة",
            "المنتخب", "الانتخابات", "الوزير", "الأمن", "الهجرة", "المهاجرين", "العملة", "العمل", "الأسعار", "السوق", "النفط",
            "الغاز", "الطاقة", "المدرسة", "الجامعة", "الطلاب", "الصحة", "المستشفى", "الطقس", "الأمطار", "الزلزال", "براق",
            "راق", "الثقافة", "المعرض", "الكتاب", "السينما", "المهرجان", "الفيلم", "الموسيقى", "الشرطة", "المحكمة", "القضاء");

    @TempDir
    Path tmp;

    static SearchDocument doc(int i, String title, String body) {
        return new SearchDocument(title, "ملخص " + i, List.of("وسم" + (i % 3)), Optional.of("قسم"), List.of("كاتب"),
                Optional.of("الرباط"), "<p>" + body + "</p>");
    }

    /** A synthetic site: each document's body mixes words by a fixed rule, with numbers to make many terms. */
    static List<SearchDocument> site(int n) {
        List<SearchDocument> docs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            StringBuilder body = new StringBuilder();
            for (int k = 0; k < 60; k++) {
                body.append(WORDS.get((i * 7 + k * 13) % WORDS.size())).append(' ').append(WORDS.get((i + k) % WORDS.size()))
                        .append(i * 31 + k).append(' ');
            }
            docs.add(doc(i, WORDS.get(i % WORDS.size()) + " " + WORDS.get((i * 3) % WORDS.size()), body.toString()));
        }
        return docs;
    }

    static Map<String, SearchFile> index(List<SearchDocument> docs, List<Integer> order, TermCache cache) {
        SearchIndexer indexer = new SearchIndexer(docs.size(), cache);
        order.parallelStream().forEach(i -> {
            if (!indexer.fromCache(i, "key" + i + ":" + docs.get(i).hashCode())) {
                indexer.add(i, "key" + i + ":" + docs.get(i).hashCode(), docs.get(i));
            }
        });
        Map<String, SearchFile> files = new TreeMap<>();
        indexer.files().forEach(f -> files.put(f.path(), f));
        return files;
    }

    static Map<String, SearchFile> index(List<SearchDocument> docs) {
        return index(docs, IntStream.range(0, docs.size()).boxed().toList(), TermCache.empty("k"));
    }

    private static JsonNode read(Map<String, SearchFile> files, String path) {
        try {
            return JSON.readTree(files.get(path).bytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The postings of {@code term} (id → flags), found as search.js finds them, every part of a long list. */
    static Map<Integer, Integer> lookup(Map<String, SearchFile> files, String term) {
        List<String> starts = Arrays.asList(read(files, "index.json").get("s").asText().split(" ", -1));
        int shard = 0;
        for (int i = 0; i < starts.size(); i++) {
            if (starts.get(i).compareTo(term) <= 0) {
                shard = i;
            }
        }
        String name = starts.get(shard).isEmpty() ? "_" : Shards.name(starts.get(shard));
        JsonNode value = read(files, "t/" + name + ".json").get(term);
        Map<Integer, Integer> out = new LinkedHashMap<>();
        if (value == null) {
            return out;
        }
        if (value.isTextual()) {
            decode(value.asText(), -1, out);
            return out;
        }
        int range = value.get(0).asInt();
        for (int k = 0; k + 1 < value.size(); k++) {
            SearchFile part = files.get("p/" + Shards.name(term) + "." + k + ".json");
            assertThat(part != null).as("part %d of %s", k, term).isEqualTo(value.get(k + 1).asInt() > 0);
            if (part != null) {
                int before = out.size();
                decode(read(files, part.path()).asText(), k * range - 1, out);
                assertThat(out.size() - before).as("count of part %d", k).isEqualTo(value.get(k + 1).asInt());
                int index = k;
                assertThat(out.keySet().stream().skip(before)).as("ids of part %d", k).allMatch(id -> id / range == index);
            }
        }
        return out;
    }

    private static void decode(String postings, int previous, Map<Integer, Integer> out) {
        long value = 0;
        int shift = 0;
        int id = previous;
        for (char c : postings.toCharArray()) {
            int digit = ALPHABET.indexOf(c);
            value |= (long) (digit & 31) << shift;
            if ((digit & 32) != 0) {
                shift += 5;
                continue;
            }
            id += (int) (value >> 5);
            out.put(id, (int) (value & 31));
            value = 0;
            shift = 0;
        }
    }

    @Test
    void everyTermIsFoundInItsShardWithTheDocumentsThatHaveIt() {
        List<SearchDocument> docs = site(400);
        Map<String, SearchFile> files = index(docs);
        long shards = files.keySet().stream().filter(p -> p.startsWith("t/")).count();
        assertThat(shards).as("a site this size is cut into many shards").isGreaterThan(20);
        assertThat(files.values().stream().filter(f -> f.path().startsWith("t/")).mapToInt(f -> f.bytes().length).max()
                .getAsInt()).isLessThan(Shards.TARGET_BYTES * 2);
        for (String word : WORDS) {
            Analysis.Terms terms = Analysis.terms(word);
            List<Integer> expected = IntStream.range(0, docs.size()).filter(i -> Analysis.words(docs.get(i).title() + " "
                    + docs.get(i).bodyHtml()).stream().map(Analysis::terms).anyMatch(t -> t != null && t.exact().equals(terms.exact())))
                    .boxed().toList();
            assertThat(lookup(files, terms.exact()).keySet()).as(word).containsExactlyElementsOf(expected);
            assertThat(lookup(files, Dictionary.STEM + terms.stems().get(0))).as(word).isNotEmpty();
        }
        assertThat(lookup(files, "كلمةغائبة")).isEmpty();
    }

    @Test
    void flagsSayWhereTheWordIsAndHowOftenInTheBody() {
        List<SearchDocument> docs = List.of(doc(0, "الزلزال في الحوز", "زلزال <em>زلزال</em> الزلزال<sup>1</sup> والزلزال"),
                doc(1, "خبر آخر", "وقع الزلزال"), doc(2, "طقس", "أمطار"));
        Map<String, SearchFile> files = index(docs);
        assertThat(lookup(files, "زلزال")).containsExactly(Map.entry(0, Postings.TITLE | 4), Map.entry(1, 1));
        assertThat(lookup(files, "رباط")).containsOnlyKeys(0, 1, 2).containsValue(Postings.META);
        assertThat(lookup(files, "كاتب")).containsOnlyKeys(0, 1, 2);
    }

    @Test
    void aTermInMoreThanLongDocumentsIsCutIntoPartsByFixedIdRanges() {
        int n = Parts.LONG * 2 + 100;
        List<SearchDocument> docs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            docs.add(doc(i, "عنوان" + i, i % 3 == 0 ? "الحكومة والبرلمان" : "الحكومة"));
        }
        Map<String, SearchFile> files = index(docs);
        Map<Integer, Integer> all = lookup(files, "حكومه");
        assertThat(all.keySet()).containsExactlyElementsOf(IntStream.range(0, n).boxed().toList());
        assertThat(lookup(files, "برلمان").keySet()).containsExactlyElementsOf(
                IntStream.range(0, n).filter(i -> i % 3 == 0).boxed().toList());
        assertThat(files.keySet().stream().filter(p -> p.startsWith("p/"))).hasSizeGreaterThan(4);
        assertThat(files.values().stream().filter(f -> f.path().startsWith("t/")).mapToInt(f -> f.bytes().length).max()
                .getAsInt()).isLessThan(Shards.TARGET_BYTES * 2);

        docs.add(doc(n, "الأحدث", "الحكومة"));
        Map<String, SearchFile> after = index(docs);
        List<String> changedParts = after.keySet().stream().filter(p -> p.startsWith("p/"))
                .filter(p -> !files.containsKey(p) || !Arrays.equals(files.get(p).bytes(), after.get(p).bytes())).toList();
        assertThat(changedParts).as("a new article changes the last part of each of its terms").isNotEmpty()
                .allMatch(p -> p.endsWith("." + (n / Parts.range(n, n + 1)) + ".json"));
    }

    @Test
    void theSameDocumentsGiveTheSameBytesWhateverTheOrderOfAddingOrTheCache() {
        List<SearchDocument> docs = site(150);
        List<Integer> shuffled = new ArrayList<>(IntStream.range(0, docs.size()).boxed().toList());
        Collections.shuffle(shuffled, new java.util.Random(7));
        Map<String, SearchFile> a = index(docs);
        TermCache cache = TermCache.empty("k");
        Map<String, SearchFile> b = index(docs, shuffled, cache);
        cache.write(tmp.resolve("search"));
        TermCache read = TermCache.read(tmp.resolve("search"), "k");
        Map<String, SearchFile> c = index(docs, IntStream.range(0, docs.size()).boxed().toList(), read);
        assertThat(b.keySet()).isEqualTo(a.keySet()).isEqualTo(c.keySet());
        a.forEach((path, file) -> assertThat(b.get(path).bytes()).as(path).isEqualTo(file.bytes()));
        a.forEach((path, file) -> assertThat(c.get(path).bytes()).as(path).isEqualTo(file.bytes()));
        assertThat(TermCache.read(tmp.resolve("search"), "other").dictionary().size()).as("another key: empty").isZero();
    }

    @Test
    void anEditRewritesOnlyTheShardsOfTheWordsItChanges() {
        List<SearchDocument> docs = new ArrayList<>(site(400));
        Map<String, SearchFile> before = index(docs);
        SearchDocument old = docs.get(200);
        docs.set(200, doc(200, old.title(), old.bodyHtml() + " زلزال"));
        Map<String, SearchFile> after = index(docs);
        List<String> changed = after.keySet().stream()
                .filter(p -> !before.containsKey(p) || !before.get(p).key().equals(after.get(p).key())).toList();
        assertThat(changed).isNotEmpty().hasSizeLessThanOrEqualTo(5)
                .allMatch(p -> p.equals("index.json") || p.startsWith("t/"));
    }
}
