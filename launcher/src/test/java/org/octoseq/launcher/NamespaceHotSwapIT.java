package org.octoseq.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.octoseq.api.namespace.Diagnostic;
import org.octoseq.api.namespace.NamespaceListener;
import org.octoseq.api.namespace.NamespaceRegistry;
import org.octoseq.api.signal.EventStream;
import org.octoseq.api.signal.SampledSignal;
import org.octoseq.api.source.AudioSourceAnalysis;
import org.octoseq.api.show.ScriptHost;
import org.octoseq.api.show.ScriptSession;
import org.octoseq.api.time.Transport;
import org.osgi.framework.ServiceRegistration;

/**
 * Hot-swap of the namespace under a running script, in a real framework with the real bundles. The test is the
 * host: it exports the API packages from the system bundle, so it can use the services typed.
 */
class NamespaceHotSwapIT {

    private static final String SCRIPT = """
            function update(dt, frame) {
              var drums = ('Drums' in inputs.stems) ? inputs.stems['Drums'].energy.value() : -1;
              var lfo = ('LFO' in inputs.customSignals) ? inputs.customSignals['LFO'].value() : -1;
              log.info('drums ' + (drums > 0 ? 'loud' : drums < 0 ? 'absent' : 'silent')
                       + ', lfo ' + (lfo >= 0 ? 'present' : 'absent'));
            }
            """;

    @TempDir
    Path temp;

    private Deployment deployment;
    private OctoseqRuntime runtime;
    private ScriptSession session;
    private NamespaceRegistry registry;
    private long frame;

    @BeforeEach
    void startTheRuntimeAndTheScript() throws Exception {
        deployment = new Deployment(temp);
        runtime = OctoseqRuntime.start(deployment.bundles, deployment.system, false, System.err, Map.of(
                "org.osgi.framework.system.packages.extra", HostApiPackages.exportPackage(getClass().getClassLoader())));
        registry = (NamespaceRegistry) runtime.awaitService("(objectClass=" + NamespaceRegistry.class.getName() + ")",
                Duration.ofSeconds(10));
        ScriptHost host = (ScriptHost) runtime.awaitService("(objectClass=" + ScriptHost.class.getName() + ")",
                Duration.ofSeconds(10));
        Path script = Files.writeString(temp.resolve("main.js"), SCRIPT);
        session = host.load(script);
        assertTrue(session.healthy(), () -> session.diagnostics().toString());
    }

    @AfterEach
    void stop() {
        if (session != null) {
            session.close();
        }
        if (runtime != null) {
            runtime.close();
        }
    }

    private void runFrame() {
        session.frame(Transport.ofFrame(frame++, 60), null);
    }

    /** The newest log line of the script. */
    private String lastLog() {
        List<Diagnostic> all = session.diagnostics();
        for (int i = all.size() - 1; i >= 0; i--) {
            if (all.get(i).message().startsWith("log: ")) {
                return all.get(i).message().substring(5);
            }
        }
        return "";
    }

    /** Runs frames at 60 fps in real time until the script logs what {@code expected} wants, or fails. */
    private long framesUntil(Predicate<String> expected, Duration limit, String what) throws InterruptedException {
        long start = System.nanoTime();
        while (true) {
            runFrame();
            if (expected.test(lastLog())) {
                return (System.nanoTime() - start) / 1_000_000;
            }
            if (System.nanoTime() - start > limit.toNanos()) {
                throw new AssertionError(what + " not seen within " + limit.toMillis() + " ms; last log: " + lastLog());
            }
            Thread.sleep(16);
        }
    }

    private static AudioSourceAnalysis loudStem() {
        float[] energy = new float[6000];
        java.util.Arrays.fill(energy, 0.7f);
        SampledSignal data = new SampledSignal(100, energy);
        return new AudioSourceAnalysis() {
            public double durationSec() { return 60; }
            public Map<String, SampledSignal> signals() { return Map.of("energy", data); }
            public Map<String, EventStream> events() { return Map.of(); }
        };
    }

    private static Hashtable<String, Object> stemProperties() {
        Hashtable<String, Object> props = new Hashtable<>();
        props.put(AudioSourceAnalysis.PROP_ID, "stem-drums");
        props.put(AudioSourceAnalysis.PROP_LABEL, "Drums");
        props.put(AudioSourceAnalysis.PROP_KIND, AudioSourceAnalysis.KIND_STEM);
        return props;
    }

