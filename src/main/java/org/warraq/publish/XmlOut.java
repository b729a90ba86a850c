package org.warraq.publish;

import org.warraq.util.TextBuffer;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A small indenting wrapper over StAX, so every feed and sitemap is well-formed XML with correct escaping
 * (nothing is assembled from strings).
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
            w.writeCharacters(text);
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
                w.writeDefaultNamespace(value);
            } else if (name.startsWith("xmlns:")) {
                w.writeNamespace(name.substring(6), value);
            } else {
                w.writeAttribute(name, value);
            }
        }
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
