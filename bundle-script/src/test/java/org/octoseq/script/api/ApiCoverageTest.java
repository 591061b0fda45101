package org.octoseq.script.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.octoseq.script.api.CoverageFinding.Kind;

/**
 * Spec checklist 116: the model and the live bindings agree in both directions. The runtime side is the real
 * global scope of a real session (one sample key in every collection), walked by {@link BindingWalker}, and
 * dynalink's view of every Java type reachable from it.
 */
class ApiCoverageTest {

    private static SampleShow show;
    private static Map<String, RuntimeBinding> globals;

    @BeforeAll
    static void load(@TempDir Path dir) throws IOException {
        show = new SampleShow();
        globals = show.globals(dir);
    }

    @AfterAll
    static void close() {
        show.close();
    }

    /**
     * Types reached only through globals that another bundle provides (the Processing bundle's {@code assets} and
     * {@code mesh}): not bound in this module's tests, so unverified here; {@code ScriptCommandsIT} checks them
     * in the real runtime.
     */
    static final List<String> PROVIDED_ELSEWHERE = List.of("Assets", "Mesh", "PShape", "PImage");

    /** The findings, without the unverified types of globals provided elsewhere. */
    static List<CoverageFinding> relevant(List<CoverageFinding> findings) {
        return findings.stream().filter(f -> !(f.kind() == Kind.UNVERIFIED && PROVIDED_ELSEWHERE.contains(f.path()))).toList();
    }

    @Test
    void theModelDescribesExactlyWhatScriptsCanReach() {
        List<CoverageFinding> findings = ApiCoverage.compare(ApiModel.standard(), globals);
        assertTrue(relevant(findings).isEmpty(), "the API model and the live bindings differ (" + findings.size()
                + "):\n  " + String.join("\n  ", SampleShow.lines(relevant(findings))));
        assertEquals(PROVIDED_ELSEWHERE.size(), findings.size(), SampleShow.lines(findings).toString());
    }

    @Test
    void theWalkSeesTheHostGlobalsAndASampleOfEveryCollection() {
        assertTrue(globals.keySet().containsAll(List.of("inputs", "timing", "log", "probe")), globals.keySet().toString());
        assertTrue(globals.keySet().stream().noneMatch(n -> n.startsWith("__") || n.equals("Object") || n.equals("Math")),
                "language built-ins and internals are not host globals: " + globals.keySet());
        RuntimeBinding inputs = globals.get("inputs");
        assertEquals(List.of("mix", "stems", "customSignals", "customEvents", "composedSignals"), List.copyOf(inputs.members().keySet()));
        RuntimeBinding drums = inputs.members().get("stems").members().get("Drums");
        assertEquals("inputs.stems.Drums", drums.path());
        assertTrue(drums.members().get("bands").members().containsKey("Kick"), drums.members().toString());
        assertEquals(RuntimeBinding.Shape.JAVA_OBJECT, inputs.members().get("customSignals").members().get("sig-bass").shape());
    }

