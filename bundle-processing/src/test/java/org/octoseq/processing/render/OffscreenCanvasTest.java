package org.octoseq.processing.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OffscreenCanvasTest {

    @TempDir
    Path dir;

    @Test
    void drawsReadsAndSavesWithoutADisplay() throws IOException {
        OffscreenCanvas canvas = new OffscreenCanvas(20, 10);
        canvas.beginDraw();
        canvas.graphics().background(0, 0, 255);
        canvas.graphics().noStroke();
        canvas.graphics().fill(255, 0, 0);
        canvas.graphics().rect(0, 0, 10, 10);
        canvas.graphics().textSize(8);
        canvas.graphics().text("ok", 12, 8);
        canvas.endDraw();

        assertEquals(0xffff0000, canvas.pixel(2, 5));
        assertEquals(0xff0000ff, canvas.pixels()[5 * 20 + 19]);
        Path file = dir.resolve("c.png");
        canvas.savePng(file);
        BufferedImage image = Pixels.read(file);
        assertEquals(0xff0000, image.getRGB(2, 5) & 0xffffff);
        assertEquals(0x0000ff, image.getRGB(19, 5) & 0xffffff);
    }

    @Test
    void rejectsAnEmptySize() {
        assertThrows(IllegalArgumentException.class, () -> new OffscreenCanvas(0, 10));
    }
}
