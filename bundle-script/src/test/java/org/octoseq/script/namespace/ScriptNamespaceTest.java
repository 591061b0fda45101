package org.octoseq.script.namespace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.octoseq.api.internal.registry.NamespaceRegistryComponent;
import org.octoseq.api.namespace.Diagnostic;
import org.octoseq.api.show.ScriptSession;
import org.octoseq.api.time.Transport;
import org.octoseq.script.host.NashornScriptHost;

/**
 * The namespace as a script sees it (spec checklist 9.2, the seed's "Timing Namespace" and "Inputs Namespace"
 * criteria), checked in JavaScript on real Nashorn against a real registry holding a synthesised project.
 */
class ScriptNamespaceTest {

    /** Assertion helpers every test script starts with; {@code done()} logs PASS or the failures. */
    private static final String PRELUDE = """
            var failures = [];
            function check(cond, what) { if (!cond) failures.push(what); }
            function keys(o) { return Object.keys(o).join(','); }
            function done() { log.info(failures.length ? 'FAIL ' + failures.join(' | ') : 'PASS'); failures = []; }
            """;

    @TempDir
    Path dir;

    private final NamespaceRegistryComponent registry = new NamespaceRegistryComponent();

    private ScriptSession load(String body) throws IOException {
        Path file = dir.resolve("main.js");
        Files.writeString(file, PRELUDE + body);
        ScriptSession s = new NashornScriptHost(registry).load(file);
        assertTrue(s.healthy(), () -> s.diagnostics().toString());
        return s;
    }

    private static List<String> logs(ScriptSession s) {
        return s.diagnostics().stream().map(Diagnostic::message).filter(m -> m.startsWith("log: ")).toList();
    }

    private static void assertPassed(ScriptSession s) {
        List<String> logs = logs(s);
        if (logs.isEmpty() || !logs.get(logs.size() - 1).equals("log: PASS")) {
            fail("script checks failed: " + logs + "\nall diagnostics: " + s.diagnostics());
        }
    }

    private static List<Diagnostic> warnings(ScriptSession s) {
        return s.diagnostics().stream().filter(d -> d.kind() == Diagnostic.Kind.WARNING).toList();
    }

    @Test
    void timingNamespace() throws IOException {
        NamespaceFixture.register(registry);
        ScriptSession s = load("""
                function update(dt, frame) {
                  check(keys(timing) === 'time,dt,beatPosition,beatIndex,beatPhase,bpm', 'item15 keys ' + keys(timing));
                  check(timing.time.value() === 2.25 && frame.time === 2.25, 'item16 time');
                  check(Math.abs(timing.dt.value() - 1 / 60) < 1e-12 && frame.dt === timing.dt.value(), 'item16 dt');
                  // no grid: the virtual 120 BPM grid from 0 s
                  check(timing.bpm.value() === 120, 'bpm ' + timing.bpm.value());
                  check(timing.beatPosition.value() === 4.5, 'beatPosition ' + timing.beatPosition.value());
                  check(timing.beatIndex.value() === 4 && timing.beatPhase.value() === 0.5, 'beatIndex/phase');
                  check(frame.beatPhase === 0.5 && frame.bpm === 120, 'frame timing values');
                  done();
                }
                """);
        s.frame(new Transport(2.25, 1 / 60.0, 0), null);
        assertPassed(s);
        assertEquals(1, s.diagnostics().stream().filter(d -> d.kind() == Diagnostic.Kind.INFO
                && d.message().contains("virtual 120 BPM grid")).count(), s.diagnostics()::toString);
    }

