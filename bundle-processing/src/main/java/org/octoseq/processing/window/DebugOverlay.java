package org.octoseq.processing.window;

import java.util.List;
import processing.core.PGraphics;

/** The debug overlay ({@code d} in the window): lines of white text on a dark box in the bottom-left corner. */
public final class DebugOverlay {

    private static final float TEXT_SIZE = 12;
    private static final float LINE = 16;
    private static final float PAD = 6;

    private DebugOverlay() {
    }

    /** Draws {@code lines} over {@code g}, between its {@code beginDraw()} and {@code endDraw()}. */
    public static void draw(PGraphics g, List<String> lines) {
        g.pushStyle();
        g.pushMatrix();
        try {
            g.resetMatrix();
            g.textSize(TEXT_SIZE);
            float width = 0;
            for (String line : lines) {
                width = Math.max(width, g.textWidth(line));
            }
            float height = lines.size() * LINE + 2 * PAD;
            float top = g.height - height - PAD;
            g.noStroke();
            g.fill(0, 180);
            g.rect(PAD, top, width + 2 * PAD, height);
            g.fill(255);
            g.textAlign(PGraphics.LEFT, PGraphics.TOP);
            for (int i = 0; i < lines.size(); i++) {
                g.text(lines.get(i), 2 * PAD, top + PAD + i * LINE);
            }
        } finally {
            g.popMatrix();
            g.popStyle();
        }
    }
}
