package org.octoseq.processing.assets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.octoseq.api.namespace.Diagnostic;
import org.octoseq.processing.render.OffscreenCanvas;
import processing.core.PGraphics;
import processing.core.PImage;
import processing.core.PShape;

/** Assets of a show folder drawn on a real offscreen canvas, and missing ones as warnings, never exceptions. */
class AssetLibraryTest {

    @TempDir
    Path show;
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private AssetLibrary assets;

    @BeforeEach
    void showFolder() throws IOException {
        Files.writeString(show.resolve("project.json"), "{\"mix\": \"audio/mix.wav\"}");
        Path dir = Files.createDirectories(show.resolve("assets/models"));
        Files.writeString(show.resolve("assets/square.svg"), """
                <svg xmlns="http://www.w3.org/2000/svg" width="40" height="40">
                  <rect x="0" y="0" width="40" height="40" fill="#ff0000"/>
                </svg>
                """);
        Files.writeString(dir.resolve("tile.obj"), """
                v 0 0 0
                v 20 0 0
                v 20 20 5
                v 0 20 5
                f 1 2 3 4
                """);
        BufferedImage green = new BufferedImage(10, 10, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < 10; y++) {
            for (int x = 0; x < 10; x++) {
                green.setRGB(x, y, 0xff00ff00);
            }
        }
        ImageIO.write(green, "png", show.resolve("assets/green.png").toFile());
        Files.writeString(show.resolve("assets/broken.svg"), "<svg");
        Files.createDirectories(show.resolve("scripts"));
        Map<String, Object> globals = new ShowAssets().globals(show.resolve("scripts/main.js"), diagnostics::add);
        assets = (AssetLibrary) globals.get("assets");
        assertEquals(MeshLoader.class, globals.get("mesh").getClass());
    }

    @Test
    void svgObjAndImagesDrawWhereTheyShould() {
        OffscreenCanvas canvas = new OffscreenCanvas(100, 50);
        canvas.beginDraw();
        PGraphics g = canvas.graphics();
        g.background(0);
        g.shape(assets.shape("square.svg"), 0, 0);
        g.fill(0, 0, 255);
        g.noStroke();
        g.shape(new MeshLoader(assets).load("models/tile"), 50, 0);
        g.image(assets.image("green"), 80, 30);
        canvas.endDraw();

        assertEquals(0xffff0000, canvas.pixel(20, 20), "the SVG's own red");
        assertEquals(0xff0000ff, canvas.pixel(60, 10), "the OBJ face, flat, in the current fill");
        assertEquals(0xff000000, canvas.pixel(75, 10), "nothing beyond the model");
        assertEquals(0xff00ff00, canvas.pixel(85, 35), "the image");
        assertTrue(diagnostics.isEmpty(), diagnostics.toString());
        assertSame(assets.shape("square.svg"), assets.shape("square.svg"), "read once");
    }

    @Test
    void missingBrokenOrOutsideAssetsAreWarningsAndDrawNothing() {
        PShape missing = assets.shape("nope.svg");
        PImage missingImage = assets.image("nope.png");
        PShape broken = assets.shape("broken.svg");
        PShape outside = assets.shape("../project.json");
        assets.shape("nope.svg");

        assertEquals(0, missing.getChildCount());
        assertEquals(1, missingImage.width);
        assertEquals(0, broken.getChildCount());
        assertEquals(0, outside.getChildCount());
        assertEquals(4, diagnostics.size(), diagnostics.toString());
        assertTrue(diagnostics.stream().allMatch(d -> d.kind() == Diagnostic.Kind.WARNING), diagnostics.toString());
        assertTrue(diagnostics.get(0).message().contains("'nope.svg' not found")
                && diagnostics.get(0).message().contains("square.svg"), diagnostics.get(0).message());
        assertTrue(diagnostics.get(2).message().contains("broken.svg"), diagnostics.get(2).message());
        assertTrue(diagnostics.get(3).message().contains("outside the assets folder"), diagnostics.get(3).message());

        OffscreenCanvas canvas = new OffscreenCanvas(10, 10);
        canvas.beginDraw();
        canvas.graphics().background(0);
        canvas.graphics().shape(missing, 0, 0);
        canvas.graphics().image(missingImage, 0, 0);
        canvas.endDraw();
        assertEquals(0xff000000, canvas.pixel(0, 0));
    }

    @Test
    void listsAndChecksAssets() {
        assertArrayEquals(new String[] {"broken.svg", "green.png", "models/tile.obj", "square.svg"}, assets.list());
        assertTrue(assets.has("green"));
        assertTrue(assets.has("models/tile.obj"));
        assertFalse(assets.has("nope"));
        assertTrue(diagnostics.isEmpty());
    }

    @Test
    void theShowFolderIsTheNearestOneWithAProjectJson() {
        assertEquals(show, ShowAssets.showFolder(show.resolve("scripts/main.js")));
        assertEquals(show.resolve("scripts"), ShowAssets.showFolder(show.resolve("scripts/x/../main.js")).resolve("scripts"));
    }
}
