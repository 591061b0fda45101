package org.octoseq.processing.render;

import java.util.List;
import java.util.Optional;
import org.octoseq.api.namespace.Diagnostic;
import processing.core.PGraphics;

/**
 * The red strip at the top of the show that names the newest script error, so a performer sees a broken
 * script without looking at the console. The rest of the frame stays as the script drew it.
 */
public final class ErrorBanner {

    private static final String ELLIPSIS = "...";

    private ErrorBanner() {
    }

    /** The last error (not warning or note) in {@code diagnostics}. */
    public static Optional<Diagnostic> newestError(List<Diagnostic> diagnostics) {
        for (int i = diagnostics.size() - 1; i >= 0; i--) {
            if (diagnostics.get(i).isError()) {
                return Optional.of(diagnostics.get(i));
            }
        }
        return Optional.empty();
    }

    /** Height of the banner in pixels on a canvas {@code canvasHeight} pixels high. */
    public static int height(int canvasHeight) {
        return Math.round(textSize(canvasHeight) * 1.6f);
    }

    /** Draws the banner over the top of {@code g}, between its {@code beginDraw()} and {@code endDraw()}. */
    public static void draw(PGraphics g, Diagnostic error) {
        float size = textSize(g.height);
        g.pushStyle();
        try {
            g.resetMatrix();
            g.noStroke();
            g.fill(200, 0, 0);
            g.rect(0, 0, g.width, height(g.height));
            g.fill(255);
            g.textSize(size);
            g.textAlign(PGraphics.LEFT, PGraphics.CENTER);
            g.text(fit(g, error.toString(), g.width - 2 * size), size * 0.5f, height(g.height) / 2f);
        } finally {
            g.popStyle();
        }
    }

    private static float textSize(int canvasHeight) {
        return Math.max(10f, Math.min(16f, canvasHeight / 30f));
    }

    private static String fit(PGraphics g, String text, float width) {
        if (g.textWidth(text) <= width) {
            return text;
        }
        int end = text.length();
        while (end > 0 && g.textWidth(text.substring(0, end) + ELLIPSIS) > width) {
            end--;
        }
        return text.substring(0, end) + ELLIPSIS;
    }
}
