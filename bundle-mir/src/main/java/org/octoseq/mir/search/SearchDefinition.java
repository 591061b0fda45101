package org.octoseq.mir.search;

import org.octoseq.mir.project.FieldException;

/**
 * {@code project.json} {@code search}: a reference segment of the mix, {@code {"startSec": a, "endSec": b}}, whose
 * recurrences {@code inputs.mix.searchSimilarity} shows.
 *
 * @param startSec where the segment starts, seconds {@code >= 0}
 * @param endSec   where it ends; between {@value #MIN_SEC} and {@value #MAX_SEC} s after {@code startSec}
 */
public record SearchDefinition(Double startSec, Double endSec) {

    public static final double MIN_SEC = 0.5;
    public static final double MAX_SEC = 120;

    public SearchDefinition {
        if (startSec == null || !(startSec >= 0) || startSec.isInfinite()) {
            throw new FieldException("startSec", "is required and must be a number of seconds >= 0"
                    + (startSec == null ? "" : ", got " + startSec));
        }
        if (endSec == null || !(endSec - startSec >= MIN_SEC) || !(endSec - startSec <= MAX_SEC)) {
            throw new FieldException("endSec", "is required and must be " + MIN_SEC + " to " + (int) MAX_SEC
                    + " seconds after startSec (" + startSec + ")" + (endSec == null ? "" : ", got " + endSec));
        }
    }
}
