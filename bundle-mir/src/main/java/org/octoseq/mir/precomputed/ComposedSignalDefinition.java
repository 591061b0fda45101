package org.octoseq.mir.precomputed;

import org.octoseq.mir.project.FieldException;

/**
 * An entry of {@code project.json} {@code composedSignals}: a drawn or keyframed curve stored as a signal file
 * ({@code {"rate": Hz, "values": [...]}}), shown as {@code inputs.composedSignals[name]}.
 *
 * @param name the script key (required)
 * @param file the signal file, relative to the show folder (required)
 */
public record ComposedSignalDefinition(String name, String file) {

    public ComposedSignalDefinition {
        FieldException.requireText("name", name);
        FieldException.requireText("file", file);
    }
}
