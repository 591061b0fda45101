package org.octoseq.processing.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.octoseq.api.time.Transport;

class ShowTransportTest {

    private long now = 7_000_000_000L;

    private ClockPlayhead clock(double duration) {
        return new ClockPlayhead(() -> now, duration);
    }

    private void advanceMs(long ms) {
        now += ms * 1_000_000L;
    }

    @Test
    void timeFollowsThePlayheadAndStandsStillWhilePaused() {
        ShowTransport transport = new ShowTransport(clock(0), 0, false);
        assertEquals(new Transport(0, 0, 0), transport.tick(), "paused at 0 until play");
        transport.play();
        advanceMs(20);
        assertEquals(0.02, transport.tick().time(), 1e-9);
        advanceMs(20);
        Transport t = transport.tick();
        assertEquals(0.04, t.time(), 1e-9);
        assertEquals(0.02, t.dt(), 1e-9);
        assertEquals(2, t.frame());

        transport.togglePause();
        advanceMs(500);
        Transport paused = transport.tick();
        assertEquals(0.04, paused.time(), 1e-9, "time frozen");
        assertEquals(0, paused.dt(), "dt 0 while paused");
        assertEquals(3, paused.frame(), "the frame counter keeps counting");

        transport.togglePause();
        advanceMs(10);
        Transport resumed = transport.tick();
        assertEquals(0.05, resumed.time(), 1e-9, "the pause is not played back");
        assertEquals(0.01, resumed.dt(), 1e-9);
    }

    @Test
    void aSeekJumpsAtOnceWithADtOfZero() {
        ShowTransport transport = new ShowTransport(clock(60), 0, false);
        transport.play();
        advanceMs(100);
        transport.tick();
        transport.seekBy(5);
        Transport jumped = transport.tick();
        assertEquals(5.1, jumped.time(), 1e-9);
        assertEquals(0, jumped.dt(), "a jump is not elapsed time");
        advanceMs(10);
        assertEquals(0.01, transport.tick().dt(), 1e-9);
        transport.seekBy(-30);
        assertEquals(0, transport.tick().time(), 1e-9, "seeking back stops at 0");
    }

    @Test
    void stopsAtTheEndOfTheTrackAndSpaceStartsAgain() {
        ShowTransport transport = new ShowTransport(clock(1.0), 0, false);
        transport.play();
        advanceMs(1500);
        Transport end = transport.tick();
        assertEquals(1.0, end.time(), 1e-9);
        assertFalse(transport.playing(), "stopped at the end");
        advanceMs(100);
        assertEquals(0, transport.tick().dt());

        transport.togglePause();
        assertTrue(transport.playing());
        assertEquals(0, transport.tick().time(), 1e-9, "plays from the start again");
    }

    @Test
    void loopsWhenAskedTo() {
        ShowTransport transport = new ShowTransport(clock(1.0), 0, true);
        transport.play();
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            advanceMs(600);
            times.add(transport.tick().time());
        }
        assertEquals(0.6, times.get(0), 1e-9);
        assertEquals(0.0, times.get(1), 1e-9, "wrapped to the start");
        assertTrue(transport.playing());
        assertEquals(0.6, times.get(2), 1e-9);
    }

    @Test
    void theAudioOffsetDelaysTheVisuals() {
        ShowTransport transport = new ShowTransport(clock(0), 0.1, false);
        transport.play();
        advanceMs(50);
        assertEquals(0, transport.tick().time(), 1e-9, "never before 0");
        advanceMs(200);
        assertEquals(0.15, transport.tick().time(), 1e-9);
    }
}
