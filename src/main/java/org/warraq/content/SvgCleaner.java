package org.warraq.content;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.warraq.diag.Position;

/**
 * SVG images from {@code content/}, cleaned with an allow-list before they are published, since a browser
 * opening an SVG file runs its scripts with the site's own origin. Kept: the SVG elements that draw
 * (shapes, text, gradients, patterns, masks, filters but {@code feImage}, links) and their geometry and
 * presentation attributes; local references ({@code href="#id"}, {@code url(#id)}) and raster images
 * inlined as {@code data:image/png|jpeg|gif|webp}; CSS without {@code url()} to elsewhere, {@code @import},
 * escapes or expressions. Removed: everything else, among it scripts, {@code foreignObject}, animation
 * ({@code set}, {@code animate}, which can rewrite a link), event handlers, references to other files or
 * sites, comments, processing instructions, the document type, editor data ({@code inkscape:},
 * {@code sodipodi:}). Removing what could run is reported (a warning with its position); removing editor
 * data is not.
 */
final class SvgCleaner {
    private static final String SVG_NS = "http://www.w3.org/2000/svg";
    private static final String XLINK_NS = "http://www.w3.org/1999/xlink";
    private static final Set<String> ELEMENTS = Set.of("svg", "g", "defs", "symbol", "use", "title", "desc", "path",
            "rect", "circle", "ellipse", "line", "polyline", "polygon", "text", "tspan", "textpath", "lineargradient",
            "radialgradient", "stop", "pattern", "clippath", "mask", "marker", "filter", "switch", "image", "a", "style",
            "view", "feblend", "fecolormatrix", "fecomponenttransfer", "fecomposite", "feconvolvematrix",
            "fediffuselighting", "fedisplacementmap", "fedistantlight", "fedropshadow", "feflood", "fefunca", "fefuncb",
            "fefuncg", "fefuncr", "fegaussianblur", "femerge", "femergenode", "femorphology", "feoffset",
            "fepointlight", "fespecularlighting", "fespotlight", "fetile", "feturbulence");
    /** Elements whose removal is reported: they run script, embed other documents or change links over time. */
    private static final Set<String> ACTIVE = Set.of("script", "foreignobject", "iframe", "embed", "object", "handler",
            "listener", "set", "animate", "animatemotion", "animatetransform", "animatecolor", "discard", "feimage",
            "audio", "video", "canvas", "html", "body");
    private static final Set<String> ATTRIBUTES = Set.of("id", "class", "style", "lang", "tabindex", "role",
            "version", "baseprofile", "width", "height", "x", "y", "x1", "y1", "x2", "y2", "cx", "cy", "r", "rx", "ry",
            "fx", "fy", "fr", "d", "points", "pathlength", "viewbox", "preserveaspectratio", "transform",
            "transform-origin", "fill", "fill-opacity", "fill-rule", "stroke", "stroke-width", "stroke-opacity",
            "stroke-linecap", "stroke-linejoin", "stroke-miterlimit", "stroke-dasharray", "stroke-dashoffset", "opacity",
            "color", "display", "visibility", "overflow", "clip", "clip-path", "clip-rule", "mask", "filter",
            "marker-start", "marker-mid", "marker-end", "markerwidth", "markerheight", "markerunits", "refx", "refy",
            "orient", "paint-order", "vector-effect", "shape-rendering", "text-rendering", "image-rendering",
            "color-interpolation", "color-interpolation-filters", "font-family", "font-size", "font-size-adjust",
            "font-stretch", "font-style", "font-variant", "font-weight", "letter-spacing", "word-spacing",
            "text-anchor", "text-decoration", "dominant-baseline", "alignment-baseline", "baseline-shift",
            "writing-mode", "direction", "unicode-bidi", "dx", "dy", "rotate", "textlength", "lengthadjust",
            "startoffset", "method", "spacing", "side", "offset", "stop-color", "stop-opacity", "gradientunits",
            "gradienttransform", "spreadmethod", "patternunits", "patterncontentunits", "patterntransform",
            "clippathunits", "maskunits", "maskcontentunits", "filterunits", "primitiveunits", "in", "in2", "result",
            "mode", "type", "values", "operator", "k1", "k2", "k3", "k4", "order", "kernelmatrix", "divisor", "bias",
            "targetx", "targety", "edgemode", "preservealpha", "kernelunitlength", "surfacescale", "diffuseconstant",
            "specularconstant", "specularexponent", "lighting-color", "azimuth", "elevation", "z", "pointsatx",
            "pointsaty", "pointsatz", "limitingconeangle", "scale", "xchannelselector", "ychannelselector",
            "flood-color", "flood-opacity", "stddeviation", "radius", "basefrequency", "numoctaves", "seed",
            "stitchtiles", "tablevalues", "slope", "intercept", "amplitude", "exponent", "systemlanguage",
            "requiredextensions", "requiredfeatures", "media", "href", "xlink:href", "xml:space", "xml:lang",
            "xmlns", "xmlns:xlink", "aria-label", "aria-labelledby", "aria-describedby", "aria-hidden", "focusable");
    private static final Pattern RASTER = Pattern.compile("(?i)data:image/(png|jpeg|gif|webp);base64,[A-Za-z0-9+/=\\s]*");
    private static final Pattern URL = Pattern.compile("(?i)url\\s*\\(\\s*(['\"]?)\\s*([^'\")\\s]*)");
    private static final Pattern UNSAFE_CSS = Pattern.compile("(?i)@import|@font-face|expression\\s*\\(|javascript:|"
            + "vbscript:|behavior\\s*:|-moz-binding|\\\\|<");

