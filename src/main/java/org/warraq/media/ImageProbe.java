package org.warraq.media;

import com.twelvemonkeys.imageio.metadata.Directory;
import com.twelvemonkeys.imageio.metadata.Entry;
import com.twelvemonkeys.imageio.metadata.tiff.TIFF;
import com.twelvemonkeys.imageio.metadata.tiff.TIFFReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.warraq.util.Hashing;

/**
 * Reads what an image file is from its structure, without decoding its pixels: the format from its first
 * bytes (not its name), the size from its header (JPEG SOF, PNG IHDR, GIF screen, WebP VP8/VP8L/VP8X, SVG
 * {@code width}/{@code height} or {@code viewBox}), the EXIF orientation of a JPEG (TwelveMonkeys' TIFF
 * reader over its APP1 segment), and whether the file is whole (a JPEG's end-of-image marker after its
 * scans, a PNG's IEND, a GIF's trailer, a WebP's RIFF length): a file cut short in an upload is refused here,
 * where the article that names it can be pointed at.
 */
final class ImageProbe {
    /** Larger files are refused before they are read: no image Warraq can publish is this big. */
    static final long MAX_BYTES = 200L * 1024 * 1024;
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] IEND = {0, 0, 0, 0, 'I', 'E', 'N', 'D', (byte) 0xAE, 0x42, 0x60, (byte) 0x82};
    private static final Pattern LENGTH = Pattern.compile("\\s*([0-9]*\\.?[0-9]+)\\s*(px)?\\s*");
    private static final String KINDS = "a JPEG, PNG, GIF, WebP or SVG image";

    private ImageProbe() {
    }

    static Probed probe(Path file) {
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                return Probed.failed(String.format(Locale.ROOT, "is %d MB, too large for an image", size >> 20),
                        "publish a smaller export of it");
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            return Probed.failed("cannot be read: " + e.getMessage(), "");
        }
        String hash = Hashing.hex(bytes);
        try {
            return probe(bytes, hash, ImageFormat.ofName(file.getFileName().toString()));
        } catch (RuntimeException e) {
            return Probed.failed("is not " + KINDS + " Warraq can read", "open it in an image editor and export it again");
        }
    }

    private static Probed probe(byte[] b, String hash, Optional<ImageFormat> named) {
        if (b.length > 3 && u8(b, 0) == 0xFF && u8(b, 1) == 0xD8 && u8(b, 2) == 0xFF) {
            return jpeg(b, hash);
        }
        if (startsWith(b, PNG)) {
            boolean whole = b.length >= 33 && Arrays.equals(b, b.length - 12, b.length, IEND, 0, 12);
            return whole ? sized(hash, ImageFormat.PNG, be32(b, 16), be32(b, 20), 1) : cut();
        }
        if (b.length > 13 && startsWith(b, "GIF8".getBytes(StandardCharsets.US_ASCII))) {
            return u8(b, b.length - 1) == 0x3B ? sized(hash, ImageFormat.GIF, le16(b, 6), le16(b, 8), 1) : cut();
        }
        if (b.length > 30 && startsWith(b, "RIFF".getBytes(StandardCharsets.US_ASCII)) && ascii(b, 8, 4).equals("WEBP")) {
            return le32(b, 4) + 8L > b.length ? cut() : webp(b, hash);
        }
        if (named.equals(Optional.of(ImageFormat.SVG))) {
            return svg(b, hash);
        }
        return Probed.failed("is not " + KINDS, "publish images as JPEG, PNG, GIF, WebP or SVG");
    }

    private static Probed jpeg(byte[] b, String hash) {
        int i = 2;
        int width = 0;
        int height = 0;
        int sof = 0;
        byte[] exif = null;
        while (true) {
            while (i < b.length && u8(b, i) != 0xFF) {
                i++;
            }
            while (i < b.length && u8(b, i) == 0xFF) {
                i++;
            }
            if (i + 2 >= b.length) {
                return cut();
            }
            int marker = u8(b, i);
            if (marker == 0x01 || marker >= 0xD0 && marker <= 0xD8) {
                i++;
                continue;
            }
            if (marker == 0xD9) {
                return cut();
            }
            int length = be16(b, i + 1);
            int data = i + 3;
            if (length < 2 || data + length - 2 > b.length) {
                return cut();
            }
            if (marker == 0xE1 && exif == null && length > 8 && ascii(b, data, 6).equals("Exif\0\0")) {
                exif = Arrays.copyOfRange(b, data + 6, data + length - 2);
            } else if (marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC
                    && length >= 7) {
                sof = marker;
                height = be16(b, data + 1);
                width = be16(b, data + 3);
            } else if (marker == 0xDA) {
                i = data + length - 2;
                break;
            }
            i = data + length - 2;
        }
        if (sof == 0 || width == 0 || height == 0) {
            return Probed.failed("is a JPEG without an image size", "open it in an image editor and export it again");
        }
        if (sof > 0xC3) {
            return Probed.failed("is a JPEG of a kind browsers do not show (arithmetic or hierarchical coding)",
                    "export it again as a baseline or progressive JPEG");
        }
        for (int k = i; k + 1 < b.length; k++) {
            if (b[k] == (byte) 0xFF && b[k + 1] == (byte) 0xD9) {
                int orientation = orientation(exif);
                return orientation >= 5 ? sized(hash, ImageFormat.JPEG, height, width, orientation)
                        : sized(hash, ImageFormat.JPEG, width, height, orientation);
            }
        }
        return cut();
    }

    /** The EXIF orientation (1 to 8); 1 when there is none or it cannot be read. */
    static int orientation(byte[] exif) {
        if (exif == null) {
            return 1;
        }
        try (MemoryCacheImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(exif))) {
            Directory directory = new TIFFReader().read(in);
            Entry entry = directory.getEntryById(TIFF.TAG_ORIENTATION);
            if (entry != null && entry.getValue() instanceof Number n && n.intValue() >= 1 && n.intValue() <= 8) {
                return n.intValue();
            }
        } catch (IOException | RuntimeException e) {
            return 1;
        }
        return 1;
    }

    private static Probed webp(byte[] b, String hash) {
        String chunk = ascii(b, 12, 4);
        return switch (chunk) {
            case "VP8X" -> sized(hash, ImageFormat.WEBP, 1 + le24(b, 24), 1 + le24(b, 27), 1);
            case "VP8L" -> {
                long bits = le32(b, 21);
                yield sized(hash, ImageFormat.WEBP, 1 + (int) (bits & 0x3FFF), 1 + (int) ((bits >> 14) & 0x3FFF), 1);
            }
            case "VP8 " -> sized(hash, ImageFormat.WEBP, le16(b, 26) & 0x3FFF, le16(b, 28) & 0x3FFF, 1);
            default -> Probed.failed("is a WebP file Warraq cannot read", "export it again");
        };
    }

    private static Probed svg(byte[] b, String hash) {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        try {
            XMLStreamReader xml = factory.createXMLStreamReader(new StringReader(new String(b, StandardCharsets.UTF_8)));
            while (xml.hasNext() && xml.next() != XMLStreamConstants.START_ELEMENT) {
                // up to the root element
            }
            if (!xml.isStartElement() || !xml.getLocalName().equals("svg")) {
                return Probed.failed("is not an SVG image", "its root element must be <svg>");
            }
            int width = length(xml.getAttributeValue(null, "width"));
            int height = length(xml.getAttributeValue(null, "height"));
            String viewBox = xml.getAttributeValue(null, "viewBox");
            if ((width == 0 || height == 0) && viewBox != null) {
                String[] parts = viewBox.trim().split("[\\s,]+");
                if (parts.length == 4) {
                    width = length(parts[2]);
                    height = length(parts[3]);
                }
            }
            return width > 0 && height > 0 ? sized(hash, ImageFormat.SVG, width, height, 1)
                    : Probed.of(new ImageFacts(hash, ImageFormat.SVG, 0, 0, 1));
        } catch (XMLStreamException e) {
            return Probed.failed("is not a well-formed SVG image", "open it in an editor: " + e.getMessage().lines().findFirst().orElse(""));
        }
    }

    /** An SVG length in pixels ("640", "640px", "12.5"), rounded; 0 for none, percentages and other units. */
    private static int length(String value) {
        if (value == null) {
            return 0;
        }
        Matcher m = LENGTH.matcher(value);
        return m.matches() ? (int) Math.min(1_000_000, Math.round(Double.parseDouble(m.group(1)))) : 0;
    }

    private static Probed sized(String hash, ImageFormat format, int width, int height, int orientation) {
        if (width <= 0 || height <= 0) {
            return Probed.failed("has no width or height in its header", "open it in an image editor and export it again");
        }
        return Probed.of(new ImageFacts(hash, format, width, height, orientation));
    }

    private static Probed cut() {
        return Probed.failed("is cut short: the file ends before the image does",
                "copy or upload the file again");
    }

    private static boolean startsWith(byte[] b, byte[] prefix) {
        return b.length >= prefix.length && Arrays.equals(b, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static String ascii(byte[] b, int at, int n) {
        return at + n <= b.length ? new String(b, at, n, StandardCharsets.ISO_8859_1) : "";
    }

    private static int u8(byte[] b, int i) {
        return b[i] & 0xFF;
    }

    private static int be16(byte[] b, int i) {
        return u8(b, i) << 8 | u8(b, i + 1);
    }

    private static int be32(byte[] b, int i) {
        return be16(b, i) << 16 | be16(b, i + 2);
    }

    private static int le16(byte[] b, int i) {
        return u8(b, i) | u8(b, i + 1) << 8;
    }

    private static int le24(byte[] b, int i) {
        return le16(b, i) | u8(b, i + 2) << 16;
    }

    private static long le32(byte[] b, int i) {
        return (le24(b, i) | (long) u8(b, i + 3) << 24) & 0xFFFFFFFFL;
    }
}
