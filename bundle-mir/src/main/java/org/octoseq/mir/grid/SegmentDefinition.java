package org.octoseq.mir.grid;

import org.octoseq.mir.project.FieldException;

/**
 * One tempo segment of {@code project.json} {@code beatGrid.segments}.
 *
 * @param startSec       where the segment starts, seconds {@code >= 0} (required)
 * @param endSec         where it ends (exclusive); absent: where the next segment starts, or the end of the track
 * @param bpm            beats per minute, {@code > 0} (required)
 * @param phaseOffsetSec the absolute time in seconds of beat 0 of this segment's grid; absent: {@code startSec}
 */
public record SegmentDefinition(Double startSec, Double endSec, Double bpm, Double phaseOffsetSec) {

    public SegmentDefinition {
        if (startSec == null || !(startSec >= 0) || startSec.isInfinite()) {
            throw new FieldException("startSec", "is required and must be a number of seconds >= 0"
                    + (startSec == null ? "" : ", got " + startSec));
        }
        BeatGridDefinition.requireBpm("bpm", bpm);
        if (endSec != null && (!(endSec > startSec) || endSec.isInfinite())) {
            throw new FieldException("endSec", "must be a number of seconds after startSec (" + startSec + "), got " + endSec);
        }
        if (phaseOffsetSec != null && (phaseOffsetSec.isNaN() || phaseOffsetSec.isInfinite())) {
            throw new FieldException("phaseOffsetSec", "must be a number of seconds, got " + phaseOffsetSec);
        }
    }
}
