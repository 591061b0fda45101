package org.octoseq.processing.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import org.junit.jupiter.api.Test;
import org.octoseq.processing.live.ClockPlayhead;
import org.octoseq.processing.live.ShowTransport;
import org.octoseq.processing.render.CircleSession;
import processing.core.PApplet;
import processing.core.PConstants;

/** What the window options ask Processing for (the window itself opens in ShowWindowIT). */
class ShowSketchSettingsTest {

    private static ShowSketch sketch(WindowOptions options) {
        return new ShowSketch(options, new ShowTransport(new ClockPlayhead(System::nanoTime, 0), 0, false),
                new CircleSession(), () -> 1);
    }

    /** Calls {@code settings()} as Processing does when it starts a sketch (only then may it call size()). */
    private static void settings(ShowSketch sketch) throws ReflectiveOperationException {
        Field inside = PApplet.class.getDeclaredField("insideSettings");
        inside.setAccessible(true);
        inside.setBoolean(sketch, true);
        try {
            sketch.settings();
        } finally {
            inside.setBoolean(sketch, false);
        }
    }

    @Test
    void windowedAtTheGivenSizeAndRenderer() throws ReflectiveOperationException {
        ShowSketch s = sketch(new WindowOptions(640, 360, 60, PConstants.JAVA2D, false, 0, "t"));
        settings(s);
        assertFalse(s.sketchFullScreen());
        assertEquals(640, s.sketchWidth());
        assertEquals(360, s.sketchHeight());
        assertEquals(PConstants.JAVA2D, s.sketchRenderer());
    }

    @Test
    void fullScreenOnTheChosenDisplay() throws ReflectiveOperationException {
        ShowSketch s = sketch(new WindowOptions(640, 360, 60, PConstants.JAVA2D, true, 2, "t"));
        settings(s);
        assertTrue(s.sketchFullScreen());
        assertEquals(2, s.sketchDisplay());
    }
}
