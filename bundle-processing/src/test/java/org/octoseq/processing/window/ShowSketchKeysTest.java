package org.octoseq.processing.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.octoseq.processing.live.ClockPlayhead;
import org.octoseq.processing.live.ShowTransport;
import org.octoseq.processing.render.CircleSession;
import processing.core.PConstants;

/** The show window's keys, pressed on a sketch that has no window (q and Esc are covered by ShowWindowIT). */
class ShowSketchKeysTest {

    private long now;
    private final CircleSession script = new CircleSession();
    private final ShowTransport transport = new ShowTransport(new ClockPlayhead(() -> now, 60), 0, false);
    private final ShowSketch sketch = new ShowSketch(new WindowOptions(64, 36, 60, PConstants.JAVA2D, false, 0, "t"),
            transport, script, () -> 1);

    private void press(char key, int keyCode) {
        sketch.key = key;
        sketch.keyCode = keyCode;
        sketch.keyPressed();
    }

    @Test
    void spacePlaysAndPauses() {
        assertFalse(transport.playing());
        press(' ', 32);
        assertTrue(transport.playing());
        press(' ', 32);
        assertFalse(transport.playing());
    }

    @Test
    void arrowsSeekFiveSecondsEitherWay() {
        transport.seek(20);
        press((char) PConstants.CODED, PConstants.RIGHT);
        assertEquals(25, transport.playhead().position(), 1e-9);
        press((char) PConstants.CODED, PConstants.LEFT);
        press((char) PConstants.CODED, PConstants.LEFT);
        assertEquals(15, transport.playhead().position(), 1e-9);
        assertEquals(0, transport.tick().dt(), "a seek is not elapsed time");
    }

    @Test
    void rReloadsTheScriptAndDTogglesTheOverlay() {
        press('r', 82);
        press('R', 82);
        assertEquals(2, script.reloadRequests);
        assertFalse(sketch.debugOverlay());
        press('d', 68);
        assertTrue(sketch.debugOverlay());
        press('d', 68);
        assertFalse(sketch.debugOverlay());
    }
}
