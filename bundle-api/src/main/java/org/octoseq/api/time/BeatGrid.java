package org.octoseq.api.time;

import java.util.List;

/**
 * The musical time of a track: an ordered list of non-overlapping tempo segments.
 *
 * <p>Beat positions are counted per segment from its {@code phaseOffsetSec}; they do not accumulate
 * across segments. Where no segment covers a time (no grid at all, a gap, before the first or after the
 * last segment) a virtual {@value #FALLBACK_BPM} BPM grid anchored at t = 0 applies.
 */
public final class BeatGrid {

    /** Tempo of the virtual grid used where no segment covers a time. */
    public static final double FALLBACK_BPM = 120.0;

    /** A grid with no segments: everything runs on the virtual 120 BPM grid. */
    public static final BeatGrid NONE = new BeatGrid(List.of());

    private final List<TempoSegment> segments;

    private BeatGrid(List<TempoSegment> segments) {
        this.segments = segments;
    }

    /** A grid of the given segments, which must be sorted by start time and must not overlap. */
    public static BeatGrid of(List<TempoSegment> segments) {
        List<TempoSegment> copy = List.copyOf(segments);
        for (int i = 1; i < copy.size(); i++) {
            if (copy.get(i).startSec() < copy.get(i - 1).endSec()) {
                throw new IllegalArgumentException("tempo segment " + i + " starts at " + copy.get(i).startSec()
                        + " s, before segment " + (i - 1) + " ends at " + copy.get(i - 1).endSec() + " s");
            }
        }
        return copy.isEmpty() ? NONE : new BeatGrid(copy);
    }

    /** A single tempo for the whole track. */
    public static BeatGrid constant(double bpm, double phaseOffsetSec) {
        return of(List.of(new TempoSegment(0.0, Double.POSITIVE_INFINITY, bpm, phaseOffsetSec)));
    }

    public List<TempoSegment> segments() {
        return segments;
    }

    public boolean isEmpty() {
        return segments.isEmpty();
    }

    /** The first segment covering {@code t}, or {@code null} where the virtual grid applies. */
    public TempoSegment segmentAt(double t) {
        for (int i = 0, n = segments.size(); i < n; i++) {
            TempoSegment s = segments.get(i);
            if (s.covers(t)) {
                return s;
            }
        }
        return null;
    }

    /** Tempo at time {@code t} in beats per minute. */
    public double bpm(double t) {
        TempoSegment s = segmentAt(t);
        return s == null ? FALLBACK_BPM : s.bpm();
    }

    /** Beat position at {@code t} (may be negative before beat 0 of a segment). */
    public double beatPosition(double t) {
        TempoSegment s = segmentAt(t);
        return s == null ? t * FALLBACK_BPM / 60.0 : (t - s.phaseOffsetSec()) / s.period();
    }

    /** {@code floor(beatPosition(t))}. */
    public double beatIndex(double t) {
        return Math.floor(beatPosition(t));
    }

    /** {@code B - floor(B)}, always in [0, 1). */
    public double beatPhase(double t) {
        double b = beatPosition(t);
        return b - Math.floor(b);
    }

    /** Converts a duration in beats to seconds with the tempo at time {@code t}. */
    public double beatsToSeconds(double beats, double t) {
        return beats * 60.0 / bpm(t);
    }

    @Override
    public String toString() {
        return segments.isEmpty() ? "BeatGrid[virtual 120 BPM]" : "BeatGrid" + segments;
    }
}
