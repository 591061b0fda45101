package org.octoseq.script.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.octoseq.api.signal.Event;
import org.octoseq.api.signal.EventStream;
import org.octoseq.api.signal.SampledSignal;
import org.octoseq.api.signal.Signal;
import org.octoseq.api.source.AudioSourceAnalysis;
import org.octoseq.api.source.CustomEventProvider;
import org.octoseq.api.source.CustomSignalProvider;
import org.octoseq.api.time.BeatGrid;
import org.octoseq.api.time.Transport;

/**
 * The spec's §9 harness on the script side: real Nashorn through the real script host ({@link JsScriptSession}),
 * inputs registered in a real registry. Defaults as in the spec: no beat grid (120 BPM), a 10 s mix. A value is
 * read by {@code probe(name, value)} in {@code update}, so it comes from a Signal bound at top level.
 */
final class ScriptHarness implements AutoCloseable {

    /** No file watching, and budgets no loaded build machine can overrun: these tests are about values. */
    private static final SessionSettings RELAXED = new SessionSettings(10_000, 20_000, 3, false);

    private final SessionFixture fixture;
    private final Map<String, SampledSignal> mix = new LinkedHashMap<>();
    private final Map<String, EventStream> mixEvents = new LinkedHashMap<>();
    private final List<Runnable> extraProviders = new ArrayList<>();
    private BeatGrid grid = BeatGrid.NONE;
    private double duration = 10;
    private JsScriptSession session;
    private long frame;

    ScriptHarness(Path dir) throws IOException {
        this.fixture = new SessionFixture(java.nio.file.Files.createDirectories(dir));
    }

    static SampledSignal buffer(double rate, double... samples) {
        float[] f = new float[samples.length];
        for (int i = 0; i < f.length; i++) {
            f[i] = (float) samples[i];
        }
        return new SampledSignal(rate, f);
    }

    static EventStream stream(double... timeWeight) {
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < timeWeight.length; i += 2) {
            events.add(Event.at(timeWeight[i], timeWeight[i + 1]));
        }
        return EventStream.of(events);
    }

    /** A buffer as {@code inputs.mix.<name>}. */
    ScriptHarness mix(String name, double rate, double... samples) {
        mix.put(name, buffer(rate, samples));
        return this;
    }

    /** An event stream as {@code inputs.mix.<name>}. */
    ScriptHarness mixEvents(String name, double... timeWeight) {
        mixEvents.put(name, stream(timeWeight));
        return this;
    }

    /** A buffer as {@code inputs.stems[id].<feature>}. */
    ScriptHarness stem(String id, String feature, double rate, double... samples) {
        SampledSignal data = buffer(rate, samples);
        extraProviders.add(() -> fixture.registry.put(source(Map.of(feature, data), Map.of(), BeatGrid.NONE),
                Map.of(AudioSourceAnalysis.PROP_ID, id, AudioSourceAnalysis.PROP_KIND, AudioSourceAnalysis.KIND_STEM)));
        return this;
    }

    /** A buffer as {@code inputs.customSignals[id]}. */
    ScriptHarness customSignal(String id, double rate, double... samples) {
        Signal s = Signal.sampled(buffer(rate, samples));
        extraProviders.add(() -> fixture.registry.put((CustomSignalProvider) () -> s,
                Map.of(CustomSignalProvider.PROP_ID, id)));
        return this;
    }

    /** An event stream as {@code inputs.customEvents[name]}. */
    ScriptHarness customEvents(String name, double... timeWeight) {
        EventStream s = stream(timeWeight);
        extraProviders.add(() -> fixture.registry.put((CustomEventProvider) () -> s,
                Map.of(CustomEventProvider.PROP_ID, name)));
        return this;
    }

    ScriptHarness grid(BeatGrid g) {
        this.grid = g;
        return this;
    }

    ScriptHarness duration(double seconds) {
        this.duration = seconds;
        return this;
    }

    private AudioSourceAnalysis source(Map<String, SampledSignal> signals, Map<String, EventStream> events, BeatGrid g) {
        double d = duration;
        return new AudioSourceAnalysis() {
            public double durationSec() { return d; }
            public Map<String, SampledSignal> signals() { return signals; }
            public Map<String, EventStream> events() { return events; }
            public Optional<BeatGrid> beatGrid() { return g.isEmpty() ? Optional.empty() : Optional.of(g); }
        };
    }

    /** Registers the inputs and loads {@code script}; fails the test when it does not load. */
    JsScriptSession load(String script) throws IOException {
        fixture.registry.put(source(Map.copyOf(mix), Map.copyOf(mixEvents), grid),
                Map.of(AudioSourceAnalysis.PROP_ID, "mix", AudioSourceAnalysis.PROP_KIND, AudioSourceAnalysis.KIND_MIX));
        extraProviders.forEach(Runnable::run);
        session = fixture.open(script, RELAXED);
        assertTrue(session.healthy(), () -> "the script did not load: " + session.diagnostics());
        session.probes().setRecording(true);
        return session;
    }

    /**
     * Loads a script whose top level defines {@code var S = {name: Signal or number, …}}; every frame probes each
     * member of {@code S} under its name.
     */
    JsScriptSession loadProbing(String topLevel) throws IOException {
        return load(topLevel + "\nfunction update(dt, frame) { for (var k in S) probe(k, S[k]); }\n");
    }

    /** Runs one frame at {@code t} with {@code dt}; the values probed in it. */
    Map<String, Double> frame(double t, double dt) {
        session.frame(new Transport(t, dt, frame++), null);
        assertTrue(errors().isEmpty(), () -> "script errors at t=" + t + ": " + errors());
        return session.probes().frameValues();
    }

    /** Frames {@code k = 0 … n-1} at {@code t0 + k·dt}: the value probed as {@code name} in each. */
    double[] run(String name, double t0, double dt, int n) {
        double[] out = new double[n];
        for (int k = 0; k < n; k++) {
            Double v = frame(t0 + k * dt, dt).get(name);
            assertTrue(v != null, () -> "no probe '" + name + "'; diagnostics " + diagnostics());
            out[k] = v;
        }
        return out;
    }

    /** Asserts every expected probe value of the frame at {@code t}, within {@code eps} (NaN matches NaN). */
    void expect(double t, double dt, Map<String, Double> expected, double eps) {
        Map<String, Double> got = frame(t, dt);
        for (Map.Entry<String, Double> e : expected.entrySet()) {
            Double v = got.get(e.getKey());
            assertTrue(v != null, () -> "no probe '" + e.getKey() + "' at t=" + t + "; diagnostics " + diagnostics());
            assertEquals(e.getValue(), v, eps, () -> e.getKey() + " at t=" + t);
        }
        assertTrue(errors().isEmpty(), () -> "script errors: " + errors());
    }

    JsScriptSession session() {
        return session;
    }

    List<String> diagnostics() {
        return SessionFixture.messages(session);
    }

    List<String> errors() {
        return SessionFixture.errors(session).stream().map(Object::toString).toList();
    }

    /** The log lines ({@code log.info}) so far, without the {@code "log: "} prefix. */
    List<String> logs() {
        return diagnostics().stream().filter(m -> m.startsWith("log: ")).map(m -> m.substring(5)).toList();
    }

    @Override
    public void close() {
        if (session != null) {
            session.close();
        }
        fixture.close();
    }
}
