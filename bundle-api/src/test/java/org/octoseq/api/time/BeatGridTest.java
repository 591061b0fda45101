package org.octoseq.api.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class BeatGridTest {

    private static final double EPS = 1e-12;

    /** The spec's golden grid (script-api.md §5.2): 120 BPM, beat 0 at 0.5 s, covering [0, 10). */
    private static final BeatGrid GOLDEN = BeatGrid.of(List.of(new TempoSegment(0, 10, 120, 0.5)));

    @Test
    void onTheBeatAtOneSecond() {
        assertEquals(1.0, GOLDEN.beatPosition(1.0), EPS);
        assertEquals(1.0, GOLDEN.beatIndex(1.0), EPS);
        assertEquals(0.0, GOLDEN.beatPhase(1.0), EPS);
        assertEquals(120.0, GOLDEN.bpm(1.0), EPS);
    }

    @Test
    void halfwayBetweenBeats() {
        assertEquals(0.5, GOLDEN.beatPosition(0.75), EPS);
        assertEquals(0.0, GOLDEN.beatIndex(0.75), EPS);
        assertEquals(0.5, GOLDEN.beatPhase(0.75), EPS);
    }

    @Test
    void beforeBeatZeroTheIndexIsFlooredAndThePhaseStaysPositive() {
        assertEquals(-0.5, GOLDEN.beatPosition(0.25), EPS);
        assertEquals(-1.0, GOLDEN.beatIndex(0.25), EPS);
        assertEquals(0.5, GOLDEN.beatPhase(0.25), EPS);
    }

    @Test
    void outsideEverySegmentTheVirtual120BpmGridAnchoredAtZeroApplies() {
        assertNull(GOLDEN.segmentAt(12));
        assertEquals(24.0, GOLDEN.beatPosition(12), EPS);
        assertEquals(24.0, GOLDEN.beatIndex(12), EPS);
        assertEquals(120.0, GOLDEN.bpm(12), EPS);
    }

    @Test
    void withoutAGridBeatsRunAt120Bpm() {
        assertTrue(BeatGrid.NONE.isEmpty());
        assertEquals(2.0, BeatGrid.NONE.beatPosition(1.0), EPS);
        assertEquals(120.0, BeatGrid.NONE.bpm(1.0), EPS);
        assertEquals(0.5, BeatGrid.NONE.beatsToSeconds(1, 1.0), EPS);
    }

    @Test
    void anEmptySegmentListIsTheVirtualGrid() {
        assertSame(BeatGrid.NONE, BeatGrid.of(List.of()));
    }

    @Test
    void beatsAreConvertedWithTheTempoAtTheGivenTime() {
        BeatGrid grid = BeatGrid.of(List.of(new TempoSegment(0, 5, 60, 0), new TempoSegment(5, 10, 120, 5)));
        assertEquals(1.0, grid.beatsToSeconds(1, 4.0), EPS);
        assertEquals(0.5, grid.beatsToSeconds(1, 6.0), EPS);
    }

    @Test
    void segmentLookupIsEndExclusiveAndBeatsRestartPerSegment() {
        TempoSegment slow = new TempoSegment(0, 5, 60, 0);
        TempoSegment fast = new TempoSegment(5, 10, 120, 5);
        BeatGrid grid = BeatGrid.of(List.of(slow, fast));

        assertSame(slow, grid.segmentAt(0));
        assertSame(slow, grid.segmentAt(4.999));
        assertSame(fast, grid.segmentAt(5.0));
        assertNull(grid.segmentAt(10.0));

        assertEquals(4.5, grid.beatPosition(4.5), EPS);
        assertEquals(60.0, grid.bpm(4.5), EPS);
        assertEquals(0.0, grid.beatPosition(5.0), EPS); // no accumulation across segments
        assertEquals(2.0, grid.beatPosition(6.0), EPS);
        assertEquals(120.0, grid.bpm(6.0), EPS);
        assertEquals(20.0, grid.beatPosition(10.0), EPS); // past the end: virtual grid, 2t
    }

    @Test
    void aGapBetweenSegmentsUsesTheVirtualGrid() {
        BeatGrid grid = BeatGrid.of(List.of(new TempoSegment(0, 2, 90, 0), new TempoSegment(4, 6, 90, 4)));
        assertNull(grid.segmentAt(3));
        assertEquals(120.0, grid.bpm(3), EPS);
        assertEquals(6.0, grid.beatPosition(3), EPS);
    }

    @Test
    void overlappingSegmentsAreRejectedWithAMessageNamingThem() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> BeatGrid.of(List.of(
                new TempoSegment(0, 6, 120, 0), new TempoSegment(5, 10, 100, 5))));
        assertTrue(e.getMessage().contains("segment 1 starts at 5.0 s"), e.getMessage());
        assertTrue(e.getMessage().contains("segment 0 ends at 6.0 s"), e.getMessage());
    }

    @Test
    void touchingSegmentsAreAccepted() {
        BeatGrid grid = BeatGrid.of(List.of(new TempoSegment(0, 5, 120, 0), new TempoSegment(5, 10, 100, 5)));
        assertEquals(2, grid.segments().size());
    }

    @Test
    void constantGridCoversTheWholeTrack() {
        BeatGrid grid = BeatGrid.constant(128, 0.02);
        assertEquals(128.0, grid.bpm(1000), EPS);
        assertEquals((1000 - 0.02) * 128 / 60, grid.beatPosition(1000), 1e-9);
    }

    @Test
    void segmentsRejectNonPositiveTempoAndEmptySpans() {
        assertThrows(IllegalArgumentException.class, () -> new TempoSegment(0, 10, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new TempoSegment(0, 10, Double.NaN, 0));
        assertThrows(IllegalArgumentException.class, () -> new TempoSegment(5, 5, 120, 0));
    }

    @Test
    void transportOfFrameSamplesAtFrameOverFps() {
        Transport t = Transport.ofFrame(30, 60);
        assertEquals(0.5, t.time(), EPS);
        assertEquals(1.0 / 60, t.dt(), EPS);
        assertEquals(30, t.frame());
    }
}
