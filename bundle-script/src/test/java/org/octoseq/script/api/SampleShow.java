package org.octoseq.script.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.octoseq.api.internal.registry.NamespaceRegistryComponent;
import org.octoseq.api.signal.EventStream;
import org.octoseq.api.signal.SampledSignal;
import org.octoseq.api.signal.Signal;
import org.octoseq.api.source.AudioSourceAnalysis;
import org.octoseq.api.source.BandAnalysis;
import org.octoseq.api.source.CustomEventProvider;
import org.octoseq.api.source.CustomSignalProvider;
import org.octoseq.api.time.Transport;
import org.octoseq.script.namespace.NamespaceFixture;
import org.octoseq.script.host.JsScriptSession;
import org.octoseq.script.host.NashornScriptHost;

/**
 * A real registry with exactly one item in every collection (a mix with an extra signal and a band, one stem
 * with a band, one custom signal, one custom event stream) and a real script host, so a session's globals can
 * be walked with a sample key in every collection. One registry and host serve every test of the package (the
 * host's engine warm-up is paid once); closing a show closes the sessions it opened.
 */
final class SampleShow implements AutoCloseable {

    private static final NamespaceRegistryComponent REGISTRY = registered();
    private static final NashornScriptHost HOST = new NashornScriptHost(REGISTRY);

    final NamespaceRegistryComponent registry = REGISTRY;
    final NashornScriptHost host = HOST;
    final ByteArrayOutputStream console = new ByteArrayOutputStream();

    private static NamespaceRegistryComponent registered() {
        NamespaceRegistryComponent r = new NamespaceRegistryComponent();
        register(r);
        return r;
    }

    static SampledSignal ramp(double scale) {
        float[] v = new float[1000];
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) (scale * i / v.length);
        }
        return new SampledSignal(100, v);
    }

    static Map<String, SampledSignal> features(double scale) {
        Map<String, SampledSignal> m = new LinkedHashMap<>();
        m.put("energy", ramp(scale));
        m.put("centroid", ramp(scale * 1000));
        m.put("flux", ramp(scale / 10));
        m.put("onset", ramp(scale / 2));
        return m;
    }

    static void register(NamespaceRegistryComponent registry) {
        Map<String, SampledSignal> mix = features(1);
        mix.put("shimmer", ramp(0.25));
        registry.put(new NamespaceFixture.Source(mix, Map.of("beatCandidates", NamespaceFixture.events(0.5, 1.0), "onsetPeaks", NamespaceFixture.events(0.1, 0.6))),
                Map.of(AudioSourceAnalysis.PROP_ID, "mix", AudioSourceAnalysis.PROP_KIND, "mix"));
        registry.put(new NamespaceFixture.Source(features(0.8), Map.of("onsetPeaks", NamespaceFixture.events(0.0, 0.5))),
                Map.of(AudioSourceAnalysis.PROP_ID, "stem-drums", AudioSourceAnalysis.PROP_LABEL, "Drums",
                        AudioSourceAnalysis.PROP_KIND, "stem"));
        registry.put(new NamespaceFixture.Band(features(0.2), Map.of("onsetPeaks", NamespaceFixture.events(0.1, 0.2))),
                Map.of(BandAnalysis.PROP_ID, "band-low", BandAnalysis.PROP_LABEL, "Low", BandAnalysis.PROP_SOURCE, "mix"));
        registry.put(new NamespaceFixture.Band(features(0.9), Map.of()),
                Map.of(BandAnalysis.PROP_ID, "band-kick", BandAnalysis.PROP_LABEL, "Kick", BandAnalysis.PROP_SOURCE,
                        "stem-drums"));
        registry.put(new NamespaceFixture.Custom(Signal.sampled(ramp(0.5))),
                Map.of(CustomSignalProvider.PROP_ID, "sig-bass", CustomSignalProvider.PROP_NAME, "Bass Energy"));
        registry.put(new NamespaceFixture.CustomEvents(NamespaceFixture.events(1, 2)),
                Map.of(CustomEventProvider.PROP_ID, "ev-hits", CustomEventProvider.PROP_NAME, "Hits"));
    }

    /** Opens a script (written to {@code dir/main.js}) in a headless session and runs one frame. */
    JsScriptSession open(Path dir, String source) throws IOException {
        Path file = Files.writeString(dir.resolve("main.js"), source);
        JsScriptSession s = host.open(file, host.headlessSettings(), new PrintStream(console, true, StandardCharsets.UTF_8));
        s.frame(new Transport(1, 1 / 60.0, 60), null);
        return s;
    }

    /** The host globals of a freshly loaded, empty script. */
    Map<String, RuntimeBinding> globals(Path dir) throws IOException {
        try (JsScriptSession s = open(dir, "// nothing\n")) {
            return s.hostGlobals().orElseThrow(() -> new AssertionError("the script did not load: " + s.diagnostics()));
        }
    }

    static List<String> lines(List<CoverageFinding> findings) {
        return findings.stream().map(CoverageFinding::toString).toList();
    }

    /**
     * Closes the sessions and collects their engines now: a closed session leaves a whole script engine behind,
     * and collecting it later, during another package's timing-sensitive tests (frame budgets), can cost a
     * frame's worth of pause on a loaded machine.
     */
    @Override
    public void close() {
        host.sessions().forEach(JsScriptSession::close);
        System.gc();
    }
}
