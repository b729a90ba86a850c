package org.warraq.content;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.TextBase;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Finds the embeds of a body: a paragraph of the body itself (not in a list or quote) that is nothing but
 * the address of a post of an embed {@link Embed.Provider}. Each becomes a placeholder paragraph holding a
 * token of private-use characters (which bodies never contain: they are removed when read), replaced in the
 * finished HTML, after raw HTML was sanitised, by the page's or the feed's markup.
 */
final class Embeds {
    private Embeds() {
    }

    /** Marks the embeds of {@code document} and returns them, in order. */
    static List<Embed> mark(Document document) {
        List<Embed> embeds = new ArrayList<>();
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Paragraph paragraph) {
                Optional<Embed> embed = soleLink(paragraph).flatMap(Embed::of);
                if (embed.isPresent()) {
                    paragraph.removeChildren();
                    paragraph.appendChild(new Text(token(embeds.size())));
                    embeds.add(embed.get());
                }
            }
        }
        return embeds;
    }

    /** {@code html} with each embed's placeholder replaced by {@code markup} of it. */
    static String place(String html, List<Embed> embeds, Function<Embed, String> markup) {
        String out = html;
        for (int i = 0; i < embeds.size(); i++) {
            out = out.replace("<p>" + token(i) + "</p>", markup.apply(embeds.get(i)));
        }
        return out;
    }

    /** The address of the one link a paragraph holds, with nothing but white space around it. */
    private static Optional<String> soleLink(Paragraph paragraph) {
        List<String> links = new ArrayList<>();
        return links(paragraph, links) && links.size() == 1 ? Optional.of(links.get(0)) : Optional.empty();
    }

    /** Adds the autolinks among {@code parent}'s children (the autolinker wraps them in a TextBase); false on anything else. */
    private static boolean links(Node parent, List<String> links) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof AutoLink link) {
                links.add(link.getUrl().toString());
            } else if (child instanceof TextBase) {
                if (!links(child, links)) {
                    return false;
                }
            } else if (!(child instanceof SoftLineBreak || child instanceof Text t && t.getChars().isBlank())) {
                return false;
            }
        }
        return true;
    }

    private static String token(int i) {
        return "\uE000" + i + "\uE001";
    }
}
