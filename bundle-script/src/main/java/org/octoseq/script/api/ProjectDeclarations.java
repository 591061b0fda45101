package org.octoseq.script.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The script keys a show's {@code project.json} promises: its stems, bands (under their source), custom signals
 * and custom event streams, by id. {@link Guardrails} checks that each one really reaches the script. Only the
 * ids are read here; the project's own reader (in the analysis bundle) validates the file.
 *
 * @param file the project.json read
 * @param keys each promised key as a script path, e.g. {@code inputs.stems["stem-drums"].bands["band-kick"]}
 */
public record ProjectDeclarations(Path file, List<Declared> keys) {

    /**
     * One promised key.
     *
     * @param what       {@code stem}, {@code band}, {@code custom signal} or {@code custom event stream}
     * @param id         the id
     * @param collection the script path of the collection it belongs in, e.g. {@code inputs.mix.bands}
     * @param parent     for a band on a stem, the stem's id; else {@code null}
     */
    public record Declared(String what, String id, String collection, String parent) {
        public String path() {
            return RuntimeBinding.childPath(collection, id);
        }
    }

    /** The declarations of the project folder holding {@code script} (the nearest one with a project.json). */
    public static Optional<ProjectDeclarations> forScript(Path script) {
        for (Path dir = script.toAbsolutePath().getParent(); dir != null; dir = dir.getParent()) {
            Path file = dir.resolve("project.json");
            if (Files.isRegularFile(file)) {
                return read(file);
            }
        }
        return Optional.empty();
    }

    /** Reads the ids; a file that is not valid JSON gives nothing (the project reader reports it). */
    public static Optional<ProjectDeclarations> read(Path file) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(file.toFile());
        } catch (IOException e) {
            return Optional.empty();
        }
        List<Declared> keys = new ArrayList<>();
        for (JsonNode s : root.path("stems")) {
            String id = text(s, "id");
            if (id == null && text(s, "file") != null) {
                String name = Path.of(text(s, "file")).getFileName().toString();
                id = "stem-" + (name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name);
            }
            if (id != null) {
                keys.add(new Declared("stem", id, "inputs.stems", null));
            }
        }
        for (JsonNode b : root.path("bands")) {
            String id = text(b, "id");
            String source = Optional.ofNullable(text(b, "source")).orElse("mix");
            if (id != null) {
                keys.add("mix".equals(source) ? new Declared("band", id, "inputs.mix.bands", null)
                        : new Declared("band", id, RuntimeBinding.childPath("inputs.stems", source) + ".bands", source));
            }
        }
        for (JsonNode c : root.path("customSignals")) {
            Optional.ofNullable(text(c, "id")).ifPresent(id -> keys.add(new Declared("custom signal", id,
                    "inputs.customSignals", null)));
        }
        for (JsonNode c : root.path("customEvents")) {
            Optional.ofNullable(text(c, "id")).ifPresent(id -> keys.add(new Declared("custom event stream", id,
                    "inputs.customEvents", null)));
        }
        return Optional.of(new ProjectDeclarations(file, List.copyOf(keys)));
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v != null && v.isTextual() && !v.asText().isBlank() ? v.asText() : null;
    }
}
