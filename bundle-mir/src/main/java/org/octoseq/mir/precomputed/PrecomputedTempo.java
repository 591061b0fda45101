package org.octoseq.mir.precomputed;

import java.util.List;
import org.octoseq.api.time.BeatGrid;
import org.octoseq.mir.grid.BeatGridDefinition;
import org.octoseq.mir.grid.SegmentDefinition;

/**
 * The {@code tempo} of an {@code analyze --json} file: only its {@code segments} matter here (they become the
 * source's detected grid); the other fields are accepted and ignored.
 */
public record PrecomputedTempo(Double bpm, Double confidence, Double beatOffsetSec, List<SegmentDefinition> segments) {

    /** The grid of the segments ({@link BeatGrid#NONE} when there are none). */
    public BeatGrid grid() {
        return segments == null || segments.isEmpty() ? BeatGrid.NONE
                : new BeatGridDefinition(segments, null, null).grid();
    }
}
