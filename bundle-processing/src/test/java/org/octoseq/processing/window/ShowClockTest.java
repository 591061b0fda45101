package org.octoseq.processing.window;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.octoseq.api.time.Transport;

class ShowClockTest {

    private long now = 5_000_000_000L;

    @Test
    void advancesByRealElapsedTimeAndStandsStillWhilePaused() {
        ShowClock clock = new ShowClock(() -> now);

        assertEquals(new Transport(0, 0, 0), clock.tick());
        now += 20_000_000L;
        assertEquals(new Transport(0.02, 0.02, 1), clock.tick());
        clock.togglePause();
        now += 500_000_000L;
        assertEquals(new Transport(0.02, 0, 2), clock.tick(), "paused: dt 0, time frozen, frame counts");
        clock.togglePause();
        now += 10_000_000L;
        Transport resumed = clock.tick();
        assertEquals(0.01, resumed.dt(), 1e-12, "the pause itself is not played back");
        assertEquals(0.03, resumed.time(), 1e-12);
        assertEquals(3, resumed.frame());
    }
}
