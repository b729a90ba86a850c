package org.warraq.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warraq.testing.Photos;
import org.warraq.util.Workers;

/** Facts, variants and their cache, on the kinds of files newsrooms publish. */
class ImagingTest {
    private static final List<Integer> WIDTHS = List.of(480, 960, 1440);

    @TempDir
    Path dir;

    private Imaging imaging(boolean reuse) {
        return new Imaging(WIDTHS, 50_000_000L, dir.resolve(".warraq"), "test", reuse);
    }

    private Probed probe(String name, byte[] bytes) throws IOException {
        Files.write(dir.resolve(name), bytes);
        try (Workers workers = new Workers(1)) {
            return imaging(true).probe(dir, List.of(name), workers).get(name);
        }
    }

    private static ImageFacts facts(Probed p) {
        assertThat(p.problem()).isEmpty();
        return p.facts().orElseThrow();
    }

    @Test
    void aLargeJpegGivesThreeWidthsNeverEnlargedWithTheirHeights() throws IOException {
        ImageFacts big = facts(probe("big.jpg", Photos.jpeg(2000, 1200, 1, 0.8f)));
        assertThat(big.format()).isEqualTo(ImageFormat.JPEG);
        assertThat(List.of(big.width(), big.height(), big.orientation())).containsExactly(2000, 1200, 1);
        Imaging imaging = imaging(true);
        assertThat(imaging.widths(big)).containsExactly(480, 960, 1440);
        Map<Integer, Path> files = imaging.variants(dir.resolve("big.jpg"), big, imaging.widths(big));
        for (int w : WIDTHS) {
            BufferedImage made = ImageIO.read(files.get(w).toFile());
            assertThat(made.getWidth()).isEqualTo(w);
            assertThat(made.getHeight()).isEqualTo(Imaging.height(big, w)).isEqualTo(w * 3 / 5);
        }
        ImageFacts small = facts(probe("small.jpg", Photos.jpeg(700, 420, 2, 0.8f)));
        assertThat(imaging.widths(small)).containsExactly(480, 700);
        ImageFacts tiny = facts(probe("tiny.jpg", Photos.jpeg(300, 200, 3, 0.8f)));
        assertThat(imaging.widths(tiny)).containsExactly(300);
    }

    @Test
    void variantsAreTheSameBytesEveryTimeAndMadeOnce() throws IOException {
        ImageFacts f = facts(probe("a.jpg", Photos.jpeg(1200, 800, 4, 0.8f)));
        Map<Integer, Path> first = imaging(true).variants(dir.resolve("a.jpg"), f, List.of(480, 960));
        byte[] bytes = Files.readAllBytes(first.get(480));
        long made = Files.getLastModifiedTime(first.get(480)).toMillis();
        Files.setLastModifiedTime(first.get(480), java.nio.file.attribute.FileTime.fromMillis(made - 60_000));
        Map<Integer, Path> again = imaging(true).variants(dir.resolve("a.jpg"), f, List.of(480, 960));
        assertThat(Files.getLastModifiedTime(again.get(480)).toMillis()).as("taken from the store").isEqualTo(made - 60_000);
        Map<Integer, Path> fresh = imaging(false).variants(dir.resolve("a.jpg"), f, List.of(480, 960));
        assertThat(Files.readAllBytes(fresh.get(480))).as("encoded again, same bytes").isEqualTo(bytes);
        assertThat(new String(bytes, StandardCharsets.ISO_8859_1)).doesNotContain("Exif");
    }

