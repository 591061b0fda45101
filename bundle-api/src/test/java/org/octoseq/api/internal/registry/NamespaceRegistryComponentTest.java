package org.octoseq.api.internal.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.octoseq.api.namespace.BandEntry;
import org.octoseq.api.namespace.Diagnostic;
import org.octoseq.api.namespace.Namespace;
import org.octoseq.api.namespace.SourceEntry;
import org.octoseq.api.signal.Event;
import org.octoseq.api.signal.EventStream;
import org.octoseq.api.signal.InputRef;
import org.octoseq.api.signal.SampledSignal;
import org.octoseq.api.signal.Signal;
import org.octoseq.api.source.AudioSourceAnalysis;
import org.octoseq.api.source.BandAnalysis;
import org.octoseq.api.source.BeatGridProvider;
import org.octoseq.api.source.CustomEventProvider;
import org.octoseq.api.source.CustomSignalProvider;
import org.octoseq.api.time.BeatGrid;

class NamespaceRegistryComponentTest {

    private final NamespaceRegistryComponent registry = new NamespaceRegistryComponent();
    private long nextServiceId = 1;

    // ---- plain provider objects ---------------------------------------------------------------------------

    private record Source(double durationSec, Map<String, SampledSignal> signals, Map<String, EventStream> events,
                          BeatGrid grid) implements AudioSourceAnalysis {
        @Override
        public Optional<BeatGrid> beatGrid() {
            return Optional.ofNullable(grid);
        }
    }

    private record Band(Map<String, SampledSignal> signals, Map<String, EventStream> events) implements BandAnalysis {
    }

    private record Custom(Signal signal) implements CustomSignalProvider {
    }

    private record Events(EventStream events) implements CustomEventProvider {
    }

    private record Grid(BeatGrid beatGrid) implements BeatGridProvider {
    }

    private static SampledSignal data(float... values) {
        return new SampledSignal(100, values);
    }

    private static Source source(BeatGrid grid) {
        return new Source(1.0, Map.of("energy", data(0.5f)), Map.of("onsetPeaks", EventStream.of(List.of(Event.at(0.1, 1)))),
                grid);
    }

    private static Band band() {
        return new Band(Map.of("energy", data(0.25f)), Map.of());
    }