    private SvgCleaner() {
    }

    /**
     * The result of cleaning one SVG file.
     *
     * @param bytes   the cleaned file (UTF-8), or empty when it is not an SVG image
     * @param removed what could run and was removed, first first
     * @param refusal why it is not an SVG image, when it is not
     */
    record Result(Optional<byte[]> bytes, List<ActiveFiles.Finding> removed, Optional<ActiveFiles.Finding> refusal) {
    }

    static Result clean(String text) {
        Document doc = ActiveFiles.parse(text);
        Element root = doc.children().first();
        if (root == null || !root.tagName().equals("svg")) {
            return new Result(Optional.empty(), List.of(), Optional.of(new ActiveFiles.Finding(
                    root == null ? Position.START : ActiveFiles.at(root),
                    root == null ? "it holds no element" : "its first element is <" + root.tagName() + ">, not <svg>")));
        }
        List<ActiveFiles.Finding> removed = new ArrayList<>();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode || node instanceof DataNode) {
                    return FilterResult.CONTINUE;
                }
                if (!(node instanceof Element element)) {
                    return FilterResult.REMOVE;
                }
                String name = element.tagName().toLowerCase(Locale.ROOT);
                if (!ELEMENTS.contains(name) || name.equals("style") && unsafeCss(element.wholeText())) {
                    if (ACTIVE.contains(ActiveFiles.localName(name)) || name.equals("style")) {
                        removed.add(new ActiveFiles.Finding(ActiveFiles.at(element), "<" + element.tagName() + ">"));
                    }
                    return FilterResult.REMOVE;
                }
                cleanAttributes(element, removed);
                return FilterResult.CONTINUE;
            }
        }, root);
        Document out = new Document("");
        out.outputSettings().syntax(Document.OutputSettings.Syntax.xml).prettyPrint(false)
                .escapeMode(Entities.EscapeMode.xhtml).charset(StandardCharsets.UTF_8);
        out.appendChild(root);
        return new Result(Optional.of(out.outerHtml().getBytes(StandardCharsets.UTF_8)), removed, Optional.empty());
    }

    private static void cleanAttributes(Element element, List<ActiveFiles.Finding> removed) {
        String name = element.tagName().toLowerCase(Locale.ROOT);
        List<String> drop = new ArrayList<>();
        for (Attribute a : element.attributes()) {
            String key = a.getKey().toLowerCase(Locale.ROOT);
            String value = a.getValue().strip();
            boolean keep;
            boolean report = false;
            if (key.equals("xmlns") || key.equals("xmlns:xlink")) {
                keep = value.equals(key.equals("xmlns") ? SVG_NS : XLINK_NS);
            } else if (key.equals("href") || key.equals("xlink:href")) {
                keep = value.startsWith("#") || name.equals("image") && RASTER.matcher(value).matches()
                        || name.equals("a") && org.warraq.util.Urls.isHttp(value);
                report = !keep;
            } else {
                keep = ATTRIBUTES.contains(key) && !(key.equals("style") ? unsafeCss(value) : unsafeValue(value));
                report = !keep && (ActiveFiles.localName(key).startsWith("on") || ATTRIBUTES.contains(key));
            }
            if (!keep) {
                drop.add(a.getKey());
                if (report) {
                    removed.add(new ActiveFiles.Finding(ActiveFiles.at(element),
                            a.getKey() + "=\"…\" of <" + element.tagName() + ">"));
                }
            }
        }
        drop.forEach(element::removeAttr);
    }

    /** A value that leads elsewhere: a {@code url()} to anything but {@code #id}, or a script address. */
    private static boolean unsafeValue(String value) {
        String squeezed = value.replaceAll("\\s", "").toLowerCase(Locale.ROOT);
        if (squeezed.contains("javascript:") || squeezed.contains("vbscript:")) {
            return true;
        }
        var m = URL.matcher(value);
        while (m.find()) {
            if (!m.group(2).startsWith("#")) {
                return true;
            }
        }
        return false;
    }

    private static boolean unsafeCss(String css) {
        return UNSAFE_CSS.matcher(css).find() || unsafeValue(css);
    }
}