    @Test
    void exifOrientationTurnsTheImageUpright() throws IOException {
        // 200×100 stored, red on its left half, blue on the right; orientation 6 shows it turned a quarter clockwise.
        BufferedImage stored = new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 100; y++) {
            for (int x = 0; x < 200; x++) {
                stored.setRGB(x, y, x < 100 ? 0xE01010 : 0x1010E0);
            }
        }
        byte[] jpeg = withSegment(encode(stored), 0xE1, exifOrientation(6));
        ImageFacts f = facts(probe("turned.jpg", jpeg));
        assertThat(List.of(f.width(), f.height(), f.orientation())).containsExactly(100, 200, 6);
        Path made = imaging(true).variants(dir.resolve("turned.jpg"), f, List.of(100)).get(100);
        BufferedImage upright = ImageIO.read(made.toFile());
        assertThat(upright.getWidth()).isEqualTo(100);
        assertThat(upright.getHeight()).isEqualTo(200);
        assertThat(red(upright.getRGB(50, 20))).as("red on top").isGreaterThan(180);
        assertThat(red(upright.getRGB(50, 180))).as("blue below").isLessThan(60);
    }

    @Test
    void cmykJpegsFromPrintWorkflowsGiveTheirColoursInRgb() throws IOException {
        byte[] cmyk;
        try (InputStream in = getClass().getResourceAsStream("/images/cmyk-adobe.jpg")) {
            cmyk = in.readAllBytes();
        }
        ImageFacts f = facts(probe("print.jpg", cmyk));
        Path made = imaging(true).variants(dir.resolve("print.jpg"), f, List.of(48)).get(48);
        BufferedImage rgb = ImageIO.read(made.toFile());
        int top = rgb.getRGB(24, 1);
        int bottom = rgb.getRGB(24, rgb.getHeight() - 2);
        assertThat(red(top)).as("the gradient starts red").isGreaterThan(150).isGreaterThan((top & 0xFF) + 80);
        assertThat(bottom & 0xFF).as("and ends blue").isGreaterThan(red(bottom) + 80);
    }

    @Test
    void aBrokenColourProfileDoesNotStopTheImage() throws IOException {
        byte[] icc = new byte[14 + 2 + 40];
        byte[] id = "ICC_PROFILE\0".getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(id, 0, icc, 0, id.length);
        icc[12] = 1;
        icc[13] = 1;
        Arrays.fill(icc, 14, icc.length, (byte) 0x5A);
        byte[] jpeg = withSegment(Photos.jpeg(640, 400, 5, 0.8f), 0xE2, icc);
        ImageFacts f = facts(probe("profile.jpg", jpeg));
        Path made = imaging(true).variants(dir.resolve("profile.jpg"), f, List.of(480)).get(480);
        assertThat(ImageIO.read(made.toFile()).getWidth()).isEqualTo(480);
    }

    @Test
    void pngsStayPngsWithTheirTransparency() throws IOException {
        BufferedImage image = new BufferedImage(1000, 500, BufferedImage.TYPE_INT_ARGB);
        for (int x = 0; x < 500; x++) {
            for (int y = 0; y < 500; y++) {
                image.setRGB(x, y, 0xFF20A040);
            }
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        ImageFacts f = facts(probe("logo.png", png.toByteArray()));
        assertThat(f.format()).isEqualTo(ImageFormat.PNG);
        Path made = imaging(true).variants(dir.resolve("logo.png"), f, List.of(480)).get(480);
        BufferedImage small = ImageIO.read(made.toFile());
        assertThat(small.getColorModel().hasAlpha()).isTrue();
        assertThat(small.getRGB(100, 100)).isEqualTo(0xFF20A040);
        assertThat(small.getRGB(400, 100) >>> 24).as("transparent half").isZero();
    }

    @Test
    void otherFormatsAreMeasuredNotResized() throws IOException {
        ImageFacts svg = facts(probe("chart.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 640 360\"/>"
                .getBytes(StandardCharsets.UTF_8)));
        assertThat(List.of(svg.width(), svg.height())).containsExactly(640, 360);
        assertThat(imaging(true).widths(svg)).isEmpty();
        ByteArrayOutputStream gif = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(120, 90, BufferedImage.TYPE_BYTE_INDEXED), "gif", gif);
        ImageFacts g = facts(probe("anim.gif", gif.toByteArray()));
        assertThat(List.of(g.width(), g.height())).containsExactly(120, 90);
        byte[] webp = new byte[40];
        System.arraycopy("RIFF".getBytes(StandardCharsets.US_ASCII), 0, webp, 0, 4);
        webp[4] = 32;
        System.arraycopy("WEBPVP8X".getBytes(StandardCharsets.US_ASCII), 0, webp, 8, 8);
        webp[24] = (byte) 0xFF;
        webp[25] = 3;
        webp[27] = (byte) 0x57;
        webp[28] = 2;
        ImageFacts w = facts(probe("photo.webp", webp));
        assertThat(List.of(w.width(), w.height())).containsExactly(1024, 600);
    }

    @Test
    void brokenTruncatedHugeAndFakeImagesAreRefusedWithAReason() throws IOException {
        byte[] jpeg = Photos.jpeg(800, 600, 6, 0.8f);
        assertThat(probe("cut.jpg", Arrays.copyOf(jpeg, jpeg.length / 2)).problem()).contains("cut short");
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(64, 64, BufferedImage.TYPE_INT_RGB), "png", png);
        byte[] p = png.toByteArray();
        assertThat(probe("cut.png", Arrays.copyOf(p, p.length - 5)).problem()).contains("cut short");
        assertThat(probe("page.jpg", "<html>not found</html>".getBytes(StandardCharsets.UTF_8)).problem())
                .isEqualTo("is not a JPEG, PNG, GIF, WebP or SVG image");
        // A 20000×20000 header (400 MP) over a few bytes: refused before anything is decoded.
        byte[] bomb = p.clone();
        bomb[16] = 0;
        bomb[17] = 0;
        bomb[18] = 0x4E;
        bomb[19] = 0x20;
        bomb[20] = 0;
        bomb[21] = 0;
        bomb[22] = 0x4E;
        bomb[23] = 0x20;
        Probed huge = probe("bomb.png", bomb);
        assertThat(huge.problem()).isEqualTo("is 20000×20000 pixels (400 MP), over the limit of 50 MP");
        assertThat(huge.hint()).contains("image_max_megapixels");
    }

    static int red(int rgb) {
        return rgb >> 16 & 0xFF;
    }

    static byte[] encode(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpeg", out);
        return out.toByteArray();
    }

    /** {@code jpeg} with a segment ({@code marker}, {@code payload}) right after its start marker. */
    static byte[] withSegment(byte[] jpeg, int marker, byte[] payload) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0xFF);
        out.write(0xD8);
        out.write(0xFF);
        out.write(marker);
        int length = payload.length + 2;
        out.write(length >> 8);
        out.write(length & 0xFF);
        out.writeBytes(payload);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    /** An APP1 Exif payload (big-endian TIFF) with one tag: the orientation. */
    static byte[] exifOrientation(int orientation) {
        return new byte[] {'E', 'x', 'i', 'f', 0, 0, 'M', 'M', 0, 42, 0, 0, 0, 8, 0, 1,
            0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, (byte) orientation, 0, 0, 0, 0, 0, 0};
    }
}
