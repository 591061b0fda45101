package org.octoseq.mir.grid;

import java.util.ArrayList;
import java.util.List;
import org.octoseq.api.time.BeatGrid;
import org.octoseq.api.time.TempoSegment;
import org.octoseq.mir.project.FieldException;

/**
 * {@code project.json} {@code beatGrid}: the musical time the user states, which outranks the detected grid.
 * Either {@code {"segments": [{"startSec", "endSec"?, "bpm", "phaseOffsetSec"?}, ...]}} (sorted, not overlapping) or
 * the short form {@code {"bpm": 124, "offsetSec": 0.5}} (one tempo for the whole track, beat 0 at {@code offsetSec},
 * default 0).
 *
 * @param segments  tempo segments in time order
 * @param bpm       the tempo of the short form
 * @param offsetSec the time of beat 0 of the short form
 */
public record BeatGridDefinition(List<SegmentDefinition> segments, Double bpm, Double offsetSec) {

    public BeatGridDefinition {
        if (segments != null && (bpm != null || offsetSec != null)) {
            throw new FieldException(bpm != null ? "bpm" : "offsetSec",
                    "cannot be given together with 'segments'; use either segments or {\"bpm\", \"offsetSec\"}");
        }
        if (segments == null) {
            requireBpm("bpm", bpm);
            if (offsetSec != null && (offsetSec.isNaN() || offsetSec.isInfinite())) {
                throw new FieldException("offsetSec", "must be a number of seconds, got " + offsetSec);
            }
        } else {
            if (segments.isEmpty()) {
                throw new FieldException("segments", "must list at least one {\"startSec\", \"bpm\"} segment");
            }
            int n = segments.indexOf(null);
            if (n >= 0) {
                throw new FieldException("segments[" + n + "]", "must be an object {\"startSec\", \"bpm\"}, not null");
            }
            segments = List.copyOf(segments);
            for (int i = 1; i < segments.size(); i++) {
                SegmentDefinition prev = segments.get(i - 1);
                double prevEnd = prev.endSec() != null ? prev.endSec() : prev.startSec();
                if (segments.get(i).startSec() < prevEnd || segments.get(i).startSec() <= prev.startSec()) {
                    throw new FieldException("segments[" + i + "].startSec", "(" + segments.get(i).startSec()
                            + ") must come after segment " + (i - 1) + " (starting at " + prev.startSec() + " s"
                            + (prev.endSec() != null ? ", ending at " + prev.endSec() + " s" : "")
                            + "): segments are sorted by time and do not overlap");
                }
            }
        }
    }

    /** The grid this definition states. */
    public BeatGrid grid() {
        if (segments == null) {
            return BeatGrid.constant(bpm, offsetSec != null ? offsetSec : 0.0);
        }
        List<TempoSegment> out = new ArrayList<>();
        for (int i = 0; i < segments.size(); i++) {
            SegmentDefinition s = segments.get(i);
            double end = s.endSec() != null ? s.endSec()
                    : i + 1 < segments.size() ? segments.get(i + 1).startSec() : Double.POSITIVE_INFINITY;
            out.add(new TempoSegment(s.startSec(), end, s.bpm(),
                    s.phaseOffsetSec() != null ? s.phaseOffsetSec() : s.startSec()));
        }
        return BeatGrid.of(out);
    }

    static void requireBpm(String field, Double bpm) {
        if (bpm == null || !(bpm > 0) || bpm > 1000) {
            throw new FieldException(field, "is required and must be a tempo in beats per minute, above 0 and at most 1000"
                    + (bpm == null ? "" : ", got " + bpm));
        }
    }
}
