package org.warraq.publish;

import org.warraq.util.TextBuffer;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A small indenting wrapper over StAX, so every feed and sitemap is well-formed XML with correct escaping
 * (nothing is assembled from strings). Characters XML 1.0 forbids (most controls, unpaired surrogates,
 * U+FFFE and U+FFFF) are dropped from every text and attribute value, whatever the caller gives: one bad
 * character would make a feed reader reject the whole feed. (The stages before make sure there are none.)
 */
final class XmlOut {
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    private final TextBuffer text = new TextBuffer(16384);
    private final XMLStreamWriter w;
    private final java.util.ArrayDeque<boolean[]> open = new java.util.ArrayDeque<>();

    XmlOut() {
        try {
            w = FACTORY.createXMLStreamWriter(text);
            w.writeStartDocument("UTF-8", "1.0");
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Opens an element; attributes are name/value pairs. */
    XmlOut open(String name, String... attributes) {
        try {
            child();
            w.writeStartElement(name);
            attributes(attributes);
            open.push(new boolean[1]);
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    XmlOut close() {
        try {
            boolean[] children = open.pop();
            if (children[0]) {
                newline();
            }
            w.writeEndElement();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    /** An element holding text (skipped when text is null). */
    XmlOut text(String name, String text, String... attributes) {
        if (text == null) {
            return this;
        }
        try {
            child();
            w.writeStartElement(name);
            attributes(attributes);
            w.writeCharacters(legal(text));
            w.writeEndElement();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    /**
     * An element holding text already escaped ({@link FeedBody}): a long text that goes into many files (an
     * article's body in feeds) is escaped once.
     */
    XmlOut escaped(String name, FeedBody text, String... attributes) {
        try {
            child();
            w.writeStartElement(name);
            attributes(attributes);
            w.writeCharacters("");
            w.flush();
            this.text.write(text.xml());
            w.writeEndElement();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    /** An empty element. */
    XmlOut empty(String name, String... attributes) {
        try {
            child();
            w.writeEmptyElement(name);
            attributes(attributes);
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    byte[] finish() {
        try {
            w.writeEndDocument();
            w.writeCharacters("\n");
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return text.utf8();
    }

    private void attributes(String... attributes) throws XMLStreamException {
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            String name = attributes[i];
            String value = attributes[i + 1];
            if (value == null) {
                continue;
            }
            if (name.equals("xmlns")) {
                w.writeDefaultNamespace(legal(value));
            } else if (name.startsWith("xmlns:")) {
                w.writeNamespace(name.substring(6), legal(value));
            } else {
                w.writeAttribute(name, legal(value));
            }
        }
    }

    /** {@code text} without the characters XML 1.0 does not allow (it allows tab, LF, CR, and U+0020 up, bar those). */
    static String legal(String text) {
        int i = 0;
        while (i < text.length() && isLegal(text, i)) {
            i += Character.charCount(text.codePointAt(i));
        }
        if (i == text.length()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length()).append(text, 0, i);
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            if (isLegal(text, i)) {
                out.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
        }
        return out.toString();
    }

    private static boolean isLegal(String text, int i) {
        int cp = text.codePointAt(i);
        return cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF) || (cp >= 0xE000 && cp <= 0xFFFD)
                || cp >= 0x10000;
    }

    private void child() throws XMLStreamException {
        if (!open.isEmpty()) {
            open.peek()[0] = true;
        }
        newline();
    }

    private void newline() throws XMLStreamException {
        w.writeCharacters("\n" + "  ".repeat(open.size()));
    }
}
