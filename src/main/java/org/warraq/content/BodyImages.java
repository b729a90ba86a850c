package org.warraq.content;

import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.html.MutableAttributes;
import org.warraq.files.ContentPaths;

/**
 * Images in bodies that are files of {@code content/}: on pages they get their smaller copies ({@code srcset},
 * {@code sizes}) and their size ({@code width}, {@code height}: no layout shift), in feeds an absolute
 * {@code src} of a copy no wider than 1200 px.
 */
final class BodyImages {
    private BodyImages() {
    }

    static void apply(Node node, MutableAttributes attributes, Markdown.LinkState state) {
        String url = url(node);
        if (state == null || url == null || url.isEmpty() || url.startsWith("//") || Markdown.SCHEME.matcher(url).find()) {
            return;
        }
        state.links.image(ContentPaths.pathOf(url), state.feed).ifPresent(image -> {
            attributes.replaceValue("src", image.src());
            if (image.srcset() != null) {
                attributes.replaceValue("srcset", image.srcset());
                attributes.replaceValue("sizes", image.sizes());
            }
            if (image.width() > 0) {
                attributes.replaceValue("width", Integer.toString(image.width()));
                attributes.replaceValue("height", Integer.toString(image.height()));
            }
        });
    }

    private static String url(Node node) {
        if (node instanceof Image image) {
            return image.getUrl().toString();
        }
        if (node instanceof ImageRef ref && ref.isDefined()) {
            Reference reference = ref.getReferenceNode(ref.getDocument());
            return reference == null ? null : reference.getUrl().toString();
        }
        return null;
    }
}
