package org.octoseq.mir.precomputed;

import java.util.List;
import java.util.Map;
import org.octoseq.mir.events.AuthoredEvent;
import org.octoseq.mir.project.FieldException;

/**
 * One band of a precomputed analysis file: its signals and events by name, found by {@code id} (or by its range
 * when it has none, as in {@code analyze --json --bands}).
 *
 * @param id      the band id {@code project.json} gives it
 * @param label   informational
 * @param lowHz   the band's lower edge (Hz)
 * @param highHz  the band's upper edge (Hz)
 * @param signals signals by name
 * @param events  event streams by name
 * @param tempo   accepted and ignored
 */
public record PrecomputedBand(String id, String label, Double lowHz, Double highHz, Map<String, SignalData> signals,
                              Map<String, List<AuthoredEvent>> events, PrecomputedTempo tempo) {

    public PrecomputedBand {
        signals = PrecomputedAnalysis.checked("signals", signals);
        events = PrecomputedAnalysis.checkedEvents(events);
        if (id == null && (lowHz == null || highHz == null)) {
            throw new FieldException("id", "is required (or lowHz and highHz) so the band can be found");
        }
    }
}
