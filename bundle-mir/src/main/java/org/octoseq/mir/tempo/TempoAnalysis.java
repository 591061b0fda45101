package org.octoseq.mir.tempo;

import java.util.List;
import org.octoseq.api.signal.Event;
import org.octoseq.api.time.BeatGrid;

/**
 * The tempo and beats of one onset envelope.
 *
 * @param bpm            the main tempo (the longest segment's) in beats per minute; 120 when nothing was found
 * @param confidence     0..1, how periodic the onset envelope is at that tempo (0 when nothing was found)
 * @param beatOffsetSec  time of the first beat of the first segment reduced into {@code [0, period)}, seconds
 * @param grid           the tempo segments ({@link BeatGrid#NONE} when no beats were found)
 * @param beats          one event per tracked beat; weight = onset strength at the beat relative to the
 *                       strongest beat (0..1); beat position and phase on {@code grid}
 */
public record TempoAnalysis(double bpm, double confidence, double beatOffsetSec, BeatGrid grid, List<Event> beats) {

    /** Nothing periodic was found (silence, a single hit). */
    public static final TempoAnalysis NONE = new TempoAnalysis(BeatGrid.FALLBACK_BPM, 0, 0, BeatGrid.NONE, List.of());

    public TempoAnalysis {
        beats = List.copyOf(beats);
    }
}