    @Test
    void inputsNamespace() throws IOException {
        NamespaceFixture.register(registry);
        ScriptSession s = load("""
                function update(dt, frame) {
                  check(keys(inputs) === 'mix,stems,customSignals,customEvents', 'item17 inputs keys ' + keys(inputs));
                  var mix = inputs.mix;
                  check(keys(mix) === 'energy,centroid,flux,onset,shimmer,beatCandidates,onsetPeaks,bands'
                        || keys(mix).split(',').sort().join(',') === 'bands,beatCandidates,centroid,energy,flux,onset,onsetPeaks,shimmer',
                        'mix keys ' + keys(mix));
                  check(mix.energy.interpolate().value() === 0.5, 'mix energy');
                  check(mix.centroid.interpolate().value() === 500, 'mix centroid (Hz)');
                  check(Math.abs(frame.energy - 0.5) < 1e-9 && Math.abs(frame.shimmer - 0.25) < 1e-9, 'frame has every mix signal');
                  check(mix.shimmer.interpolate().value() === 0.25, 'names come from the data (shimmer)');
                  check(mix.beatCandidates.len() === 4 && mix.onsetPeaks.len() === 3, 'mix events');
                  // item 19: no aliases
                  check(mix.spectralCentroid === undefined && mix.onsetEnvelope === undefined
                        && mix.time === undefined && inputs.amplitude === undefined, 'item19 no aliases');
                  // items 23/24: dual keys, same objects
                  var d = inputs.stems['Drums'];
                  check(d === inputs.stems['stem-drums'], 'item23 same stem object');
                  check(d.energy === inputs.stems['stem-drums'].energy, 'item23 same member');
                  check(d.label === 'Drums' && inputs.stems['stem-drums'].label === 'Drums', 'item24 label');
                  check(keys(inputs.stems) === 'Bass,stem-bass,Drums,stem-drums', 'stem keys ' + keys(inputs.stems));
                  // item 36: stem events, empty when absent
                  check(d.onsetPeaks.len() === 2 && d.beatCandidates.len() === 0, 'item36 stem events');
                  check(inputs.stems.Bass.onsetPeaks.len() === 0, 'item21 empty events exist');
                  // item 25/35: bands under their source only
                  var low = mix.bands['Low'];
                  check(low === mix.bands['band-low'] && low.energy === mix.bands['band-low'].energy, 'item25 band dual key');
                  check(low.onsetPeaks.len() === 3, 'item34 band events have data');
                  check(keys(mix.bands) === 'Low,band-low', 'item35 mix bands ' + keys(mix.bands));
                  check(keys(d.bands) === 'Kick \\'A\\' "hits",band-kick', 'item35 stem bands ' + keys(d.bands));
                  // item 39: any string is a key
                  check(d.bands['Kick \\'A\\' "hits"'].energy.interpolate().value() === 0.8999999761581421, 'item39 quoted key');
                  check(inputs.stems['Bass'].bands !== undefined && keys(inputs.stems['Bass'].bands) === '', 'no bands on Bass');
                  // item 26: custom signals dual-keyed, same object
                  var cs = inputs.customSignals;
                  check(cs['Bass Energy'] === cs['sig-bass'], 'item26 same custom signal');
                  check(cs['Bass Energy'].interpolate().value() === 0.125, 'custom sampled value');
                  check(cs['Three Quarters'].value() === 0.75, 'custom computed value');
                  // item 28: custom events dual-keyed
                  check(inputs.customEvents['Hits'] === inputs.customEvents['ev-hits'], 'item28 same stream');
                  check(inputs.customEvents['Hits'].len() === 2, 'item29 hits');
                  check(keys(inputs.customEvents) === 'Drops,ev-drops,Hits,ev-hits', 'custom events keys');
                  done();
                }
                """);
        s.frame(new Transport(1.0, 1 / 60.0, 0), null);
        assertPassed(s);
    }

    @Test
    void unknownKeysAreUndefinedWithOneWarningListingTheKeysAndWritesAreRefused() throws IOException {
        NamespaceFixture.register(registry);
        ScriptSession s = load("""
                function update(dt, frame) {
                  check(inputs.mix.bands['Nope'] === undefined, 'item30 undefined');
                  inputs.mix.bands['Nope'];
                  inputs.stems.Drums = 5;
                  check(inputs.stems.Drums !== 5, 'write refused');
                  check(inputs.mix.spectralCentroid === undefined, 'legacy member');
                  check(inputs.bpm === undefined, 'legacy top-level');
                  done();
                }
                """);
        for (int i = 0; i < 3; i++) {
            s.frame(new Transport(i / 60.0, 1 / 60.0, i), null);
        }
        assertPassed(s);
        List<Diagnostic> nope = warnings(s).stream().filter(d -> d.message().contains("'Nope'")).toList();
        assertEquals(1, nope.size(), nope::toString);
        assertEquals(1, nope.get(0).count(), "one warning over the whole run, not one per access");
        assertTrue(nope.get(0).message().contains("[Low, band-low]"), nope.get(0).message());
        assertTrue(warnings(s).stream().anyMatch(d -> d.message().contains("read-only")));
        assertTrue(warnings(s).stream().anyMatch(d -> d.message().contains("spectralCentroid")
                && d.message().contains("use inputs.mix.centroid")), warnings(s)::toString);
        assertTrue(warnings(s).stream().anyMatch(d -> d.message().contains("'bpm'")
                && d.message().contains("use timing.bpm")), warnings(s)::toString);
    }

