package org.octoseq.api.signal;

/**
 * A point in time with a strength, such as an onset or a beat.
 *
 * @param time         seconds from the start of the track
 * @param weight       strength, usually 0..1
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
}
