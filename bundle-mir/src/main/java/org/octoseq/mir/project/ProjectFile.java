package org.octoseq.mir.project;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * The contents of a show's {@code project.json} as written (paths still relative to the show folder).
 * Every field but {@code mix} may be absent ({@code null}). The fields typed {@link JsonNode} are accepted
 * and kept for the features that will read them; nothing checks their contents yet.
 *
 * @param name          display name of the show
 * @param mix           the mixdown audio file (required)
 * @param stems         stems listed explicitly
 * @param bands         frequency bands of the mix or a stem
 * @param customSignals custom signals (not used yet)
 * @param customEvents  custom event files (not used yet)
 * @param beatGrid      a beat grid overriding the detected one (not used yet)
 * @param search        the time range an analysis search looks at (not used yet)
 * @param script        the script file
 * @param render        output size and frame rate
 */
public record ProjectFile(String name, String mix, List<Stem> stems, List<Band> bands, JsonNode customSignals,
        JsonNode customEvents, JsonNode beatGrid, JsonNode search, String script, Render render) {

    public ProjectFile {
        FieldException.requireText("mix", mix);
        if (stems != null && stems.contains(null)) {
            throw new FieldException("stems", "must list objects, not null");
        }
        stems = stems == null ? List.of() : List.copyOf(stems);
        if (bands != null && bands.contains(null)) {
            throw new FieldException("bands", "must list objects, not null");
        }
        bands = bands == null ? List.of() : List.copyOf(bands);
        if (script != null) {
            FieldException.requireText("script", script);
        }
    }

    /**
     * A stem listed in {@code project.json}.
     *
     * @param id    the key scripts use ({@code stem-<file name>} when absent)
     * @param label the display name, also a key (the file name without extension when absent)
     * @param file  the audio file (required)
     */
    public record Stem(String id, String label, String file) {
        public Stem {
            FieldException.requireText("file", file);
        }
    }

    /**
     * A frequency band of a source, analysed like a source of its own.
     *
     * @param id     the key scripts use (required)
     * @param label  the display name, also a key (the id when absent)
     * @param source the id of the source it belongs to: {@code mix} (when absent) or a stem's id
     * @param lowHz  lower edge in Hz, {@code >= 0} (required)
     * @param highHz upper edge in Hz, {@code > lowHz} (required)
     */
    public record Band(String id, String label, String source, Double lowHz, Double highHz) {
        public Band {
            FieldException.requireText("id", id);
            if (lowHz == null || !(lowHz >= 0) || lowHz.isInfinite()) {
                throw new FieldException("lowHz", "is required and must be a number >= 0"
                        + (lowHz == null ? "" : ", got " + lowHz));
            }
            if (highHz == null || !(highHz > lowHz) || highHz.isInfinite()) {
                throw new FieldException("highHz", "is required and must be a number greater than lowHz ("
                        + lowHz + ")" + (highHz == null ? "" : ", got " + highHz));
            }
            if (label != null) {
                FieldException.requireText("label", label);
            }
            if (source != null) {
                FieldException.requireText("source", source);
            }
        }

        /** The label, or the id when there is none. */
        public String labelOrId() {
            return label != null ? label : id;
        }

        /** The source id, {@code mix} when absent. */
        public String sourceOrMix() {
            return source != null ? source : "mix";
        }
    }

    /**
     * Output settings; absent values take the defaults of {@link org.octoseq.api.show.ProjectDescriptor}.
     *
     * @param width  pixels, &gt; 0
     * @param height pixels, &gt; 0
     * @param fps    frames per second, &gt; 0
     */
    public record Render(Integer width, Integer height, Double fps) {
        public Render {
            FieldException.requirePositive("width", width);
            FieldException.requirePositive("height", height);
            FieldException.requirePositive("fps", fps);
        }
    }
}
