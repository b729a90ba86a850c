package org.warraq.search;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.warraq.util.Hashing;

/**
 * Cuts the sorted term list into shards of about {@link #TARGET_BYTES}, along prefixes: the terms that start
 * with one letter go together, unless they pass the target, when they are cut by the next letter, and so
 * on; neighbouring small groups share a shard. Boundaries depend on the terms near them only, so an edit
 * changes few shards. {@code index.json} lists, for each shard in order, the shortest prefix of its first
 * term that sorts after the previous shard's last term: {@code {"v":2,"n":documents,"s":" start start …"}}
 * (the first start is empty); the browser finds a term's shard as the last start that sorts at or before
 * it. A shard is {@code t/<start's code points in hex, joined by ->.json} ({@code t/_.json} for the first),
 * holding {@code {"term":postings,…}}: a postings text, or for a long list its parts' directory (see
 * {@link Parts}), whose parts are {@code p/<the term's code points in hex, joined by ->.<k>.json}.
 */
final class Shards {
    static final int TARGET_BYTES = 8 * 1024;
    static final int VERSION = 2;

    /** A term and its JSON value in a shard. */
    record Entry(String term, byte[] json) {
        int bytes() {
            int n = json.length + 4;
            for (int i = 0; i < term.length(); i++) {
                char c = term.charAt(i);
                n += c < 0x80 ? 1 : c < 0x800 || Character.isSurrogate(c) ? 2 : 3;
            }
            return n;
        }
    }

    private Shards() {
    }

    /** The shards, the parts of long lists, and {@code index.json} last. */
    static List<SearchFile> files(List<Inversion.Term> sorted, int documents) {
        List<SearchFile> out = new ArrayList<>();
        List<Entry> entries = new ArrayList<>(sorted.size());
        for (Inversion.Term term : sorted) {
            entries.add(term.entry());
            for (int k = 0; k < term.parts().size(); k++) {
                byte[] part = term.parts().get(k);
                if (part != null) {
                    out.add(file("p/" + name(term.entry().term()) + "." + k + ".json", part));
                }
            }
        }
        List<List<Entry>> shards = new ArrayList<>();
        split(entries, "", shards);
        List<String> starts = new ArrayList<>(shards.size());
        String previous = null;
        for (List<Entry> shard : shards) {
            String first = shard.get(0).term();
            String start = previous == null ? "" : shortestAfter(first, previous);
            starts.add(start);
            previous = shard.get(shard.size() - 1).term();
            out.add(file("t/" + (start.isEmpty() ? "_" : name(start)) + ".json", json(shard)));
        }
        out.add(file("index.json", ("{\"v\":" + VERSION + ",\"n\":" + documents + ",\"s\":\"" + String.join(" ", starts)
                + "\"}").getBytes(StandardCharsets.UTF_8)));
        return out;
    }

    private static SearchFile file(String path, byte[] bytes) {
        return new SearchFile(path, Hashing.hex(bytes), bytes);
    }

    /** Adds the shards of {@code entries}, all of which start with {@code prefix}, to {@code out}. */
    private static void split(List<Entry> entries, String prefix, List<List<Entry>> out) {
        List<Entry> pack = new ArrayList<>();
        int packed = 0;
        int i = 0;
        while (i < entries.size()) {
            int j = i + 1;
            String group = prefix;
            if (!entries.get(i).term().equals(prefix)) {
                group = prefix + Character.toString(entries.get(i).term().codePointAt(prefix.length()));
                while (j < entries.size() && entries.get(j).term().startsWith(group)) {
                    j++;
                }
            }
            List<Entry> members = entries.subList(i, j);
            int bytes = bytes(members);
            if (bytes > TARGET_BYTES && members.size() > 1) {
                packed = flush(pack, out);
                split(members, group, out);
            } else {
                if (packed + bytes > TARGET_BYTES) {
                    packed = flush(pack, out);
                }
                pack.addAll(members);
                packed += bytes;
            }
            i = j;
        }
        flush(pack, out);
    }

    private static int flush(List<Entry> pack, List<List<Entry>> out) {
        if (!pack.isEmpty()) {
            out.add(List.copyOf(pack));
            pack.clear();
        }
        return 0;
    }

    private static int bytes(List<Entry> entries) {
        int bytes = 0;
        for (Entry e : entries) {
            bytes += e.bytes();
        }
        return bytes;
    }

    /** The shortest prefix of {@code first} that sorts after {@code previous} (which sorts before it). */
    private static String shortestAfter(String first, String previous) {
        int end = 0;
        while (end < first.length()) {
            end += Character.charCount(first.codePointAt(end));
            if (first.substring(0, end).compareTo(previous) > 0) {
                return first.substring(0, end);
            }
        }
        return first;
    }

    /** A file name for a term or a prefix: its code points in hex, joined by "-". */
    static String name(String term) {
        return term.codePoints().mapToObj(Integer::toHexString).collect(Collectors.joining("-"));
    }

    private static byte[] json(List<Entry> entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(TARGET_BYTES + 1024);
        out.write('{');
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            if (i > 0) {
                out.write(',');
            }
            out.write('"');
            out.writeBytes(e.term().getBytes(StandardCharsets.UTF_8));
            out.write('"');
            out.write(':');
            out.writeBytes(e.json());
        }
        out.write('}');
        return out.toByteArray();
    }
}
