package org.octoseq.api.signal;

import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Options of {@code signal.pick.events(options)} (spec §4.5), with their defaults.
 *
 * @param hysteresisBeats     minimum spacing of accepted peaks in beats (0.25)
 * @param targetDensity       events kept per beat in each 4-beat window (1.0)
 * @param similarityTolerance relative weight difference that still counts as similar, 0..1 (0.15)
 * @param phaseBias           0..1: how much off-beat events are weakened (0)
 * @param minThreshold        lowest peak value considered (0.1)
 * @param adaptiveFactor      threshold = max(mean + factor·std, minThreshold) (0.5)
 * @param weightMode          peak height or RMS energy around the event
 * @param energyWindowBeats   window of the integrated energy in beats (0.25)
 */
record PickOptions(double hysteresisBeats, double targetDensity, double similarityTolerance, double phaseBias,
                   double minThreshold, double adaptiveFactor, WeightMode weightMode, double energyWindowBeats) {

    enum WeightMode { PEAK_HEIGHT, INTEGRATED_ENERGY }

    static final Set<String> KEYS = Set.of("hysteresis_beats", "target_density", "similarity_tolerance", "phase_bias",
            "min_threshold", "adaptive_factor", "weight_mode", "energy_window_beats");

    static PickOptions parse(Map<String, ?> options, Consumer<String> warn) {
        OptionBag o = new OptionBag("pick.events", options, KEYS, warn);
        return new PickOptions(o.number("hysteresis_beats", 0.25), o.number("target_density", 1.0),
                o.number("similarity_tolerance", 0.15), o.number("phase_bias", 0.0), o.number("min_threshold", 0.1),
                o.number("adaptive_factor", 0.5), o.choice("weight_mode", WeightMode.PEAK_HEIGHT, WeightMode.class),
                o.number("energy_window_beats", 0.25));
    }

    String key() {
        return hysteresisBeats + "," + targetDensity + "," + similarityTolerance + "," + phaseBias + "," + minThreshold
                + "," + adaptiveFactor + "," + weightMode + "," + energyWindowBeats;
    }
}
