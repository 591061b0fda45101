package org.octoseq.script.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.octoseq.api.internal.registry.NamespaceRegistryComponent;
import org.octoseq.api.source.AudioSourceAnalysis;
import org.octoseq.script.host.JsScriptSession;
import org.octoseq.script.host.NashornScriptHost;

/** The seed's Part 6 guardrails on live bindings (spec 6.7 and checklist 120). */
class GuardrailsTest {

    private static SampleShow show;
    private static Map<String, RuntimeBinding> globals;

    @BeforeAll
    static void load(@TempDir Path dir) throws Exception {
        show = new SampleShow();
        globals = show.globals(dir);
    }

    @AfterAll
    static void close() {
        show.close();
    }

    private static ProjectDeclarations project(Path dir, String json) throws Exception {
        return ProjectDeclarations.read(Files.writeString(dir.resolve("project.json"), json)).orElseThrow();
    }

    @Test
    void anUnboundCustomSignalIsReportedEvenWhenOthersAreBound(@TempDir Path dir) throws Exception {
        ProjectDeclarations p = project(dir, """
                {"mix": "audio/mix.wav",
                 "customSignals": [{"id": "sig-bass", "name": "Bass Energy"}, {"id": "sig-1", "name": "One"}]}""");
        List<Guardrail> g = Guardrails.unbound(p, globals);
        assertEquals(1, g.size(), g.toString());
        assertEquals(Guardrail.Kind.UNBOUND, g.get(0).kind());
        assertEquals("inputs.customSignals[\"sig-1\"]", g.get(0).path());
        assertTrue(g.get(0).message().contains("custom signal 'sig-1'") && g.get(0).message().contains("sig-bass"),
                g.get(0).message());
    }

    @Test
    void bandsAreLookedUpUnderTheirOwnSource(@TempDir Path dir) throws Exception {
        ProjectDeclarations p = project(dir, """
                {"mix": "audio/mix.wav",
                 "stems": [{"id": "stem-drums", "label": "Drums", "file": "stems/drums.wav"}, {"file": "stems/keys.wav"}],
                 "bands": [{"id": "band-low", "source": "mix", "lowHz": 20, "highHz": 150},
                           {"id": "band-kick", "source": "stem-drums", "lowHz": 30, "highHz": 120},
                           {"id": "band-low", "source": "stem-drums", "lowHz": 20, "highHz": 150},
                           {"id": "band-hat", "source": "stem-gone", "lowHz": 5000, "highHz": 9000}],
                 "customEvents": [{"id": "ev-hits", "file": "events/hits.json"}]}""");
        List<String> paths = Guardrails.unbound(p, globals).stream().map(Guardrail::path).toList();
        assertEquals(List.of("inputs.stems[\"stem-keys\"]", "inputs.stems[\"stem-drums\"].bands[\"band-low\"]",
                "inputs.stems[\"stem-gone\"].bands[\"band-hat\"]"), paths);
    }

    @Test
    void aMemberWithoutDataIsReported(@TempDir Path dir) throws Exception {
        NamespaceRegistryComponent registry = new NamespaceRegistryComponent();
        var signals = new java.util.LinkedHashMap<>(SampleShow.features(1));
        signals.remove("centroid");
        registry.put(new org.octoseq.script.namespace.NamespaceFixture.Source(signals, Map.of()), Map.of(AudioSourceAnalysis.PROP_ID, "mix",
                AudioSourceAnalysis.PROP_KIND, "mix"));
        NashornScriptHost host = new NashornScriptHost(registry);
        Path file = Files.writeString(dir.resolve("main.js"), "// empty\n");
        try (JsScriptSession s = host.open(file, host.headlessSettings(), System.err)) {
            List<Guardrail> g = Guardrails.check(ApiModel.standard(), s.hostGlobals().orElseThrow(), Optional.empty(),
                    "main.js", null);
            assertTrue(g.stream().anyMatch(x -> x.kind() == Guardrail.Kind.NO_DATA && x.path().equals("inputs.mix.centroid")),
                    g.toString());
            assertTrue(g.stream().noneMatch(x -> x.kind() == Guardrail.Kind.MISSING_RUNTIME), g.toString());
        }
    }

    @Test
    void modelDriftIsReportedBothWays(@TempDir Path dir) throws Exception {
        List<ModelFiles.File> files = ModelFiles.list(GuardrailsTest.class, ApiModel.FOLDER).stream()
                .filter(f -> !f.name().equals("Log.json")).toList();
        ApiModel withoutLog = ApiModel.load(files);
        List<Guardrail> g = Guardrails.check(withoutLog, globals, Optional.empty(), "main.js", null);
        assertTrue(g.stream().anyMatch(x -> x.kind() == Guardrail.Kind.MISSING_MODEL && x.path().equals("log")), g.toString());
        Map<String, RuntimeBinding> withoutProbe = new java.util.LinkedHashMap<>(globals);
        withoutProbe.remove("probe");
        List<Guardrail> h = Guardrails.check(ApiModel.standard(), withoutProbe, Optional.empty(), "main.js", null);
        assertTrue(h.stream().anyMatch(x -> x.kind() == Guardrail.Kind.MISSING_RUNTIME && x.path().equals("probe")), h.toString());
    }

    @Test
    void aLiveShowGetsItsGuardrailsOnTheConsoleOnceTheNamespaceSettled(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("main.js"), "function update(dt, frame) {\n"
                + "  if (frame.time > 600) var a = inputs.spectralCentroid;\n}\n");
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (JsScriptSession s = show.host.open(file, new org.octoseq.script.host.SessionSettings(50, 2000, 3, true),
                System.err); GuardrailMonitor monitor = new GuardrailMonitor(show.host, new java.io.PrintStream(out, true))) {
            monitor.checkLiveShows(); // first look: the namespace may still be changing
            assertEquals("", out.toString());
            monitor.checkLiveShows();
            monitor.checkLiveShows(); // printed once, not per check
            List<String> lines = out.toString().lines().toList();
            assertEquals(List.of("octoseq: guardrail: main.js:2:40: inputs.spectralCentroid is a name of the original"
                    + " Octoseq engine: use inputs.mix.centroid"), lines);
        }
    }

    @Test
    void oldNamesAreFoundWithTheirPlaceAndReplacement() {
        String source = """
                var e = inputs.mix.energy;
                function update(dt, frame) {
                  if (frame.time > 60) var a = inputs.amplitude;
                  var c = inputs.stems['Drums'].spectralCentroid;
                }
                """;
        List<Guardrail> g = LegacyNameLint.scan("main.js", source);
        assertEquals(2, g.size(), g.toString());
        assertEquals("line 3:39: inputs.amplitude is a name of the original Octoseq engine: use inputs.mix.energy",
                g.get(0).toString());
        assertEquals(4, g.get(1).line());
        assertTrue(g.get(1).message().endsWith("use inputs.stems[...].centroid"), g.get(1).message());
    }
}
