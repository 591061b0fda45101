package org.octoseq.mir.events;

import org.octoseq.api.signal.Event;
import org.octoseq.mir.project.FieldException;

/**
 * One authored event as written in an event file or in {@code project.json} {@code customEvents[].events}.
 * Its beat position and phase are not taken from the file: the namespace places every custom event on the beat
 * grid in force, so they follow a changed grid. Other fields of an event are ignored.
 *
 * @param time          seconds from the start of the track, {@code >= 0} (required)
 * @param weight        strength, any finite number (1 when absent)
 * @param beat_position accepted for files written by Octoseq; recomputed from the active grid
 * @param beat_phase    accepted for files written by Octoseq; recomputed from the active grid
 * @param cluster_id    group the event belongs to ({@code -1} or absent: none)
 */
public record AuthoredEvent(Double time, Double weight, Double beat_position, Double beat_phase, Integer cluster_id) {

    public AuthoredEvent {
        if (time == null || !(time >= 0) || time.isInfinite()) {
            throw new FieldException("time", "is required and must be a number of seconds >= 0"
                    + (time == null ? "" : ", got " + time));
        }
        if (weight != null && (weight.isNaN() || weight.isInfinite())) {
            throw new FieldException("weight", "must be a finite number, got " + weight);
        }
    }

    /** The event as the API knows it (not yet placed on a grid). */
    public Event toEvent() {
        return new Event(time, weight == null ? 1.0 : weight, Double.NaN, Double.NaN,
                cluster_id == null ? -1 : cluster_id);
    }
}
