package org.octoseq.api.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.octoseq.api.time.BeatGrid;
import org.octoseq.api.time.TempoSegment;

/** Spec §9.10, through the timing signals. */
class MusicalTimeTest {

    private static final double EPS = 1e-9;
    private final Harness h = new Harness().grid(BeatGrid.of(List.of(new TempoSegment(0, 10, 120, 0.5))));

    private double timing(String name, double t) {
        return h.at(Signal.timing(name), t, 1 / 60.0);
    }

    @Test
    void item112_onAndBetweenBeats() {
        assertEquals(1, timing("beatPosition", 1.0), EPS);
        assertEquals(1, timing("beatIndex", 1.0), EPS);
        assertEquals(0, timing("beatPhase", 1.0), EPS);
        assertEquals(120, timing("bpm", 1.0), EPS);
        assertEquals(0.5, timing("beatPosition", 0.75), EPS);
    }

    @Test
    void item113_beforeBeatZero() {
        assertEquals(-0.5, timing("beatPosition", 0.25), EPS);
        assertEquals(-1, timing("beatIndex", 0.25), EPS);
        assertEquals(0.5, timing("beatPhase", 0.25), EPS);
    }

    @Test
    void item114_outsideEverySegmentAndWithoutAGrid() {
        assertEquals(120, timing("bpm", 12), EPS);
        assertEquals(24, timing("beatPosition", 12), EPS);
        assertEquals(24, timing("beatIndex", 12), EPS);
        h.grid(BeatGrid.NONE);
        assertEquals(2.0, timing("beatPosition", 1.0), EPS);
        assertEquals(0.5, BeatGrid.NONE.beatsToSeconds(1, 1.0), EPS);
    }

    @Test
    void item115_beatParametersUseTheTempoAtTheEvaluationTime() {
        h.grid(BeatGrid.of(List.of(new TempoSegment(0, 5, 60, 0), new TempoSegment(5, 10, 120, 5))));
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            events.add(Event.at(i * 0.25, 1));
        }
        Signal count = EventStream.of(events).count_prev_beats(1);
        assertEquals(4, h.at(count, 4.0, 1 / 60.0), 0);
        assertEquals(2, h.at(count, 6.0, 1 / 60.0), 0);
    }
}
