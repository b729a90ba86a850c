package org.warraq.testing;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Photo-like test images drawn from a seed (sky, sun, hills, a city's roofs and minarets, a few hundred
 * windows and people), so tests and the sample site have real-looking JPEGs without shipping large files.
 * {@code java src/test/java/org/warraq/testing/Photos.java FILE WIDTH HEIGHT SEED} writes one.
 */
public final class Photos {
    private Photos() {
    }

    public static void main(String[] args) throws IOException {
        Files.write(Path.of(args[0]), jpeg(Integer.parseInt(args[1]), Integer.parseInt(args[2]), Long.parseLong(args[3]), 0.8f));
    }

    /** A scene of {@code width} × {@code height} drawn from {@code seed}. */
    public static BufferedImage scene(int width, int height, long seed) {
        Random r = new Random(seed);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        float horizon = height * (0.55f + r.nextFloat() * 0.1f);
        Color high = new Color(40 + r.nextInt(60), 80 + r.nextInt(80), 150 + r.nextInt(90));
        Color low = new Color(230 + r.nextInt(25), 150 + r.nextInt(80), 90 + r.nextInt(60));
        g.setPaint(new GradientPaint(0, 0, high, 0, horizon, low));
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(255, 235, 180));
        float sun = height / 9f;
        g.fill(new Ellipse2D.Float(width * (0.15f + r.nextFloat() * 0.7f), horizon - sun * 2.2f, sun, sun));
        for (int layer = 0; layer < 3; layer++) {
            Path2D hills = new Path2D.Float();
            hills.moveTo(0, height);
            float base = horizon + layer * height * 0.08f;
            for (int x = 0; x <= width; x += width / 24) {
                hills.lineTo(x, base - r.nextFloat() * height * 0.08f);
            }
            hills.lineTo(width, height);
            hills.closePath();
            int shade = 90 - layer * 25;
            g.setColor(new Color(shade + 20, shade + 10 + layer * 5, shade));
            g.fill(hills);
        }
        for (int i = 0; i < 40; i++) {
            float w = width / 30f + r.nextFloat() * width / 18f;
            float h = height * (0.08f + r.nextFloat() * 0.25f);
            float x = r.nextFloat() * width;
            float top = horizon + height * 0.12f - h;
            int tone = 150 + r.nextInt(90);
            g.setColor(new Color(tone, tone - 20 - r.nextInt(30), tone - 50 - r.nextInt(40)));
            g.fillRect((int) x, (int) top, (int) w, (int) (height - top));
            g.setColor(new Color(60, 50, 40));
            for (int k = 0; k < 12; k++) {
                g.fillRect((int) (x + r.nextFloat() * (w - 8)), (int) (top + 8 + r.nextFloat() * h * 0.8f), width / 200 + 2, height / 120 + 3);
            }
            if (r.nextInt(6) == 0) {
                g.fillRect((int) (x + w / 2 - 6), (int) (top - h * 0.6f), 12, (int) (h * 0.6f));
                g.fill(new Ellipse2D.Float(x + w / 2 - 12, top - h * 0.6f - 18, 24, 24));
            }
        }
        g.setStroke(new BasicStroke(Math.max(1, width / 600f)));
        for (int i = 0; i < 300; i++) {
            g.setColor(new Color(60 + r.nextInt(150), 50 + r.nextInt(120), 40 + r.nextInt(110)));
            float x = r.nextFloat() * width;
            float y = height * 0.8f + r.nextFloat() * height * 0.2f;
            float s = height / 80f + r.nextFloat() * height / 50f;
            g.fill(new Ellipse2D.Float(x, y - s * 2.5f, s, s));
            g.fillRect((int) x, (int) (y - s * 1.5f), (int) s, (int) (s * 1.5f));
        }
        g.dispose();
        return image;
    }

    /** The scene as a JPEG at {@code quality} (0 to 1). */
    public static byte[] jpeg(int width, int height, long seed, float quality) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            writer.write(null, new IIOImage(scene(width, height, seed), null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
