package org.octoseq.processing.render;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import processing.awt.PGraphicsJava2D;
import processing.core.PApplet;
import processing.core.PGraphics;

/**
 * A Processing JAVA2D canvas that needs no window and no display (works with {@code java.awt.headless=true}).
 *
 * <p>Built by hand because {@code PApplet.createGraphics} throws a {@code NullPointerException} on a sketch
 * that was never started; the un-started parent is still needed for fonts.
 */
public final class OffscreenCanvas {

    /** ImageIO's PNG "compression quality": 1 stores raw, 0 compresses hardest; 0.9 is a fast deflate. */
    private static final float PNG_SPEED = 0.9f;

    private final PGraphicsJava2D graphics;

    /** A canvas of {@code width} × {@code height} pixels (both at least 1). */
    public OffscreenCanvas(int width, int height) {
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("canvas size must be positive, got " + width + "x" + height);
        }
        graphics = new PGraphicsJava2D();
        graphics.setParent(new PApplet());
        graphics.setPrimary(false);
        graphics.setSize(width, height);
    }

    /** The Processing graphics to draw on between {@link #beginDraw()} and {@link #endDraw()}. */
    public PGraphics graphics() {
        return graphics;
    }

    public int width() {
        return graphics.width;
    }

    public int height() {
        return graphics.height;
    }

    public void beginDraw() {
        graphics.beginDraw();
    }

    public void endDraw() {
        graphics.endDraw();
    }

    /** A copy of the pixels as {@code 0xAARRGGBB}, row by row; call after {@link #endDraw()}. */
    public int[] pixels() {
        graphics.loadPixels();
        return graphics.pixels.clone();
    }

    /** One pixel as {@code 0xAARRGGBB}; call after {@link #endDraw()}. */
    public int pixel(int x, int y) {
        return graphics.get(x, y);
    }

    /** The current picture as an opaque RGB image. */
    public BufferedImage toImage() {
        BufferedImage image = new BufferedImage(width(), height(), BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, width(), height(), pixels(), 0, width());
        return image;
    }

    /**
     * Writes the current picture as a PNG file, with fast rather than maximal compression (about 3x faster to
     * write a 1080p frame than ImageIO's default, for files that are still small; see docs/benchmarks.md). The
     * same picture always gives the same bytes.
     */
    public void savePng(Path file) throws IOException {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("png");
        if (!writers.hasNext()) {
            throw new IOException("no PNG writer available for " + file);
        }
        ImageWriter writer = writers.next();
        Files.deleteIfExists(file);
        try (ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
            if (out == null) {
                throw new IOException("cannot write " + file);
            }
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(PNG_SPEED);
            writer.write(null, new IIOImage(toImage(), null, null), param);
        } finally {
            writer.dispose();
        }
    }
}
