package org.octoseq.mir.custom;

import com.fasterxml.jackson.databind.JsonNode;
import org.octoseq.mir.project.FieldException;

/**
 * An entry of {@code project.json} {@code customSignals}: either computed,
 * {@code {id, name?, source?, function, reduction, lowHz?, highHz?, params?}} (a 2D function of the source's audio
 * reduced to one value per frame), or precomputed, {@code {id, name?, file}} (a signal file {@code {"rate", "values"}}).
 *
 * @param id        the script key (required)
 * @param name      the display name, also a key (the id when absent)
 * @param source    {@code mix} (the default) or a stem id
 * @param function  one of {@link SpectralFunction}'s names
 * @param reduction one of {@link Reduction}'s names
 * @param lowHz     the lowest frequency the function looks at, Hz {@code >= 0} (default 0)
 * @param highHz    the highest frequency, Hz {@code > lowHz} (default: the Nyquist frequency)
 * @param params    the function's parameters ({@link FunctionParams})
 * @param file      a precomputed signal file instead of a function
 */
public record CustomSignalDefinition(String id, String name, String source, String function, String reduction,
                                     Double lowHz, Double highHz, JsonNode params, String file) {

    public CustomSignalDefinition {
        FieldException.requireText("id", id);
        if (name != null) {
            FieldException.requireText("name", name);
        }
        if (file != null) {
            FieldException.requireText("file", file);
            for (String[] other : new String[][] {{"source", source}, {"function", function}, {"reduction", reduction},
                    {"lowHz", lowHz == null ? null : ""}, {"highHz", highHz == null ? null : ""},
                    {"params", params == null ? null : ""}}) {
                if (other[1] != null) {
                    throw new FieldException(other[0], "cannot be given with 'file': a precomputed signal is not computed");
                }
            }
        } else {
            if (source != null) {
                FieldException.requireText("source", source);
            }
            SpectralFunction f = SpectralFunction.of(function);
            if (f == null) {
                throw new FieldException("function", (function == null ? "is required" : "is '" + function + "'")
                        + "; it must be one of " + SpectralFunction.allowed()
                        + " (or give 'file' for a precomputed signal)");
            }
            if (Reduction.of(reduction) == null) {
                throw new FieldException("reduction", (reduction == null ? "is required" : "is '" + reduction + "'")
                        + "; it must be one of " + Reduction.allowed());
            }
            if (lowHz != null && (!(lowHz >= 0) || lowHz.isInfinite())) {
                throw new FieldException("lowHz", "must be a number of Hz >= 0, got " + lowHz);
            }
            if (highHz != null && (!(highHz > (lowHz == null ? 0 : lowHz)) || highHz.isInfinite())) {
                throw new FieldException("highHz", "must be a number of Hz greater than lowHz ("
                        + (lowHz == null ? 0 : lowHz) + "), got " + highHz);
            }
            FunctionParams.of(f, params);
        }
    }

    /** The name, or the id when there is none. */
    public String nameOrId() {
        return name != null ? name : id;
    }

    /** The source id, {@code mix} when absent. */
    public String sourceOrMix() {
        return source != null ? source : "mix";
    }

    /** Whether this signal is read from a file rather than computed. */
    public boolean precomputed() {
        return file != null;
    }

    public SpectralFunction spectralFunction() {
        return SpectralFunction.of(function);
    }

    public Reduction reductionKind() {
        return Reduction.of(reduction);
    }

    public FunctionParams functionParams() {
        return FunctionParams.of(spectralFunction(), params);
    }
}
