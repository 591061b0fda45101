package org.octoseq.processing.render;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
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

    /** Writes the current picture as a PNG file ({@link PngFiles}). */
    public void savePng(Path file) throws IOException {
        PngFiles.write(toImage(), file);
    }
}
