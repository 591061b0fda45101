package org.octoseq.api.time;

/**
 * The transport's state for one frame.
 *
 * @param time  playhead in seconds from the start of the track
 * @param dt    seconds since the previous frame; 0 while paused
 * @param frame frame counter since the show started (keeps counting across script reloads)
 */
public record Transport(double time, double dt, long frame) {

    /** Frame {@code i} of an offline render at {@code fps}: evaluated at {@code t = i / fps}. */
    public static Transport ofFrame(long i, double fps) {
        return new Transport(i / fps, 1.0 / fps, i);
    }
}
