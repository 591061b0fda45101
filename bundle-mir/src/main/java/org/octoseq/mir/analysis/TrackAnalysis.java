package org.octoseq.mir.analysis;

import java.util.List;

/**
 * The analysis of one audio file and any bands of it.
 *
 * @param durationSec length of the decoded audio in seconds
 * @param sampleRate  the file's own sample rate in Hz
 * @param source      the whole file's features
 * @param bands       the bands' features, in the order they were asked for
 */
public record TrackAnalysis(double durationSec, float sampleRate, FeatureSet source, List<FeatureSet> bands) {

    public TrackAnalysis {
        bands = List.copyOf(bands);
    }
}
