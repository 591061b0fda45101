package org.octoseq.api.signal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.octoseq.api.time.BeatGrid;
import org.octoseq.api.time.TempoSegment;

/** Spec §9.8. */
class EventStreamTest {

    private static final double DT = 1 / 60.0;
    private final Harness h = new Harness();

    private static EventStream stream(double... timeWeight) {
        java.util.ArrayList<Event> events = new java.util.ArrayList<>();
        for (int i = 0; i < timeWeight.length; i += 2) {
            events.add(Event.at(timeWeight[i], timeWeight[i + 1]));
        }
        return EventStream.of(events);
    }

    private static final EventStream ONE_TWO = stream(1.0, 1, 2.0, 1);

    @Test
    void item92_streamsAreTimeSorted() {
        EventStream s = stream(2, 0.2, 1, 0.1, 3, 0.3);
        assertEquals(1, s.get(0).time(), 0);
        assertArrayEquals(new double[] {1, 2, 3}, s.events().stream().mapToDouble(Event::time).toArray(), 0);
    }

    @Test
    void item93_emptyStream() {
        EventStream e = EventStream.empty();
        assertEquals(0, e.len());
        assertTrue(e.is_empty());
        assertNull(e.get(0));
        assertEquals(0, e.time_span().length);
        assertEquals(0, e.max_weight(), 0);
        assertEquals(0, e.min_weight(), 0);
        assertEquals(0, e.to_array().length);
    }

    @Test
    void item93_queries() {
        EventStream s = stream(1, 0.5, 2, 0.25, 3, 0.75);
        assertEquals(3, s.len());
        assertNull(s.get(-1));
        assertNull(s.get(3));
        assertArrayEquals(new double[] {1, 3}, s.time_span(), 0);
        assertEquals(0.75, s.max_weight(), 0);
        assertEquals(0.25, s.min_weight(), 0);
        assertEquals(2, s.to_array()[1].time(), 0);
    }

    @Test
    void item94_filters() {
        EventStream s = stream(0.5, 0.1, 1, 0.5, 1.5, 0.7, 2, 0.9);
        assertArrayEquals(new double[] {1, 1.5}, s.filter_time(1, 2).events().stream().mapToDouble(Event::time).toArray(), 0);
        assertEquals(3, s.filter_weight(0.5).len());
        assertArrayEquals(new double[] {0.5, 1}, s.limit(2).events().stream().mapToDouble(Event::time).toArray(), 0);
        assertTrue(s.limit(-1).is_empty());
        assertTrue(s.limit(0).is_empty());
        assertEquals(4, s.limit(10).len());
    }

    @Test
    void item95_eventFields() {
        Event e = stream(1.25, 0.5).get(0);
        assertEquals(-1, e.getCluster_id());
        Event placed = e.placedOn(BeatGrid.NONE);
        assertEquals(2.5, placed.getBeat_position(), 1e-12);
        assertEquals(0.5, placed.getBeat_phase(), 1e-12);
        Event onGrid = e.placedOn(BeatGrid.of(List.of(new TempoSegment(0, 10, 120, 0.5))));
        assertEquals(1.5, onGrid.getBeat_position(), 1e-12);
        assertEquals(2.5, stream(1.25, 0.5).placedOn(BeatGrid.NONE).get(0).beatPosition(), 1e-12);
    }

    @Test
    void item96_impulses() {
        Signal s = stream(1.0, 0.8).to_signal();
        assertEquals(0.8, h.at(s, 1.005, 0.02), 1e-9);
        assertEquals(0, h.at(s, 1.015, 0.02), 1e-9);
        Signal both = stream(1.0, 0.3, 1.0, 0.4).to_signal();
        assertEquals(0.7, h.at(both, 1.0, 0.02), 1e-9);
        assertEquals(both.key(), stream(1.0, 0.3, 1.0, 0.4).impulse().key());
        assertEquals(0.7, h.at(stream(1.0, 0.3, 1.0, 0.4).impulse(), 1.0, 0.02), 1e-9);
    }

    @Test
    void item97_attackDecay() {
        Signal s = stream(1.0, 0.8).to_signal(Map.of("envelope", "attack_decay", "attack_beats", 0.1, "decay_beats", 0.5));
        assertEquals(0.4, h.at(s, 1.025, DT), 1e-4);
        assertEquals(0.8, h.at(s, 1.05, DT), 1e-4);
        assertEquals(0.4, h.at(s, 1.175, DT), 1e-4);
        assertEquals(0, h.at(s, 1.30, DT), 1e-4);
        assertEquals(0, h.at(s, 0.99, DT), 1e-4);
    }

