package org.octoseq.processing.render;

import java.nio.file.Path;
import java.util.List;
import org.octoseq.api.namespace.Diagnostic;

/**
 * What an offline render produced.
 *
 * @param folder the output folder (absolute)
 * @param frames the frames in order
 * @param faults errors the renderer caught that the script session did not report itself
 */
public record RenderResult(Path folder, List<RenderedFrame> frames, List<Diagnostic> faults) {

    public RenderResult {
        frames = List.copyOf(frames);
        faults = List.copyOf(faults);
    }
}
