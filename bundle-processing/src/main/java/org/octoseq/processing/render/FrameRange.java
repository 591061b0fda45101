package org.octoseq.processing.render;

import org.octoseq.api.time.Transport;

/**
 * The frames of an offline render: frame {@code i} (counting from 0) shows the track at
 * {@code fromSec + i / fps} seconds, for every such time before {@code toSec}.
 *
 * @param fps     frames per second, greater than 0
 * @param fromSec time of frame 0 in seconds, at least 0
 * @param toSec   end of the range in seconds (exclusive), greater than {@code fromSec}
 */
public record FrameRange(double fps, double fromSec, double toSec) {

    public FrameRange {
        if (!(fps > 0) || Double.isInfinite(fps)) {
            throw new IllegalArgumentException("fps must be a positive number, got " + fps);
        }
        if (!(fromSec >= 0) || Double.isInfinite(fromSec)) {
            throw new IllegalArgumentException("start must be 0 s or later, got " + fromSec);
        }
        if (!(toSec > fromSec) || Double.isInfinite(toSec)) {
            throw new IllegalArgumentException("end (" + toSec + " s) must be after start (" + fromSec + " s)");
        }
    }

    /** How many frames the range holds (at least 1). */
    public int count() {
        // the epsilon keeps 2.0 s at 30 fps at 60 frames despite rounding in (to - from) * fps
        return Math.max(1, (int) Math.ceil((toSec - fromSec) * fps - 1e-9));
    }

    /** Time of frame {@code i} in seconds. */
    public double time(long i) {
        return fromSec + i / fps;
    }

    /** The transport of frame {@code i}: its time, a dt of one frame, and {@code i} as the frame counter. */
    public Transport transport(long i) {
        return new Transport(time(i), 1.0 / fps, i);
    }
}