    @Test
    void item98_adsr() {
        Signal s = stream(1.0, 1).to_signal(Map.of("envelope", "adsr"));
        assertEquals(0.5, h.at(s, 1.025, DT), 1e-4);
        assertEquals(0.85, h.at(s, 1.175, DT), 1e-4);
        assertEquals(0.7, h.at(s, 1.4, DT), 1e-4);
        assertEquals(0.35, h.at(s, 1.625, DT), 1e-4);
        assertEquals(0, h.at(s, 1.75, DT), 1e-4);
    }

    @Test
    void item99_gaussianExponentialDecayAndStep() {
        Signal g = stream(1.0, 0.5).to_signal(Map.of("envelope", "gaussian"));
        assertEquals(0.6065307 * 0.5, h.at(g, 1.0625, DT), 1e-6);
        assertEquals(0.6065307 * 0.5, h.at(g, 0.9375, DT), 1e-6);
        Signal x = stream(1.0, 0.5).to_signal(Map.of("envelope", "exponential_decay"));
        assertEquals(0.0497871 * 0.5, h.at(x, 1.25, DT), 1e-6);
        EventStream two = stream(1, 0.5, 2, 0.25);
        assertEquals(0.75, h.at(two.to_signal(Map.of("envelope", "step")), 2.5, DT), 1e-9);
        assertEquals(0.5, h.at(two.to_signal(Map.of("envelope", "step", "overlap_mode", "max")), 2.5, DT), 1e-9);
    }

    private double eased(String easing, double u) {
        // attack of 1 beat = 0.5 s: the attack phase at d = u·0.5 shows E(u)
        Signal s = stream(1.0, 1).to_signal(Map.of("envelope", "attack_decay", "attack_beats", 1, "easing", easing));
        return h.at(s, 1.0 + u * 0.5, DT);
    }

    @Test
    void item100_easings() {
        assertEquals(0.75, eased("quadratic_out", 0.5), 1e-6);
        assertEquals(0.96875, eased("exponential_out", 0.5), 1e-6);
        assertEquals(0.0625, eased("cubic_in_out", 0.25), 1e-6);
        assertEquals(1.015625, eased("elastic", 0.5), 1e-6);
        assertEquals(0.25, eased("quadratic_in", 0.5), 1e-6);
        assertEquals(0.5, eased("quadratic_in_out", 0.5), 1e-6);
        assertEquals(0.125, eased("cubic_in", 0.5), 1e-6);
        assertEquals(0.875, eased("cubic_out", 0.5), 1e-6);
        assertEquals(0.03125, eased("exponential_in", 0.5), 1e-6);
        assertEquals(0.5, eased("smoothstep", 0.5), 1e-6);
        assertEquals(0.5, eased("linear", 0.5), 1e-6);
    }

    @Test
    void item101_unknownOptionsFallBackWithWarnings() {
        EventStream s = stream(1.0, 0.8);
        Signal odd = s.to_signal(Map.of("envelope", "wobble", "easing", "bouncy", "overlap_mode", "avg", "overlap", "max"));
        assertEquals(h.at(s.to_signal(), 1.0, DT), h.at(odd, 1.0, DT), 0);
        assertEquals(4, h.warnings.size(), h.warnings.toString());
        assertTrue(h.warnings.stream().anyMatch(w -> w.contains("wobble") && w.contains("attack_decay")), h.warnings.toString());
        assertTrue(h.warnings.stream().anyMatch(w -> w.contains("'overlap'") && w.contains("overlap_mode")), h.warnings.toString());
    }

    @Test
    void item102_groupWithinBeats() {
        Signal s = stream(1.0, 0.3, 1.1, 0.6).to_signal(Map.of("envelope", "attack_decay", "group_within_beats", 0.5,
                "merge_mode", "max"));
        assertEquals(0.6, h.at(s, 1.05, DT), 1e-9); // peak of one envelope of weight 0.6 from 1.0
        assertEquals(0.6 * 0.5, h.at(s, 1.025, DT), 1e-9);
        assertEquals(0, h.at(s, 1.3, DT), 1e-9); // nothing from a second event at 1.1
    }

