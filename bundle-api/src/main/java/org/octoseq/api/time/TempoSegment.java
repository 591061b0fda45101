package org.octoseq.api.time;

/**
 * One stretch of constant tempo.
 *
 * @param startSec       first second covered (inclusive)
 * @param endSec         end of the stretch in seconds (exclusive); {@code Double.POSITIVE_INFINITY} for "to the end"
 * @param bpm            beats per minute, &gt; 0
 * @param phaseOffsetSec absolute time in seconds (from the start of the track) of beat 0 of this segment's grid
 */
public record TempoSegment(double startSec, double endSec, double bpm, double phaseOffsetSec) {

    public TempoSegment {
        if (!(bpm > 0) || Double.isInfinite(bpm)) {
            throw new IllegalArgumentException("bpm must be a positive number, got " + bpm);
        }
        if (!(endSec > startSec)) {
            throw new IllegalArgumentException("segment end " + endSec + " s must be after its start " + startSec + " s");
        }
    }

    /** Seconds per beat. */
    public double period() {
        return 60.0 / bpm;
    }

    /** Whether {@code t} lies in {@code [startSec, endSec)}. */
    public boolean covers(double t) {
        return t >= startSec && t < endSec;
    }
}
