package org.octoseq.processing.assets;

import java.awt.image.BufferedImage;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.octoseq.processing.render.OffscreenCanvas;
import processing.core.PApplet;
import processing.core.PConstants;
import processing.core.PGraphics;
import processing.core.PImage;
import processing.core.PShape;
import processing.core.PShapeOBJ;
import processing.core.PShapeSVG;
import processing.data.XML;

/**
 * Reads asset files into Processing objects without a running sketch ({@code PApplet.loadShape} and
 * {@code loadImage} need one), so they load off the frame thread and headless.
 */
final class AssetFiles {

    private AssetFiles() {
    }

    static PShape shape(Path file) throws IOException {
        String ext = AssetLibrary.extension(file);
        if (ext.equals("svg")) {
            try {
                return new PShapeSVG(new XML(file.toFile()));
            } catch (javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException e) {
                throw new IOException(e.getMessage(), e);
            }
        }
        return flatModel(file);
    }

    /** An OBJ model as 2D polygons: each face projected onto x-y, drawn with the caller's style. */
    private static PShape flatModel(Path file) throws IOException {
        PShape model;
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            // the parent only serves material files (mtllib), which a flat model does not use
            model = new PShapeOBJ(new PApplet(), reader, file.getParent().toString());
        }
        PShape flat = new PShape(PShape.GROUP);
        for (int i = 0; i < model.getChildCount(); i++) {
            PShape face = model.getChild(i);
            if (face.getVertexCount() < 2) {
                continue;
            }
            PShape polygon = new PShape(PShape.PATH);
            polygon.beginShape();
            for (int v = 0; v < face.getVertexCount(); v++) {
                polygon.vertex(face.getVertexX(v), face.getVertexY(v));
            }
            polygon.endShape(PConstants.CLOSE);
            flat.addChild(polygon);
        }
        if (flat.getChildCount() == 0) {
            throw new IOException("no faces");
        }
        flat.disableStyle();
        return flat;
    }

    static PImage image(Path file) throws IOException {
        BufferedImage image = ImageIO.read(file.toFile());
        if (image == null) {
            throw new IOException("no image reader for this file");
        }
        return new PImage(image);
    }

    /** Draws {@code shape} once on a small offscreen canvas (see {@link AssetLibrary}); returns it. */
    static PShape warm(PShape shape) {
        OffscreenCanvas canvas = new OffscreenCanvas(8, 8);
        canvas.beginDraw();
        canvas.graphics().shape(shape, 0, 0, 8, 8);
        canvas.endDraw();
        return shape;
    }

    /** Draws {@code image} once, plain and tinted, on a small offscreen canvas; returns it. */
    static PImage warm(PImage image) {
        OffscreenCanvas canvas = new OffscreenCanvas(8, 8);
        canvas.beginDraw();
        PGraphics g = canvas.graphics();
        g.image(image, 0, 0, 8, 8);
        g.tint(255, 128, 0, 128);
        g.image(image, 0, 0, 8, 8);
        canvas.endDraw();
        return image;
    }

    /** What a missing shape draws: nothing. */
    static PShape emptyShape() {
        return new PShape(PShape.GROUP);
    }

    /** What a missing image draws: one transparent pixel. */
    static PImage emptyImage() {
        return new PImage(1, 1, PConstants.ARGB);
    }
}