    @Test
    void item103_distancesAndPhase() {
        assertEquals(0.5, h.at(ONE_TWO.seconds_from_prev(), 1.5, 0.1), 1e-9);
        assertEquals(1.0, h.at(ONE_TWO.beats_from_prev(), 1.5, 0.1), 1e-9);
        assertEquals(0.5, h.at(ONE_TWO.seconds_to_next(), 1.5, 0.1), 1e-9);
        assertEquals(1.0, h.at(ONE_TWO.beats_to_next(), 1.5, 0.1), 1e-9);
        assertEquals(0.5, h.at(ONE_TWO.beat_phase_between(), 1.5, 0.1), 1e-9);
        assertEquals(5, h.at(ONE_TWO.frames_from_prev(), 1.5, 0.1), 1e-9);
        assertEquals(5, h.at(ONE_TWO.frames_to_next(), 1.5, 0.1), 1e-9);
        assertEquals(0, h.at(ONE_TWO.frames_to_next(), 1.5, 0), 0);
        assertEquals(0.5, h.at(ONE_TWO.seconds_from_prev(), 0.5, 0.1), 1e-9);
        assertEquals(0, h.at(ONE_TWO.beat_phase_between(), 0.5, 0.1), 0);
        assertEquals(1, h.at(ONE_TWO.beat_phase_between(), 2.5, 0.1), 0);
        assertEquals(0, h.at(ONE_TWO.seconds_from_prev(), 1.0, 0.1), 0);
        assertEquals(0, h.at(ONE_TWO.beat_phase_between(), 1.0, 0.1), 0);
    }

    @Test
    void item104_toNextAfterTheLastEventUsesTheTrackDuration() {
        assertEquals(7.5, h.at(ONE_TWO.seconds_to_next(), 2.5, DT), 1e-9);
        assertEquals(0, h.at(ONE_TWO.seconds_to_next(), 12, DT), 0);
    }

    @Test
    void item105_countsAndDensities() {
        assertEquals(1, h.at(ONE_TWO.count_prev_seconds(1), 2.0, DT), 0);
        assertEquals(1, h.at(ONE_TWO.count_next_seconds(1), 1.0, DT), 0);
        assertEquals(1, h.at(ONE_TWO.count_prev_beats(2), 2.0, DT), 0);
        assertEquals(1.0, h.at(ONE_TWO.density_prev_seconds(2), 2.5, DT), 1e-12);
        assertEquals(0, h.at(ONE_TWO.count_prev_seconds(0), 2.5, DT), 0);
        assertEquals(2, h.at(ONE_TWO.count_prev_seconds(Signal.constant(1).add(1)), 2.5, DT), 0);
        assertEquals(0.5, h.at(ONE_TWO.density_prev_beats(4), 2.5, DT), 1e-12); // 2 events in 4 beats
        assertEquals(1, h.at(ONE_TWO.count_next_beats(2), 1.5, DT), 0);
        assertEquals(0.5, h.at(ONE_TWO.density_next_seconds(2), 1.5, DT), 1e-12);
        assertEquals(0.25, h.at(ONE_TWO.density_next_beats(4), 1.5, DT), 1e-12);
        assertEquals(1, h.at(ONE_TWO.count_prev_frames(30), 2.5, 1 / 30.0), 0); // 1 s window: only 2.0
        assertEquals(1, h.at(ONE_TWO.count_next_frames(60), 1.5, 1 / 60.0), 0);
    }

    @Test
    void item106_emptyStreamSignalsAreZero() {
        EventStream e = EventStream.empty();
        for (Signal s : List.of(e.seconds_from_prev(), e.beats_from_prev(), e.frames_from_prev(), e.seconds_to_next(),
                e.beats_to_next(), e.frames_to_next(), e.beat_phase_between(), e.count_prev_seconds(1),
                e.count_next_beats(1), e.density_prev_seconds(1), e.density_next_beats(1), e.to_signal())) {
            assertEquals(0, h.at(s, 2.5, DT), 0, s.describe());
        }
    }

    @Test
    void equalStreamsGiveStructurallyEqualSignals() {
        assertEquals(stream(1, 0.5).to_signal().key(), stream(1, 0.5).to_signal().key());
        assertTrue(!stream(1, 0.5).to_signal().key().equals(stream(1, 0.6).to_signal().key()));
    }
}
