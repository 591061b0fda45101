package org.octoseq.processing.render;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import processing.core.PGraphics;
import processing.core.PImage;

/**
 * One PNG that shows a render at a glance: up to {@value #MAX_TILES} frames spread evenly over the render, as
 * thumbnails {@value #THUMB_WIDTH} pixels wide in rows of up to {@value #COLUMNS}, each with its time (seconds)
 * written under it.
 */
public final class ContactSheet {

    public static final int MAX_TILES = 30;
    public static final int COLUMNS = 6;
    public static final int THUMB_WIDTH = 192;
    public static final int CAPTION_HEIGHT = 18;
    public static final int GAP = 4;

    private ContactSheet() {
    }

    /**
     * Writes the sheet of {@code frames} to {@code file}.
     *
     * @throws IOException when a frame cannot be read or the sheet cannot be written
     * @throws IllegalArgumentException when {@code frames} is empty
     */
    public static void write(List<RenderedFrame> frames, Path file) throws IOException {
        if (frames.isEmpty()) {
            throw new IllegalArgumentException("no frames for a contact sheet");
        }
        List<RenderedFrame> tiles = sample(frames, MAX_TILES);
        BufferedImage first = read(tiles.get(0).file());
        int thumbHeight = Math.max(1, Math.round((float) THUMB_WIDTH * first.getHeight() / first.getWidth()));
        int columns = Math.min(COLUMNS, tiles.size());
        int rows = (tiles.size() + columns - 1) / columns;
        OffscreenCanvas sheet = new OffscreenCanvas(GAP + columns * (THUMB_WIDTH + GAP),
                GAP + rows * (thumbHeight + CAPTION_HEIGHT + GAP));
        sheet.beginDraw();
        PGraphics g = sheet.graphics();
        g.background(32);
        g.textSize(12);
        g.textAlign(PGraphics.CENTER, PGraphics.CENTER);
        for (int i = 0; i < tiles.size(); i++) {
            RenderedFrame tile = tiles.get(i);
            float x = GAP + (i % columns) * (THUMB_WIDTH + GAP);
            float y = GAP + (i / columns) * (thumbHeight + CAPTION_HEIGHT + GAP);
            g.image(new PImage(i == 0 ? first : read(tile.file())), x, y, THUMB_WIDTH, thumbHeight);
            g.fill(220);
            g.text(String.format(Locale.ROOT, "%.2f s", tile.time()), x + THUMB_WIDTH / 2f,
                    y + thumbHeight + CAPTION_HEIGHT / 2f);
        }
        sheet.endDraw();
        sheet.savePng(file.toAbsolutePath());
    }

    /** At most {@code max} of {@code frames}, evenly spread, always with the first and the last. */
    static List<RenderedFrame> sample(List<RenderedFrame> frames, int max) {
        if (frames.size() <= max) {
            return List.copyOf(frames);
        }
        List<RenderedFrame> picked = new ArrayList<>(max);
        for (int k = 0; k < max; k++) {
            picked.add(frames.get((int) Math.round((double) k * (frames.size() - 1) / (max - 1))));
        }
        return picked;
    }

    private static BufferedImage read(Path file) throws IOException {
        BufferedImage image = ImageIO.read(file.toFile());
        if (image == null) {
            throw new IOException("not an image: " + file);
        }
        return image;
    }
}
