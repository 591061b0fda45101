package org.octoseq.mir.grid;

import java.util.Locale;
import java.util.stream.Collectors;
import org.octoseq.api.time.BeatGrid;
import org.octoseq.api.time.TempoSegment;

/** A beat grid in one short line: {@code 124 BPM, beat 0 at 0.5 s} or {@code 2 segments: 120 BPM from 0 s, ...}. */
public final class GridSummary {

    private GridSummary() {
    }

    public static String of(BeatGrid grid) {
        if (grid.isEmpty()) {
            return "virtual 120 BPM grid from 0 s";
        }
        if (grid.segments().size() == 1) {
            TempoSegment s = grid.segments().get(0);
            return String.format(Locale.ROOT, "%s BPM, beat 0 at %s s", number(s.bpm()), number(s.phaseOffsetSec()))
                    + (s.startSec() > 0 || Double.isFinite(s.endSec())
                    ? " (" + number(s.startSec()) + "-" + (Double.isFinite(s.endSec()) ? number(s.endSec()) : "end") + " s)"
                    : "");
        }
        return grid.segments().size() + " segments: " + grid.segments().stream()
                .map(s -> number(s.bpm()) + " BPM from " + number(s.startSec()) + " s").collect(Collectors.joining(", "));
    }

    private static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e9 ? Long.toString((long) v)
                : String.format(Locale.ROOT, "%.3f", v).replaceAll("0+$", "");
    }
}
