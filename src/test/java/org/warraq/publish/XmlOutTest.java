package org.warraq.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** Whatever text it is given, the feed and sitemap writer makes well-formed XML 1.0. */
class XmlOutTest {
    @Test
    void dropsCharactersXml10ForbidsFromTextAndAttributes() throws Exception {
        String bad = "a\u0001b\u000Bc\u001Fd\uFFFEe\uFFFFf\uD800g\uDC00h";
        byte[] xml = new XmlOut().open("feed", "xmlns", "http://www.w3.org/2005/Atom")
                .text("title", bad + " \uD83D\uDE00 \t", "type", bad)
                .empty("link", "href", "https://x.org/" + bad).close().finish();
        Document doc = DocumentBuilderFactory.newDefaultInstance().newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        assertThat(doc.getElementsByTagName("title").item(0).getTextContent()).isEqualTo("abcdefgh \uD83D\uDE00 \t");
        assertThat(doc.getDocumentElement().getElementsByTagName("title").item(0).getAttributes()
                .getNamedItem("type").getNodeValue()).isEqualTo("abcdefgh");
        assertThat(XmlOut.legal("plain عربي")).isSameAs(XmlOut.legal("plain عربي")).isEqualTo("plain عربي");
    }
}
