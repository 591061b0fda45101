package org.octoseq.mir.pkg;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The signal names the Octoseq web app pushes, mapped to this project's canonical names (spec section 2.3): a pushed
 * {@code spectralCentroid} becomes {@code centroid}, {@code amplitudeEnvelope} becomes {@code energy}, and so on; the
 * beat arrays and {@code time}/{@code dt} are dropped ({@code timing.*} computes them from the imported grid). A name
 * pushed under its canonical form wins over a renamed duplicate. Upstream's {@code energy} is its onset envelope; it
 * is kept as {@code energy} unless the package also has an {@code amplitudeEnvelope}.
 */
final class SignalNames {

    static final Map<String, String> RENAMED = Map.of(
            "spectralCentroid", "centroid", "spectralFlux", "flux", "onsetEnvelope", "onset",
            "amplitudeEnvelope", "energy", "pitchF0", "pitch", "cqtHarmonicEnergy", "harmonic",
            "cqtBassPitchMotion", "bassMotion", "cqtTonalStability", "tonal");
    static final Set<String> DROPPED = Set.of("beatPosition", "beatIndex", "beatPhase", "bpm", "time", "dt");

    /** The outcome: the kept signals by canonical name and notes on what was renamed or dropped. */
    record Mapped<V>(Map<String, V> signals, List<String> notes) { }

    private SignalNames() {
    }

    /** Maps pushed names ({@code pushed}, in package order) to canonical ones. */
    static <V> Mapped<V> map(Map<String, V> pushed) {
        Map<String, V> out = new LinkedHashMap<>();
        List<String> notes = new ArrayList<>();
        List<String> dropped = new ArrayList<>();
        boolean hasAmplitudeEnvelope = pushed.containsKey("amplitudeEnvelope");
        for (Map.Entry<String, V> e : pushed.entrySet()) {
            String name = e.getKey();
            if (DROPPED.contains(name)) {
                dropped.add(name);
                continue;
            }
            if (name.equals("energy") && hasAmplitudeEnvelope) {
                notes.add("energy (upstream's onset-envelope alias) dropped: amplitudeEnvelope is the energy");
                continue;
            }
            String canonical = RENAMED.getOrDefault(name, name);
            if (!canonical.equals(name)) {
                if (pushed.containsKey(canonical) && !(canonical.equals("energy") && hasAmplitudeEnvelope)) {
                    notes.add(name + " dropped: '" + canonical + "' was pushed as well");
                    continue;
                }
                notes.add(name + " -> " + canonical);
            }
            out.put(canonical, e.getValue());
        }
        if (!dropped.isEmpty()) {
            notes.add("dropped " + String.join(", ", dropped) + " (timing.* gives them from the imported beat grid)");
        }
        return new Mapped<>(out, notes);
    }
}
