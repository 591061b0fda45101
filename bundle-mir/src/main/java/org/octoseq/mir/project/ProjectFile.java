package org.octoseq.mir.project;

import java.util.List;
import org.octoseq.mir.custom.CustomSignalDefinition;
import org.octoseq.mir.events.EventStreamDefinition;
import org.octoseq.mir.grid.BeatGridDefinition;
import org.octoseq.mir.precomputed.ComposedSignalDefinition;
import org.octoseq.mir.search.SearchDefinition;

/**
 * The contents of a show's {@code project.json} as written (paths still relative to the show folder).
 * Every field but {@code mix} may be absent ({@code null}; absent lists are empty).
 *
 * @param name            display name of the show
 * @param mix             the mixdown audio file, or a precomputed analysis ({@code .json}) (required)
 * @param stems           stems listed explicitly
 * @param bands           frequency bands of the mix or a stem
 * @param customSignals   custom signals, computed or precomputed
 * @param customEvents    authored event streams (files or inline)
 * @param composedSignals drawn curves from signal files
 * @param beatGrid        a beat grid overriding the detected one
 * @param search          a reference segment of the mix for {@code searchSimilarity}
 * @param script          the script file
 * @param render          output size and frame rate
 */
public record ProjectFile(String name, String mix, List<Stem> stems, List<Band> bands,
        List<CustomSignalDefinition> customSignals, List<EventStreamDefinition> customEvents,
        List<ComposedSignalDefinition> composedSignals, BeatGridDefinition beatGrid, SearchDefinition search,
        String script, Render render) {

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
        customSignals = listOf("customSignals", customSignals);
        customEvents = listOf("customEvents", customEvents);
        composedSignals = listOf("composedSignals", composedSignals);
        if (script != null) {
            FieldException.requireText("script", script);
        }
    }

    private static <T> List<T> listOf(String field, List<T> items) {
        if (items != null && items.contains(null)) {
            throw new FieldException(field, "must list objects, not null");
        }
        return items == null ? List.of() : List.copyOf(items);
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
