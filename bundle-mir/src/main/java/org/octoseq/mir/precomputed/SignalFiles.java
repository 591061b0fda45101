package org.octoseq.mir.precomputed;

import java.io.IOException;
import java.nio.file.Path;
import org.octoseq.api.signal.SampledSignal;
import org.octoseq.mir.project.FileProblem;
import org.octoseq.mir.project.ProjectFileReader;
import org.octoseq.mir.project.ShowPart.Context;

/** Reading {@code {"rate", "values"}} signal files, with problems reported to a part's context. */
public final class SignalFiles {

    private SignalFiles() {
    }

    /** The file's signal, or {@code null} when it cannot be read (then reported for {@code what}). */
    public static SampledSignal read(Path file, String what, Context context) {
        try {
            return new ProjectFileReader().read(file, SignalData.class, "the signal file", null).sampled();
        } catch (IOException e) {
            String message = java.nio.file.Files.exists(file) ? e.getMessage() : file + ": not found";
            context.diagnostics().accept(FileProblem.of(message).diagnostic(what + " not applied: "));
            context.console().accept("octoseq: " + what + ": " + message);
            return null;
        }
    }
}
