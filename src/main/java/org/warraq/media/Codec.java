package org.warraq.media;

import com.twelvemonkeys.imageio.plugins.jpeg.JPEGImageReaderSpi;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ColorConvertOp;
import java.awt.image.DataBufferByte;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.spi.IIORegistry;
import javax.imageio.stream.FileImageInputStream;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Decoding and encoding with fixed settings. JPEGs are read with TwelveMonkeys' reader, named here rather than
 * found in ImageIO's registry (which depends on what loaded first), because the JDK's refuses what real
 * newsroom files often are: CMYK and YCCK (Photoshop's print exports), broken ICC profiles. Pixels come out
 * in sRGB. JPEGs are written progressive at quality {@value #JPEG_QUALITY} (progressive: about 9% smaller
 * than baseline at the same quality on a 2000×1200 photo, and it draws coarse-to-fine on slow connections);
 * PNGs with the JDK's writer's defaults. Nothing is written besides the pixels and the JFIF or PNG header: no
 * time, no EXIF (so no GPS position), no colour profile.
 */
final class Codec {
    static final float JPEG_QUALITY = 0.82f;
    /** What decides the bytes of a variant besides the source and the width: part of every variant's key. */
    static final String SETTINGS = "area-average/q" + JPEG_QUALITY + "/progressive/sRGB/java-" + Runtime.version().feature();

    private Codec() {
    }

    static Pixels decode(Path file, ImageFormat format) throws IOException {
        ImageReader reader = format == ImageFormat.JPEG ? jpegReader()
                : first(ImageIO.getImageReadersByFormatName(format.name().toLowerCase(java.util.Locale.ROOT)), format);
        try (ImageInputStream in = new FileImageInputStream(file.toFile())) {
            reader.setInput(in, true, true);
            return pixels(reader.read(0));
        } finally {
            reader.dispose();
        }
    }

    /**
     * TwelveMonkeys' JPEG reader. Its provider wraps the JDK's, which it finds when registered, so when
     * ImageIO's registry was filled before it was on the class path (in Maven's JVM), it is registered then.
     */
    private static ImageReader jpegReader() throws IOException {
        for (int attempt = 0; attempt < 2; attempt++) {
            Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName("jpeg");
            while (readers.hasNext()) {
                ImageReader reader = readers.next();
                if (reader instanceof com.twelvemonkeys.imageio.plugins.jpeg.JPEGImageReader) {
                    return reader;
                }
                reader.dispose();
            }
            IIORegistry.getDefaultInstance().registerServiceProvider(new JPEGImageReaderSpi());
        }
        throw new IOException("the JPEG reader cannot be registered");
    }

    static byte[] encode(Pixels pixels, ImageFormat format) throws IOException {
        int type = switch (pixels.channels()) {
            case 1 -> BufferedImage.TYPE_BYTE_GRAY;
            case 3 -> BufferedImage.TYPE_3BYTE_BGR;
            default -> BufferedImage.TYPE_4BYTE_ABGR;
        };
        BufferedImage image = new BufferedImage(pixels.width(), pixels.height(), type);
        byte[] target = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        System.arraycopy(pixels.data(), 0, target, 0, target.length);
        ImageWriter writer = first(ImageIO.getImageWritersByFormatName(format == ImageFormat.JPEG ? "jpeg" : "png"), format);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(pixels.data().length / 8 + 1024);
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            if (format == ImageFormat.JPEG) {
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(JPEG_QUALITY);
                param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
            }
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    /** The image's pixels in sRGB, as gray, BGR or ABGR bytes. */
    static Pixels pixels(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        ColorSpace space = image.getColorModel().getColorSpace();
        boolean standard = image.getRaster().getMinX() == 0 && image.getRaster().getMinY() == 0
                && image.getRaster().getDataBuffer() instanceof DataBufferByte buffer && buffer.getNumBanks() == 1;
        if (standard && image.getType() == BufferedImage.TYPE_BYTE_GRAY) {
            return new Pixels(copy(image, w * h), w, h, 1);
        }
        if (standard && space.isCS_sRGB() && (image.getType() == BufferedImage.TYPE_3BYTE_BGR
                || image.getType() == BufferedImage.TYPE_4BYTE_ABGR)) {
            int channels = image.getType() == BufferedImage.TYPE_3BYTE_BGR ? 3 : 4;
            return new Pixels(copy(image, w * h * channels), w, h, channels);
        }
        boolean alpha = image.getColorModel().hasAlpha();
        BufferedImage rgb = image;
        if (!space.isCS_sRGB() && space.getType() != ColorSpace.TYPE_GRAY) {
            rgb = new BufferedImage(w, h, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
            new ColorConvertOp(null).filter(image, rgb);
        }
        int channels = alpha ? 4 : 3;
        byte[] out = new byte[w * h * channels];
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            rgb.getRGB(0, y, w, 1, row, 0, w);
            for (int x = 0; x < w; x++) {
                int argb = row[x];
                int q = (y * w + x) * channels;
                if (alpha) {
                    out[q++] = (byte) (argb >>> 24);
                }
                out[q] = (byte) argb;
                out[q + 1] = (byte) (argb >> 8);
                out[q + 2] = (byte) (argb >> 16);
            }
        }
        return new Pixels(out, w, h, channels);
    }

    private static byte[] copy(BufferedImage image, int length) {
        byte[] data = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        return data.length == length ? data : java.util.Arrays.copyOf(data, length);
    }

    private static <T> T first(Iterator<T> found, ImageFormat format) throws IOException {
        if (!found.hasNext()) {
            throw new IOException("this Java has no " + format + " codec");
        }
        return found.next();
    }
}
