package org.warraq.content;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.XmlDeclaration;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.warraq.diag.Position;

/**
 * The files of {@code content/} that a browser, or the web server, would run if they were published as
 * they are, from the site's own address (docs/content.md, "Files published with articles"):
 *
 * <ul>
 *   <li>web pages ({@code .html}, {@code .htm}, {@code .xhtml}, {@code .shtml}…), scripts ({@code .js},
 *       {@code .mjs}, {@code .cjs}) and what servers execute ({@code .php}, {@code .asp}, {@code .jsp},
 *       {@code .cgi}…), and compressed SVG: refused;</li>
 *   <li>SVG images: cleaned with an allow-list ({@link SvgCleaner});</li>
 *   <li>XML ({@code .xml}, {@code .xsl}, {@code .rss}, {@code .atom}, {@code .rdf}): published as they are
 *       when nothing in them can run (no document type, no processing instruction but the XML declaration,
 *       no element named {@code script}, no {@code on…} attribute, no XHTML, SVG, MathML, XLink or XSLT namespace,
 *       UTF-8), refused otherwise;</li>
 *   <li>everything else (images, PDF, CSS, text, data): published as it is.</li>
 * </ul>
 *
 * A file listed under {@code trusted_files} in site.yaml is published as it is, whatever it holds.
 */
final class ActiveFiles {
    /** What is done with a file. */
    enum Kind {
        /** Published as it is. */
        INERT,
        /** Refused: a browser or a server would run it. */
        REFUSED,
        /** Cleaned before it is published. */
        SVG,
        /** Published when nothing in it can run. */
        XML
    }

    private static final Set<String> REFUSED = Set.of("html", "htm", "xhtml", "xht", "shtml", "shtm", "mht", "mhtml",
            "hta", "js", "mjs", "cjs", "php", "php3", "php4", "php5", "php7", "phtml", "phar", "asp", "aspx", "jsp",
            "jspx", "cgi", "svgz");
    private static final Set<String> XML = Set.of("xml", "xsl", "xslt", "rss", "atom", "rdf");
    /** Namespaces in which browsers run script or follow links, in any XML document (compared in lower case). */
    static final Set<String> ACTIVE_NAMESPACES = Set.of("http://www.w3.org/1999/xhtml", "http://www.w3.org/2000/svg",
            "http://www.w3.org/1998/math/mathml", "http://www.w3.org/1999/xsl/transform", "http://www.w3.org/1999/xlink");

    private ActiveFiles() {
    }

    static Kind of(String contentPath) {
        String extension = extension(contentPath);
        if (REFUSED.contains(extension)) {
            return Kind.REFUSED;
        }
        if (extension.equals("svg")) {
            return Kind.SVG;
        }
        return XML.contains(extension) ? Kind.XML : Kind.INERT;
    }

    /** Why a file of a {@link Kind#REFUSED} kind is refused, e.g. "a .js file is a script pages can run". */
    static String refusal(String contentPath) {
        String extension = extension(contentPath);
        return switch (extension) {
            case "js", "mjs", "cjs" -> "a ." + extension + " file is a script that pages could run from the site's own address";
            case "svgz" -> "a compressed SVG image (.svgz) cannot be checked for scripts";
            case "php", "php3", "php4", "php5", "php7", "phtml", "phar", "asp", "aspx", "jsp", "jspx", "cgi" ->
                    "a ." + extension + " file is a program that web servers run";
            default -> "a ." + extension + " file is a web page that browsers would run from the site's own address";
        };
    }

    /** The file's extension in lower case, e.g. "html"; empty when it has none. */
    static String extension(String contentPath) {
        String name = contentPath.substring(contentPath.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** Why {@code text} (an XML file) would run in a browser, and where; empty when nothing in it can. */
    static Optional<Finding> activeXml(String text) {
        Document doc = parse(text);
        Finding[] found = new Finding[1];
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                found[0] = active(node);
                return found[0] == null ? FilterResult.CONTINUE : FilterResult.STOP;
            }
        }, doc);
        return Optional.ofNullable(found[0]);
    }

    /** An XML document parsed leniently, positions kept, nothing fetched and no entity of a DTD expanded. */
    static Document parse(String text) {
        return Jsoup.parse(text, "", Parser.xmlParser().setTrackPosition(true));
    }

    /** What in one XML node could run, or null. */
    private static Finding active(Node node) {
        if (node instanceof DocumentType) {
            return new Finding(at(node), "a document type (<!DOCTYPE>)");
        }
        if (node instanceof XmlDeclaration declaration) {
            if (!declaration.name().equalsIgnoreCase("xml") || declaration.siblingIndex() > 0) {
                return new Finding(at(node), "a processing instruction (<?" + declaration.name() + "?>)");
            }
            String encoding = declaration.attr("encoding").strip().toLowerCase(Locale.ROOT);
            if (!encoding.isEmpty() && !encoding.equals("utf-8") && !encoding.equals("us-ascii")) {
                return new Finding(at(node), "an encoding other than UTF-8 (" + encoding + ")");
            }
            return null;
        }
        if (!(node instanceof Element element)) {
            return null;
        }
        if (localName(element.tagName()).equals("script")) {
            return new Finding(at(node), "a <" + element.tagName() + "> element");
        }
        for (Attribute a : element.attributes()) {
            String key = a.getKey().toLowerCase(Locale.ROOT);
            if (localName(key).startsWith("on")) {
                return new Finding(at(node), "an event handler (" + a.getKey() + ")");
            }
            if ((key.equals("xmlns") || key.startsWith("xmlns:"))
                    && ACTIVE_NAMESPACES.contains(a.getValue().strip().toLowerCase(Locale.ROOT))) {
                return new Finding(at(node), "the namespace " + a.getValue().strip());
            }
        }
        return null;
    }

    /** The part of a qualified name after its prefix, lower case: "html:script" gives "script". */
    static String localName(String name) {
        return name.substring(name.indexOf(':') + 1).toLowerCase(Locale.ROOT);
    }

    /** Where a node starts in its file. */
    static Position at(Node node) {
        org.jsoup.nodes.Range.Position start = node.sourceRange().start();
        return start.isTracked() ? new Position(start.lineNumber(), start.columnNumber()) : Position.START;
    }

    /**
     * Something in a file that could run.
     *
     * @param at   where it starts
     * @param what what it is, e.g. "a <script> element"
     */
    record Finding(Position at, String what) {
    }
}
