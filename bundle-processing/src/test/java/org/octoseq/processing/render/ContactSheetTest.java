package org.octoseq.processing.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContactSheetTest {

    @TempDir
    Path dir;

    @Test
    void tilesEveryFrameOfAShortRenderInRowsOfSix() throws IOException, InterruptedException {
        RenderResult result = new FrameRenderer(64, 36).render(new CircleSession(), new FrameRange(12, 0, 1),
                dir.resolve("frames"), RenderProgress.silent());
        Path sheetFile = dir.resolve("sheet.png");

        ContactSheet.write(result.frames(), sheetFile);

        BufferedImage sheet = Pixels.read(sheetFile);
        int thumbHeight = 108; // 192 * 36 / 64
        assertEquals(4 + 6 * (192 + 4), sheet.getWidth());
        assertEquals(4 + 2 * (thumbHeight + 18 + 4), sheet.getHeight());
        for (int i = 0; i < 12; i++) {
            int x = 4 + (i % 6) * (192 + 4);
            int y = 4 + (i / 6) * (thumbHeight + 18 + 4);
            assertTrue(Pixels.isWhite(sheet.getRGB(x + 96, y + thumbHeight / 2)), "circle in tile " + i);
            assertTrue(Pixels.isBlack(sheet.getRGB(x + 2, y + 2)), "black frame corner in tile " + i);
            assertTrue(hasLightPixel(sheet, x, y + thumbHeight, 192, 18), "caption under tile " + i);
        }
    }

    @Test
    void samplesAtMostThirtyFramesIncludingFirstAndLast() {
        List<RenderedFrame> frames = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            frames.add(new RenderedFrame(Path.of("frame-" + i + ".png"), i / 10.0));
        }

        List<RenderedFrame> sample = ContactSheet.sample(frames, ContactSheet.MAX_TILES);

        assertEquals(30, sample.size());
        assertSame(frames.get(0), sample.get(0));
        assertSame(frames.get(99), sample.get(29));
        for (int i = 1; i < sample.size(); i++) {
            assertTrue(sample.get(i).time() > sample.get(i - 1).time(), "in order, no repeats");
        }
    }

    private static boolean hasLightPixel(BufferedImage image, int x0, int y0, int w, int h) {
        for (int y = y0; y < y0 + h; y++) {
            for (int x = x0; x < x0 + w; x++) {
                if (Pixels.red(image.getRGB(x, y)) > 150) {
                    return true;
                }
            }
        }
        return false;
    }
}
