package org.octoseq.mir.project;

import java.nio.file.Path;
import org.octoseq.api.source.AudioSourceAnalysis;

/**
 * One audio source of a show, before analysis.
 *
 * @param id      the script key ({@code mix}, {@code stem-drums})
 * @param label   the display name, also a script key
 * @param kind    {@link AudioSourceAnalysis#KIND_MIX} or {@link AudioSourceAnalysis#KIND_STEM}
 * @param file    the audio file, absolute
 * @param display the file as the user knows it (relative to the show folder when inside it), for messages
 */
public record SourceSpec(String id, String label, String kind, Path file, String display) {

    /** A source whose file is shown relative to {@code root} when it lies inside it. */
    static SourceSpec of(String id, String label, String kind, Path root, Path file) {
        Path abs = root.resolve(file).toAbsolutePath().normalize();
        String display = abs.startsWith(root) ? root.relativize(abs).toString() : abs.toString();
        return new SourceSpec(id, label, kind, abs, display);
    }
}
