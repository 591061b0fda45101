package org.octoseq.api.signal;

import org.octoseq.api.time.BeatGrid;

/**
 * A point in time with a strength, such as an onset or a beat. Scripts read the fields as properties:
 * {@code time}, {@code weight}, {@code beat_position}, {@code beat_phase}, {@code cluster_id}.
 *
 * @param time         seconds from the start of the track
 * @param weight       strength (extracted events: 0..1; pushed streams carry raw strengths)
 * @param beatPosition beat position of {@code time} on the active grid ({@code NaN} when not yet placed)
 * @param beatPhase    {@code beatPosition - floor(beatPosition)} in [0, 1) ({@code NaN} when not yet placed)
 * @param clusterId    group the event belongs to, or -1
 */
public record Event(double time, double weight, double beatPosition, double beatPhase, int clusterId) {

    public Event {
        if (!Double.isFinite(time)) {
            throw new IllegalArgumentException("event time must be a finite number of seconds, got " + time);
        }
        if (!Double.isFinite(weight)) {
            throw new IllegalArgumentException("event weight must be a finite number, got " + weight);
        }
    }

    /** An event not yet placed on a beat grid. */
    public static Event at(double time, double weight) {
        return new Event(time, weight, Double.NaN, Double.NaN, -1);
    }

    /** This event with its beat position and phase taken from {@code grid} (or the 120 BPM fallback). */
    @JavaOnly
    public Event placedOn(BeatGrid grid) {
        double b = grid.beatPosition(time);
        return new Event(time, weight, b, b - Math.floor(b), clusterId);
    }

    /** This event with another weight. */
    @JavaOnly
    public Event withWeight(double w) {
        return new Event(time, w, beatPosition, beatPhase, clusterId);
    }

    /** Whether {@link #beatPosition()} is known. */
    @JavaOnly
    public boolean isPlaced() {
        return !Double.isNaN(beatPosition);
    }

    /** Script property {@code time}: seconds from the start of the track. */
    public double getTime() {
        return time;
    }

    /** Script property {@code weight}. */
    public double getWeight() {
        return weight;
    }

    /** Script property {@code beat_position}: beats, 0 when not placed on a grid. */
    public double getBeat_position() {
        return Double.isNaN(beatPosition) ? 0 : beatPosition;
    }

    /** Script property {@code beat_phase}: 0..1, 0 when not placed on a grid. */
    public double getBeat_phase() {
        return Double.isNaN(beatPhase) ? 0 : beatPhase;
    }

    /** Script property {@code cluster_id}: -1 when the event belongs to no cluster. */
    public int getCluster_id() {
        return clusterId;
    }
}
