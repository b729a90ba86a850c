package org.warraq.search;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/**
 * What a search result shows of one article, written as its result file ({@code d/<id>.json}), which the
 * browser fetches only when it shows the article: {@code u} the link below the site's root, {@code t} the
 * headline, {@code d} the date as the site writes it, {@code i} the ISO date, {@code s} the section,
 * {@code a} the authors, {@code m} the summary and {@code x} the beginning of the text ({@link Excerpts}).
 *
 * @param url     the article's path below the site root, percent-encoded ("2024/02/26/slug/")
 * @param title   headline
 * @param date    the date as the site shows it
 * @param isoDate the date for {@code <time datetime>}
 * @param section section name, when the article has one
 * @param authors author names
 * @param summary summary, plain text
 */
public record SearchResult(String url, String title, String date, String isoDate, Optional<String> section,
                           List<String> authors, String summary) {
    private static final JsonFactory JSON = new JsonFactory();

    public SearchResult {
        authors = List.copyOf(authors);
    }

    /** The result file, with {@code excerpt} (from {@link SearchIndexer#excerpt}). */
    public byte[] json(String excerpt) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 + 2 * (title.length() + summary.length() + excerpt.length()));
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("u", url);
            g.writeStringField("t", title);
            g.writeStringField("d", date);
            g.writeStringField("i", isoDate);
            if (section.isPresent()) {
                g.writeStringField("s", section.get());
            }
            if (!authors.isEmpty()) {
                g.writeArrayFieldStart("a");
                for (String author : authors) {
                    g.writeString(author);
                }
                g.writeEndArray();
            }
            g.writeStringField("m", summary);
            g.writeStringField("x", excerpt);
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
