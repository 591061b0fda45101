package org.octoseq.mir.project;

import org.octoseq.mir.analysis.BandRange;

/**
 * One frequency band of a show, before analysis.
 *
 * @param id     the script key ({@code band-low})
 * @param label  the display name, also a script key
 * @param source the id of the source it belongs to ({@code mix} or a stem id)
 * @param range  the frequencies in Hz
 */
public record BandSpec(String id, String label, String source, BandRange range) {

    static BandSpec of(ProjectFile.Band b) {
        return new BandSpec(b.id(), b.labelOrId(), b.sourceOrMix(), new BandRange(b.lowHz(), b.highHz()));
    }
}
