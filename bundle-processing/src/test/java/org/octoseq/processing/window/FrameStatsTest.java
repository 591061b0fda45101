package org.octoseq.processing.window;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FrameStatsTest {

    @Test
    void countsFramesPerSecondOverTheRunAndTheLastSecond() {
        FrameStats stats = new FrameStats();
        long frame = 1_000_000_000L / 50;
        for (int i = 0; i <= 100; i++) {
            stats.frame(5_000_000_000L + i * frame, 2_000_000, 500_000);
        }
        assertEquals(101, stats.frames());
        assertEquals(2.0, stats.seconds(), 1e-9);
        assertEquals(50.0, stats.averageFps(), 1e-9);
        assertEquals(50.0, stats.recentFps(), 1e-9);
        assertEquals(2.0, stats.frameMs(), 1e-9);
        assertEquals("played 101 frames in 2.00 s: 50.0 fps (target 60), frame 2.00 ms, script 0.50 ms",
                stats.summary(60));
    }
}