    /** Service properties as the framework would pass them, with a fresh service.id. */
    private Map<String, Object> props(Object... keyValues) {
        Map<String, Object> p = new HashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            p.put((String) keyValues[i], keyValues[i + 1]);
        }
        p.put("service.id", nextServiceId++);
        return p;
    }

    private Map<String, Object> sourceProps(String id, String label, String kind) {
        return props(AudioSourceAnalysis.PROP_ID, id, AudioSourceAnalysis.PROP_LABEL, label,
                AudioSourceAnalysis.PROP_KIND, kind);
    }

    private Map<String, Object> bandProps(String id, String label, String source) {
        return props(BandAnalysis.PROP_ID, id, BandAnalysis.PROP_LABEL, label, BandAnalysis.PROP_SOURCE, source);
    }

    private Source putMix() {
        Source mix = source(null);
        registry.put(mix, sourceProps("mix", "Mix", AudioSourceAnalysis.KIND_MIX));
        return mix;
    }

    private Source putStem(String id, String label) {
        Source stem = source(null);
        registry.put(stem, sourceProps(id, label, AudioSourceAnalysis.KIND_STEM));
        return stem;
    }

    private static List<String> warnings(Namespace ns) {
        return ns.diagnostics().stream().filter(d -> d.kind() == Diagnostic.Kind.WARNING).map(Diagnostic::message).toList();
    }

    // ---- versions -----------------------------------------------------------------------------------------

    @Test
    void startsEmptyAtVersionZero() {
        Namespace ns = registry.current();
        assertEquals(0, ns.version());
        assertTrue(ns.mix().isEmpty());
        assertTrue(ns.stems().isEmpty());
    }

    @Test
    void everyChangePublishesTheNextVersion() {
        Source mix = putMix();
        assertEquals(1, registry.current().version());
        Source stem = putStem("stem-drums", "Drums");
        assertEquals(2, registry.current().version());
        registry.remove(stem);
        assertEquals(3, registry.current().version());
        registry.remove(stem); // not registered any more: no change, no new snapshot
        assertEquals(3, registry.current().version());
        registry.remove(mix);
        assertEquals(4, registry.current().version());
        assertTrue(registry.current().mix().isEmpty());
    }

    @Test
    void providersEqualByValueAreStillDistinctServices() {
        Source a = source(null);
        Source b = source(null);
        assertEquals(a, b); // records: equal by value, yet two services
        registry.put(a, sourceProps("stem-a", "A", AudioSourceAnalysis.KIND_STEM));
        registry.put(b, sourceProps("stem-b", "B", AudioSourceAnalysis.KIND_STEM));
        assertEquals(2, registry.current().stems().size());
        registry.remove(a);
        assertEquals(List.of("stem-b"), registry.current().stems().stream().map(SourceEntry::id).toList());
    }

    // ---- sources ------------------------------------------------------------------------------------------

    @Test
    void theKindPropertySeparatesTheMixFromTheStems() {
        putMix();
        putStem("stem-drums", "Drums");
        Namespace ns = registry.current();

        SourceEntry mix = ns.mix().orElseThrow();
        assertEquals("mix", mix.id());
        assertEquals("Mix", mix.label());
        assertEquals(AudioSourceAnalysis.KIND_MIX, mix.kind());
        assertEquals(List.of("energy"), List.copyOf(mix.signals().keySet()));
        assertEquals(1, mix.events().get("onsetPeaks").size());

        assertEquals(1, ns.stems().size());
        SourceEntry drums = ns.stems().get(0);
        assertEquals("stem-drums", drums.id());
        assertEquals(AudioSourceAnalysis.KIND_STEM, drums.kind());
        assertSame(drums, ns.stem("stem-drums").orElseThrow());
        assertSame(drums, ns.stem("Drums").orElseThrow());
    }

    @Test
    void stemsAreSortedByLabelThenId() {
        putStem("stem-b", "Bass");
        putStem("stem-z", "Drums");
        putStem("stem-a", "Drums");
        putStem("stem-v", "Alto");
        List<String> ids = registry.current().stems().stream().map(SourceEntry::id).toList();
        assertEquals(List.of("stem-v", "stem-b", "stem-a", "stem-z"), ids);
    }

    @Test
    void aStemWithoutALabelIsLabelledByItsId() {
        registry.put(source(null), props(AudioSourceAnalysis.PROP_ID, "stem-keys",
                AudioSourceAnalysis.PROP_KIND, AudioSourceAnalysis.KIND_STEM));
        assertEquals("stem-keys", registry.current().stems().get(0).label());
    }

    @Test
    void duplicateStemIdsKeepTheFirstAndWarn() {
        Source first = putStem("stem-drums", "Drums");
        putStem("stem-drums", "Other Drums");
        Namespace ns = registry.current();
        assertEquals(1, ns.stems().size());
        assertEquals("Drums", ns.stems().get(0).label());
        assertTrue(warnings(ns).stream().anyMatch(w -> w.contains("two stems have the id 'stem-drums'")),
                warnings(ns).toString());

        registry.remove(first);
        ns = registry.current();
        assertEquals("Other Drums", ns.stems().get(0).label());
        assertTrue(warnings(ns).isEmpty(), warnings(ns).toString());
    }

    // ---- bands --------------------------------------------------------------------------------------------

    @Test
    void bandsAttachToTheMixByMixOrByTheMixsIdAndToTheirStem() {
        registry.put(source(null), sourceProps("track-1", "Track", AudioSourceAnalysis.KIND_MIX));
        putStem("stem-drums", "Drums");
        registry.put(band(), bandProps("band-low", "Low", "mix"));
        registry.put(band(), bandProps("band-high", "High", "track-1"));
        registry.put(band(), bandProps("band-kick", "Kick", "stem-drums"));
        Namespace ns = registry.current();

        List<BandEntry> mixBands = ns.mix().orElseThrow().bands();
        assertEquals(List.of("band-high", "band-low"), mixBands.stream().map(BandEntry::id).toList()); // by label
        assertTrue(mixBands.stream().allMatch(b -> b.sourceId().equals("mix")));
        List<BandEntry> drumBands = ns.stem("stem-drums").orElseThrow().bands();
        assertEquals(List.of("band-kick"), drumBands.stream().map(BandEntry::id).toList());
        assertEquals("Kick", drumBands.get(0).label());
        assertTrue(warnings(ns).isEmpty(), warnings(ns).toString());
    }

    @Test
    void aBandWhoseSourceIsAbsentIsHiddenWithAWarning() {
        putMix();
        registry.put(band(), bandProps("band-snare", "Snare", "stem-drums"));
        Namespace ns = registry.current();
        assertTrue(ns.mix().orElseThrow().bands().isEmpty());
        assertTrue(warnings(ns).stream().anyMatch(w -> w.contains("band-snare") && w.contains("stem-drums")),
                warnings(ns).toString());
        assertNull(ns.resolve(InputRef.band("band-snare", "energy")));

        putStem("stem-drums", "Drums"); // the source arrives: the band appears and the warning goes
        ns = registry.current();
        assertEquals("band-snare", ns.stem("stem-drums").orElseThrow().bands().get(0).id());
        assertTrue(warnings(ns).isEmpty(), warnings(ns).toString());
    }

    @Test
    void aBandOfTheMixWhileNoMixIsLoadedIsHiddenWithAWarning() {
        registry.put(band(), bandProps("band-low", "Low", "mix"));
        Namespace ns = registry.current();
        assertTrue(ns.mix().isEmpty());
        assertTrue(warnings(ns).stream().anyMatch(w -> w.contains("band-low")), warnings(ns).toString());
    }

    // ---- custom signals, events and the beat grid ---------------------------------------------------------

    @Test
    void customSignalsAndEventsAreListedByNameThenIdWithTheIdAsDefaultName() {
        registry.put(new Custom(Signal.constant(1)), props(CustomSignalProvider.PROP_ID, "sig-b",
                CustomSignalProvider.PROP_NAME, "Bass Energy"));
        registry.put(new Custom(Signal.constant(2)), props(CustomSignalProvider.PROP_ID, "sig-a"));
        registry.put(new Events(EventStream.empty()), props(CustomEventProvider.PROP_ID, "ev-hits",
                CustomEventProvider.PROP_NAME, "Hits"));
        Namespace ns = registry.current();
        assertEquals(List.of("Bass Energy", "sig-a"), ns.customSignals().stream().map(c -> c.name()).toList());
        assertEquals("Hits", ns.customEvents().get(0).name());
        assertTrue(ns.customEvents().get(0).events().isEmpty());
    }

    @Test
    void theMixsGridIsTheDefaultAndTheHighestRankedProviderOverridesIt() {
        BeatGrid detected = BeatGrid.constant(128, 0.02);
        registry.put(source(detected), sourceProps("mix", "Mix", AudioSourceAnalysis.KIND_MIX));
        assertSame(detected, registry.current().beatGrid());

        BeatGrid low = BeatGrid.constant(100, 0);
        BeatGrid high = BeatGrid.constant(124, 0.5);
        registry.put(new Grid(low), props("service.ranking", 1));
        assertSame(low, registry.current().beatGrid());
        Grid highProvider = new Grid(high);
        registry.put(highProvider, props("service.ranking", 10));
        assertSame(high, registry.current().beatGrid());

        registry.remove(highProvider);
        assertSame(low, registry.current().beatGrid());
    }

    @Test
    void theActiveGridSaysWhereItComesFrom() {
        assertEquals(Namespace.NO_GRID, registry.current().beatGridSource());
        registry.put(source(BeatGrid.constant(128, 0)), sourceProps("mix", "Mix", AudioSourceAnalysis.KIND_MIX));
        assertEquals("detected in the mix", registry.current().beatGridSource());
        Grid user = new Grid(BeatGrid.constant(124, 0.5));
        registry.put(user, props("service.ranking", 100, BeatGridProvider.PROP_SOURCE, "project.json beatGrid"));
        assertEquals("project.json beatGrid (outranks the grid detected in the mix)", registry.current().beatGridSource());
        assertEquals("project.json beatGrid (outranks the grid detected in the mix)", registry.current().describe().get("beatGridSource"));
        registry.remove(user);
        assertEquals("detected in the mix", registry.current().beatGridSource());
    }

    @Test
    void customEventsArePlacedOnTheActiveGridAndFollowItWhenItChanges() {
        registry.put(new Events(EventStream.of(List.of(Event.at(1.0, 1), Event.at(1.25, 0.5)))),
                props(CustomEventProvider.PROP_ID, "ev-hits"));
        Event first = registry.current().customEvents().get(0).events().events().get(0);
        assertEquals(2.0, first.beatPosition(), 1e-12); // virtual 120 BPM grid from 0 s
        Grid user = new Grid(BeatGrid.constant(60, 0.5));
        registry.put(user, props("service.ranking", 100));
        List<Event> placed = registry.current().customEvents().get(0).events().events();
        assertEquals(0.5, placed.get(0).beatPosition(), 1e-12);
        assertEquals(0.75, placed.get(1).beatPosition(), 1e-12);
        assertEquals(0.75, placed.get(1).beatPhase(), 1e-12);
        assertEquals(0.5, placed.get(1).weight(), 1e-12);
    }

    @Test
    void composedSignalsAreKeyedByNameAndResolveByComposedRef() {
        Signal curve = Signal.constant(0.75);
        registry.put((org.octoseq.api.source.ComposedSignalProvider) () -> curve,
                props(org.octoseq.api.source.ComposedSignalProvider.PROP_NAME, "intensity"));
        registry.put(new Custom(Signal.constant(0.25)), props(CustomSignalProvider.PROP_ID, "intensity"));
        Namespace ns = registry.current();
        assertEquals(List.of("intensity"), ns.composedSignals().stream().map(c -> c.name()).toList());
        assertSame(curve, ns.resolve(InputRef.composed("intensity")));
        assertEquals("inputs.composedSignals[\"intensity\"]", InputRef.composed("intensity").path());
        assertTrue(ns.resolve(InputRef.custom("intensity")) != curve);
    }

    @Test
    void extraSignalsJoinTheirSourceButNeverReplaceItsOwnSignals() {
        org.octoseq.api.source.ExtraSignals extras = () -> Map.of("harmonic", data(0.3f), "energy", data(0.9f));
        registry.put(extras, props(org.octoseq.api.source.ExtraSignals.PROP_SOURCE, "mix"));
        assertTrue(registry.current().mix().isEmpty()); // extras alone make no source
        putMix();
        Namespace ns = registry.current();
        assertEquals(List.of("energy", "harmonic"), List.copyOf(ns.mix().orElseThrow().signals().keySet()));
        assertEquals(0.5f, ns.mix().orElseThrow().signals().get("energy").valueAt(0)); // the mix's own wins
        assertTrue(ns.resolve(InputRef.mix("harmonic")) != null);
        registry.remove(extras);
        assertNull(registry.current().resolve(InputRef.mix("harmonic")));
    }

    @Test
    void withoutMixOrProviderTheVirtualGridApplies() {
        putStem("stem-drums", "Drums");
        assertSame(BeatGrid.NONE, registry.current().beatGrid());
    }

    // ---- listeners ----------------------------------------------------------------------------------------

    @Test
    void listenersAreToldEverySnapshotAndAThrowingListenerDoesNotStopTheOthers() {
        List<Long> seenByFirst = new ArrayList<>();
        List<Long> seenByLast = new ArrayList<>();
        registry.addListener(ns -> seenByFirst.add(ns.version()));
        registry.addListener(ns -> {
            throw new IllegalStateException("listener bug (expected by the test)");
        });
        registry.addListener(ns -> seenByLast.add(ns.version()));

        Source mix = putMix();
        registry.remove(mix);
        assertEquals(List.of(1L, 2L), seenByFirst);
        assertEquals(List.of(1L, 2L), seenByLast);
        assertEquals(2, registry.current().version());
    }

    @Test
    void aRemovedListenerHearsNothingMore() {
        List<Namespace> seen = new ArrayList<>();
        org.octoseq.api.namespace.NamespaceListener listener = seen::add;
        registry.addListener(listener);
        putMix();
        registry.removeListener(listener);
        putStem("stem-drums", "Drums");
        assertEquals(1, seen.size());
        assertEquals(1, seen.get(0).version());
        assertEquals(2, registry.current().version());
    }

    // ---- resolve and describe -----------------------------------------------------------------------------

    @Test
    void resolveFindsMixStemBandAndCustomSignalsByInputRef() {
        putMix();
        registry.put(new Source(1.0, Map.of("energy", data(0.75f)), Map.of(), null),
                sourceProps("stem-drums", "Drums", AudioSourceAnalysis.KIND_STEM));
        registry.put(band(), bandProps("band-kick", "Kick", "stem-drums"));
        Signal lfo = Signal.timing("beatPhase");
        registry.put(new Custom(lfo), props(CustomSignalProvider.PROP_ID, "sig-lfo"));
        Namespace ns = registry.current();

        assertTrue(ns.resolve(InputRef.mix("energy")) != null);
        assertTrue(ns.resolve(InputRef.stem("stem-drums", "energy")) != null);
        assertTrue(ns.resolve(InputRef.band("band-kick", "energy")) != null);
        assertSame(lfo, ns.resolve(InputRef.custom("sig-lfo")));

        assertNull(ns.resolve(InputRef.mix("centroid")));
        assertNull(ns.resolve(InputRef.stem("Drums", "energy"))); // refs carry ids, not labels
        assertNull(ns.resolve(InputRef.custom("sig-missing")));

        org.octoseq.api.signal.EvalContext ctx = new org.octoseq.api.signal.EvalContext(w -> { });
        ctx.beginFrame(new org.octoseq.api.time.Transport(0, 0, 0), ns, ns.beatGrid());
        assertEquals(0.5, Signal.input(InputRef.mix("energy")).evaluate(ctx), 1e-6);
        assertEquals(0.75, Signal.input(InputRef.stem("stem-drums", "energy")).evaluate(ctx), 1e-6);
        assertEquals(0.25, Signal.input(InputRef.band("band-kick", "energy")).evaluate(ctx), 1e-6);
    }

    @Test
    @SuppressWarnings("unchecked")
    void describeListsTheKeysAScriptSees() {
        putMix();
        putStem("stem-drums", "Drums");
        registry.put(band(), bandProps("band-low", "Low", "mix"));
        registry.put(new Custom(Signal.constant(1)), props(CustomSignalProvider.PROP_ID, "sig-bass",
                CustomSignalProvider.PROP_NAME, "Bass"));
        registry.put(new Events(EventStream.of(List.of(Event.at(1, 1), Event.at(2, 1)))),
                props(CustomEventProvider.PROP_ID, "ev-hits", CustomEventProvider.PROP_NAME, "Hits"));
        Map<String, Object> d = registry.current().describe();

        assertEquals(5L, d.get("version"));
        Map<String, Object> mix = (Map<String, Object>) d.get("mix");
        assertEquals(List.of("energy"), mix.get("signals"));
        assertEquals(List.of("onsetPeaks"), mix.get("events"));
        assertEquals(List.of("band-low"), List.copyOf(((Map<String, Object>) mix.get("bands")).keySet()));
        Map<String, Object> stems = (Map<String, Object>) d.get("stems");
        assertEquals(List.of("stem-drums"), List.copyOf(stems.keySet()));
        assertEquals("Drums", ((Map<String, Object>) stems.get("stem-drums")).get("label"));
        assertEquals(List.of(Map.of("id", "sig-bass", "name", "Bass")), d.get("customSignals"));
        assertEquals(List.of(Map.of("id", "ev-hits", "name", "Hits", "count", 2)), d.get("customEvents"));
        assertEquals(List.of(), d.get("beatGrid"));
        assertFalse(d.containsKey("bands")); // bands live under their source
    }
}