    @Test
    void aStemRegisteredWhileTheScriptRunsIsReadAtTheNextUpdate() {
        runFrame();
        assertEquals("drums absent, lfo absent", lastLog());
        ServiceRegistration<AudioSourceAnalysis> reg =
                runtime.context().registerService(AudioSourceAnalysis.class, loudStem(), stemProperties());
        runFrame();
        assertEquals("drums loud, lfo absent", lastLog());
        reg.unregister();
        runFrame();
        assertEquals("drums absent, lfo absent", lastLog());
        assertTrue(session.healthy());
    }

    @Test
    void signalNamesComeFromTheProvidersData() throws Exception {
        float[] values = new float[1000];
        java.util.Arrays.fill(values, 0.3f);
        SampledSignal shimmer = new SampledSignal(100, values);
        AudioSourceAnalysis mix = new AudioSourceAnalysis() {
            public double durationSec() { return 10; }
            public Map<String, SampledSignal> signals() { return Map.of("shimmer", shimmer); }
            public Map<String, EventStream> events() { return Map.of(); }
        };
        Hashtable<String, Object> props = new Hashtable<>();
        props.put(AudioSourceAnalysis.PROP_ID, "mix");
        props.put(AudioSourceAnalysis.PROP_KIND, AudioSourceAnalysis.KIND_MIX);
        runtime.context().registerService(AudioSourceAnalysis.class, mix, props);
        Path script = Files.writeString(temp.resolve("shimmer.js"), """
                function update(dt, frame) {
                  log.info('keys ' + Object.keys(inputs.mix) + ' shimmer ' + inputs.mix.shimmer.value().toFixed(2)
                           + ' frame ' + frame.shimmer.toFixed(2));
                }
                """);
        ScriptHost host = (ScriptHost) runtime.awaitService("(objectClass=" + ScriptHost.class.getName() + ")",
                Duration.ofSeconds(10));
        try (ScriptSession s = host.load(script)) {
            s.frame(Transport.ofFrame(30, 60), null);
            assertTrue(s.diagnostics().stream().anyMatch(d -> d.message()
                    .equals("log: keys shimmer,beatCandidates,onsetPeaks,bands shimmer 0.30 frame 0.30")), s.diagnostics()::toString);
        }
    }

    @Test
    void theExampleLfoBundleAppearsWithin2sAndItsRemovalLeavesTheScriptRunning() throws Exception {
        runFrame();
        deployment.drop(deployment.examples.resolve("example-lfo-provider.jar"));
        long appearedMs = framesUntil(log -> log.endsWith("lfo present"), Duration.ofSeconds(2), "the LFO");
        System.err.println("namespace: example LFO bundle visible to the script " + appearedMs + " ms after the drop");

        Files.delete(deployment.bundles.resolve("example-lfo-provider.jar"));
        framesUntil(log -> log.endsWith("lfo absent"), Duration.ofSeconds(2), "the LFO going away");
        for (int i = 0; i < 10; i++) {
            runFrame();
        }
        assertTrue(session.healthy());
        assertEquals(0, session.diagnostics().stream().filter(Diagnostic::isError).count(), session.diagnostics()::toString);
    }

    @Test
    void aThousandRegisterUnregisterCyclesUnderARunningScriptNeitherFailNorLeak() {
        List<Long> versions = new CopyOnWriteArrayList<>();
        NamespaceListener listener = ns -> versions.add(ns.version());
        registry.addListener(listener);
        AudioSourceAnalysis stem = loudStem();
        long baseline = 0;
        for (int cycle = 0; cycle < 1000; cycle++) {
            ServiceRegistration<AudioSourceAnalysis> reg =
                    runtime.context().registerService(AudioSourceAnalysis.class, stem, stemProperties());
            runFrame();
            reg.unregister();
            runFrame();
            if (cycle == 199) {
                baseline = retainedHeap();
            }
        }
        long growth = retainedHeap() - baseline;
        registry.removeListener(listener);

        assertEquals(2000, versions.size());
        for (int i = 1; i < versions.size(); i++) {
            assertTrue(versions.get(i) > versions.get(i - 1), "versions must increase: " + versions.subList(i - 1, i + 1));
        }
        assertTrue(session.healthy());
        assertEquals(0, session.diagnostics().stream().filter(Diagnostic::isError).count(), session.diagnostics()::toString);
        System.err.printf("namespace: retained heap growth over 800 register/unregister cycles: %d KiB%n", growth / 1024);
        assertTrue(growth < 4 * 1024 * 1024, "retained heap grew by " + growth / 1024 + " KiB over 800 cycles");
    }

    private static long retainedHeap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
