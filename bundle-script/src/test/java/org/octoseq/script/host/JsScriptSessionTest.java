package org.octoseq.script.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.octoseq.api.internal.registry.NamespaceRegistryComponent;
import org.octoseq.api.namespace.Diagnostic;
import org.octoseq.api.signal.EventStream;
import org.octoseq.api.signal.SampledSignal;
import org.octoseq.api.source.AudioSourceAnalysis;
import org.octoseq.api.time.Transport;
import org.octoseq.script.engine.JavaScriptEngines;
import org.octoseq.script.engine.Watchdog;

class JsScriptSessionTest {

    @TempDir
    Path dir;

    private final NamespaceRegistryComponent registry = new NamespaceRegistryComponent();
    private final ByteArrayOutputStream console = new ByteArrayOutputStream();

    /** A source whose energy equals the time in seconds (a ramp sampled at 100 Hz for 10 s). */
    private static AudioSourceAnalysis ramp() {
        float[] v = new float[1000];
        for (int i = 0; i < v.length; i++) {
            v[i] = i / 100f;
        }
        SampledSignal energy = new SampledSignal(100, v);
        return new AudioSourceAnalysis() {
            public double durationSec() { return 10; }
            public Map<String, SampledSignal> signals() { return Map.of("energy", energy); }
            public Map<String, EventStream> events() { return Map.of(); }
        };
    }

    private final Watchdog watchdog = new Watchdog();

    @AfterEach
    void stopWatchdog() {
        watchdog.close();
    }

    private JsScriptSession load(String source) throws IOException {
        Path file = dir.resolve("main.js");
        Files.writeString(file, source);
        return new JsScriptSession(file, new JavaScriptEngines(), registry::current, new PrintStream(console, true),
                watchdog, SessionSettings.headless(), () -> { });
    }

    private static List<String> messages(JsScriptSession s) {
        return s.diagnostics().stream().map(Diagnostic::message).toList();
    }

    @Test
    void updateReadsTheMixEnergyAndTheFrameValuesAtTheTransportTime() throws IOException {
        registry.put(ramp(), Map.of(AudioSourceAnalysis.PROP_ID, "mix", AudioSourceAnalysis.PROP_KIND, "mix"));
        JsScriptSession s = load("""
                var e = inputs.mix.energy.interpolate();
                function update(dt, frame) {
                  log.info('e=' + e.value().toFixed(3) + ' f=' + frame.energy.toFixed(3) + ' t=' + frame.time);
                }
                """);
        assertTrue(s.healthy(), () -> messages(s).toString());
        s.frame(new Transport(2.5, 0.01, 1), null);
        assertTrue(messages(s).contains("log: e=2.500 f=2.500 t=2.5"), () -> messages(s).toString());
    }

    @Test
    void aSyntaxErrorIsReportedWithItsLineAndTheSessionDoesNothing() throws IOException {
        JsScriptSession s = load("var a = 1;\nfunction update(dt, frame) {\n  var = 2;\n}\n");
        assertFalse(s.healthy());
        Diagnostic d = s.diagnostics().get(0);
        assertEquals(Diagnostic.Kind.PARSE_ERROR, d.kind());
        assertEquals(3, d.location().line());
        s.frame(new Transport(0, 0.01, 0), null); // must not throw
    }

    @Test
    void aRuntimeErrorInUpdateSkipsThatCallOnlyAndIsMergedWithACount() throws IOException {
        JsScriptSession s = load("""
                var n = 0;
                function update(dt, frame) { n++; if (n % 2 == 0) { undefinedThing.foo(); } log.info('n=' + n); }
                """);
        for (int i = 0; i < 6; i++) {
            s.frame(new Transport(i / 60.0, 1 / 60.0, i), null);
        }
        List<Diagnostic> errors = s.diagnostics().stream().filter(Diagnostic::isError).toList();
        assertEquals(1, errors.size(), errors::toString);
        assertEquals(3, errors.get(0).count());
        assertEquals(2, errors.get(0).location().line());
        assertTrue(messages(s).contains("log: n=5"));
    }

    @Test
    void aStemRegisteredWhileTheScriptRunsIsSeenAtTheNextFrame() throws IOException {
        JsScriptSession s = load("""
                function update(dt, frame) {
                  var d = inputs.stems['Drums'];
                  log.info(d === undefined ? 'no drums' : 'drums ' + d.energy.interpolate().value().toFixed(2)
                           + ' same=' + (d === inputs.stems['stem-drums']));
                }
                """);
        s.frame(new Transport(1, 0.01, 0), null);
        assertTrue(messages(s).contains("log: no drums"));
        AudioSourceAnalysis drums = ramp();
        registry.put(drums, Map.of(AudioSourceAnalysis.PROP_ID, "stem-drums", AudioSourceAnalysis.PROP_LABEL, "Drums",
                AudioSourceAnalysis.PROP_KIND, "stem"));
        s.frame(new Transport(1, 0.01, 1), null);
        assertTrue(messages(s).contains("log: drums 1.00 same=true"), () -> messages(s).toString());
        registry.remove(drums);
        s.frame(new Transport(1, 0.01, 2), null);
        assertEquals(2, s.diagnostics().stream().filter(d -> d.message().equals("log: no drums")).findFirst()
                .orElseThrow().count());
    }

    @Test
    void anUnknownKeyIsUndefinedWithOneWarningListingTheKeys() throws IOException {
        registry.put(ramp(), Map.of(AudioSourceAnalysis.PROP_ID, "mix", AudioSourceAnalysis.PROP_KIND, "mix"));
        JsScriptSession s = load("""
                function update(dt, frame) { log.info(String(inputs.mix.amplitude === undefined)); }
                """);
        s.frame(new Transport(0, 0.01, 0), null);
        s.frame(new Transport(0, 0.01, 1), null);
        Optional<Diagnostic> warning = s.diagnostics().stream().filter(d -> d.kind() == Diagnostic.Kind.WARNING).findFirst();
        assertTrue(warning.isPresent());
        assertTrue(warning.get().message().contains("no key 'amplitude'"), warning.get().message());
        assertTrue(warning.get().message().contains("energy"), warning.get().message());
        assertEquals(1, warning.get().count());
        assertTrue(messages(s).contains("log: true"));
    }

    @Test
    void javaClassesOutsideTheApiAreOutOfReach() throws IOException {
        JsScriptSession s = load("var r = Java.type('java.lang.Runtime');\n");
        assertFalse(s.healthy());
        assertTrue(s.diagnostics().get(0).message().contains("java.lang.Runtime"), s.diagnostics().toString());
    }
}