    @Test
    void duplicateLabelsKeepTheFirstAndIdsStillAddressEach() throws IOException {
        registry.put(new NamespaceFixture.Source(NamespaceFixture.four(0.5), java.util.Map.of()),
                java.util.Map.of("octoseq.source.id", "mix", "octoseq.source.kind", "mix"));
        registry.put(new NamespaceFixture.Band(NamespaceFixture.four(0.1), java.util.Map.of()), java.util.Map.of(
                "octoseq.band.id", "band-a", "octoseq.band.label", "Same", "octoseq.band.source", "mix"));
        registry.put(new NamespaceFixture.Band(NamespaceFixture.four(0.2), java.util.Map.of()), java.util.Map.of(
                "octoseq.band.id", "band-b", "octoseq.band.label", "Same", "octoseq.band.source", "mix"));
        registry.put(new NamespaceFixture.Band(NamespaceFixture.four(0.3), java.util.Map.of()), java.util.Map.of(
                "octoseq.band.id", "Low", "octoseq.band.label", "band-a", "octoseq.band.source", "mix"));
        ScriptSession s = load("""
                function update(dt, frame) {
                  var b = inputs.mix.bands;
                  check(b['Same'] === b['band-a'], 'item40 first keeps the label');
                  check(b['band-b'].energy.interpolate().value() !== b['band-a'].energy.interpolate().value(), 'ids address each');
                  check(b['band-a'].energy.interpolate().value() === 0.10000000149011612, 'an id wins over another label');
                  done();
                }
                """);
        s.frame(new Transport(1, 1 / 60.0, 0), null);
        assertPassed(s);
        assertTrue(warnings(s).stream().anyMatch(d -> d.message().contains("two items are labelled 'Same'")));
    }

    @Test
    void aSignalWhoseProviderVanishesReadsZeroWithOneWarningAndRecovers() throws IOException {
        NamespaceFixture.register(registry);
        NamespaceFixture.Custom lfo = new NamespaceFixture.Custom(org.octoseq.api.signal.Signal.constant(0.6));
        registry.put(lfo, java.util.Map.of("octoseq.signal.id", "lfo", "octoseq.signal.name", "LFO"));
        ScriptSession s = load("""
                var held = inputs.customSignals['LFO'];
                var state = {frames: 0};
                function update(dt, frame) {
                  state.frames++;
                  log.info('value ' + held.value() + ' present ' + (inputs.customSignals['lfo'] !== undefined));
                }
                """);
        s.frame(new Transport(0, 1 / 60.0, 0), null);
        registry.remove(lfo);
        s.frame(new Transport(1 / 60.0, 1 / 60.0, 1), null);
        s.frame(new Transport(2 / 60.0, 1 / 60.0, 2), null);
        registry.put(lfo, java.util.Map.of("octoseq.signal.id", "lfo", "octoseq.signal.name", "LFO"));
        s.frame(new Transport(3 / 60.0, 1 / 60.0, 3), null);
        List<String> logs = logs(s);
        assertTrue(logs.contains("log: value 0.6 present true"), logs::toString);
        assertTrue(logs.contains("log: value 0 present false"), logs::toString);
        List<Diagnostic> gone = warnings(s).stream()
                .filter(d -> d.message().startsWith("inputs.customSignals[\"lfo\"] has no data")).toList();
        assertEquals(1, gone.size(), warnings(s)::toString);
        assertEquals(1, gone.get(0).count(), "warned once while it was gone");
        assertTrue(s.healthy());
        assertEquals(0, s.diagnostics().stream().filter(Diagnostic::isError).count(), s.diagnostics()::toString);
    }
}
