package org.octoseq.api.signal;

import java.util.Objects;

/**
 * Where an input signal's data lives in the namespace. It is resolved against the namespace snapshot of the
 * frame being evaluated, so a provider that comes, goes or is replaced is picked up without rebuilding the
 * script's signals.
 *
 * @param scope   which collection
 * @param key     the item's id within its collection ({@code null} for {@link Scope#MIX})
 * @param feature the signal's name within the item ({@code null} for custom and composed signals)
 */
public record InputRef(Scope scope, String key, String feature) {

    /** The collections of the script namespace. */
    public enum Scope { MIX, STEM, BAND, CUSTOM, COMPOSED }

    public InputRef {
        Objects.requireNonNull(scope, "scope");
    }

    public static InputRef mix(String feature) {
        return new InputRef(Scope.MIX, null, feature);
    }

    public static InputRef stem(String stemId, String feature) {
        return new InputRef(Scope.STEM, stemId, feature);
    }

    public static InputRef band(String bandId, String feature) {
        return new InputRef(Scope.BAND, bandId, feature);
    }

    public static InputRef custom(String signalId) {
        return new InputRef(Scope.CUSTOM, signalId, null);
    }

    public static InputRef composed(String name) {
        return new InputRef(Scope.COMPOSED, name, null);
    }

    /** The canonical script path, e.g. {@code inputs.stems["stem-drums"].energy}. */
    public String path() {
        return switch (scope) {
            case MIX -> "inputs.mix." + feature;
            case STEM -> "inputs.stems[\"" + key + "\"]." + feature;
            case BAND -> "bands[\"" + key + "\"]." + feature;
            case CUSTOM -> "inputs.customSignals[\"" + key + "\"]";
            case COMPOSED -> "inputs.composedSignals[\"" + key + "\"]";
        };
    }

    @Override
    public String toString() {
        return path();
    }
}