    @Test
    void aMemberMissingFromTheModelIsNamedWithItsFile(@TempDir Path dir) throws IOException {
        ApiModel edited = editedModel(dir, "Signal.json", line -> !line.contains("\"name\": \"gate\""),
                "Log.json", null);
        List<String> lines = SampleShow.lines(ApiCoverage.compare(edited, globals));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("not in model: runtime property Signal.gate")
                && l.contains("Signal.json")), String.join("\n", lines));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("not in model: runtime global 'log'")
                && l.contains("info")), String.join("\n", lines));
        // the builder that only gate leads to is no longer checked: reported from the model side
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("not at runtime: model type GateBuilder")), String.join("\n", lines));
    }

    @Test
    void aModelEntryWithoutARuntimeBindingIsNamed(@TempDir Path dir) throws IOException {
        ApiModel edited = editedModel(dir, "Signal.json", line -> true, null, null);
        Path signal = dir.resolve("Signal.json");
        Files.writeString(signal, Files.readString(signal).replace("\"methods\": [",
                "\"methods\": [\n    {\"name\": \"wobble\", \"description\": \"x\", \"params\": [], \"returns\": \"Signal\"},"));
        Path mix = dir.resolve("MixSignals.json");
        Files.writeString(mix, Files.readString(mix).replace("\"properties\": [",
                "\"properties\": [\n    {\"name\": \"rms\", \"type\": \"Signal\", \"description\": \"x\"},"));
        edited = ApiModel.load(ModelFiles.list(ApiCoverageTest.class, ApiModel.FOLDER).stream()
                .map(f -> file(dir, f.name())).toList());
        List<CoverageFinding> findings = ApiCoverage.compare(edited, globals);
        List<String> lines = SampleShow.lines(findings);
        assertTrue(lines.contains("not at runtime: model method Signal.wobble (Signal.json) does not exist on "
                + "org.octoseq.api.signal.SourceNodes$Input") || lines.stream().anyMatch(l -> l.contains("Signal.wobble")),
                String.join("\n", lines));
        assertTrue(findings.stream().anyMatch(f -> f.kind() == Kind.NOT_AT_RUNTIME && f.path().equals("inputs.mix.rms")),
                String.join("\n", lines));
    }

    @Test
    void aWrongArgumentCountOrResultTypeIsAMismatch(@TempDir Path dir) throws IOException {
        editedModel(dir, "Signal.json", line -> true, null, null);
        Path signal = dir.resolve("Signal.json");
        Files.writeString(signal, Files.readString(signal)
                .replace("{\"name\": \"w\", \"type\": \"number | Signal\", \"description\": \"Weight of other.\", \"optional\": true",
                        "{\"name\": \"w\", \"type\": \"number | Signal\", \"description\": \"Weight of other.\", \"optional\": false")
                .replace("\"name\": \"sample_at\", \"description\": \"The value at a time, computed now (also at top level and in init).\", \"params\": [{\"name\": \"time\", \"type\": \"number\", \"description\": \"When.\", \"unit\": \"seconds\"}], \"returns\": \"number\"",
                        "\"name\": \"sample_at\", \"description\": \"The value at a time, computed now (also at top level and in init).\", \"params\": [{\"name\": \"time\", \"type\": \"number\", \"description\": \"When.\", \"unit\": \"seconds\"}], \"returns\": \"Signal\""));
        ApiModel edited = ApiModel.load(ModelFiles.list(ApiCoverageTest.class, ApiModel.FOLDER).stream()
                .map(f -> file(dir, f.name())).toList());
        List<String> lines = SampleShow.lines(ApiCoverage.compare(edited, globals));
        assertTrue(lines.contains("mismatch: Signal.mix takes 1 or 2 arguments at runtime, the model (Signal.json) says 2"),
                String.join("\n", lines));
        assertTrue(lines.contains("mismatch: Signal.sample_at returns number at runtime, the model (Signal.json) says Signal"),
                String.join("\n", lines));
    }

    @Test
    void anEmptyCollectionLeavesItsItemTypeUnverified() {
        Map<String, RuntimeBinding> noStems = new java.util.LinkedHashMap<>(globals);
        RuntimeBinding inputs = globals.get("inputs");
        Map<String, RuntimeBinding> members = new java.util.LinkedHashMap<>(inputs.members());
        members.put("stems", new RuntimeBinding("inputs.stems", RuntimeBinding.Shape.HOST_OBJECT, null, Map.of()));
        noStems.put("inputs", new RuntimeBinding("inputs", inputs.shape(), inputs.value(), members));
        List<CoverageFinding> findings = relevant(ApiCoverage.compare(ApiModel.standard(), noStems));
        assertEquals(List.of("unverified: model type StemSignals could not be checked: every collection of it was empty"
                + " at runtime, or the optional global that leads to it is not bound"), SampleShow.lines(findings));
    }

    /** The standard model files copied to {@code dir}, one filtered line by line and one left out. */
    private static ApiModel editedModel(Path dir, String edit, java.util.function.Predicate<String> keep, String drop,
                                        Object unused) throws IOException {
        List<ModelFiles.File> files = new ArrayList<>();
        for (ModelFiles.File f : ModelFiles.list(ApiCoverageTest.class, ApiModel.FOLDER)) {
            if (f.name().equals(drop)) {
                continue;
            }
            String text;
            try (var in = f.open()) {
                text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            }
            if (f.name().equals(edit)) {
                text = String.join("\n", text.lines().filter(keep).toList());
            }
            Files.writeString(dir.resolve(f.name()), text);
            files.add(file(dir, f.name()));
        }
        return ApiModel.load(files);
    }

    private static ModelFiles.File file(Path dir, String name) {
        try {
            return new ModelFiles.File(name, dir.resolve(name).toUri().toURL());
        } catch (java.net.MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }
}
