package org.octoseq.script.namespace;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.octoseq.api.namespace.BandEntry;
import org.octoseq.api.namespace.ComposedSignalEntry;
import org.octoseq.api.namespace.CustomEventEntry;
import org.octoseq.api.namespace.CustomSignalEntry;
import org.octoseq.api.namespace.Namespace;
import org.octoseq.api.namespace.SourceEntry;
import org.octoseq.api.signal.EventStream;
import org.octoseq.api.signal.InputRef;
import org.octoseq.api.signal.Signal;
import org.octoseq.api.time.BeatGrid;
import org.octoseq.script.signal.ApiObject;
import org.octoseq.script.signal.SignalBindings;

/**
 * The script-visible {@code inputs} and {@code timing} objects of one running script (plus the Signal API's
 * globals, see {@link SignalBindings}), rebuilt from each new namespace snapshot. The {@code inputs} object itself never changes, so a script that keeps it (or any
 * Signal read from it) sees stems, bands and custom signals come and go from the next frame on.
 */
public final class ScriptNamespace {

    /** Event members every source and band has, empty when there is no data. */
    static final List<String> EVENT_MEMBERS = List.of("beatCandidates", "onsetPeaks");

    /** Upstream's member names of sources and bands, and the canonical names that replace them. */
    private static final Map<String, String> RENAMED_MEMBERS = Map.of(
            "spectralCentroid", "centroid", "onsetEnvelope", "onset", "spectralFlux", "flux",
            "amplitude", "energy", "amplitudeEnvelope", "energy");

    /** Upstream's top-level {@code inputs} keys and where they live now. */
    private static final Map<String, String> LEGACY = Map.of(
            "time", "timing.time", "dt", "timing.dt", "bpm", "timing.bpm",
            "amplitude", "inputs.mix.energy", "spectralCentroid", "inputs.mix.centroid",
            "onsetEnvelope", "inputs.mix.onset", "bands", "inputs.mix.bands",
            "authored", "inputs.customEvents");

    /** Upstream's top-level {@code inputs} keys and the paths that replace them (for lints). */
    public static Map<String, String> legacyInputs() {
        return LEGACY;
    }

    /** Upstream's source and band member names and the canonical names that replace them (for lints). */
    public static Map<String, String> renamedMembers() {
        return RENAMED_MEMBERS;
    }

    private final Consumer<String> warnings;
    private final Consumer<String> notes;
    private final SignalBindings api;
    private final Map<InputRef, Object> signals = new HashMap<>();
    private final ReadOnlyObject inputs;
    private final ReadOnlyObject timing;
    private Map<String, Object> inputMembers = Map.of();
    private long version = Long.MIN_VALUE;
    private boolean gridKnown;
    private boolean toldAboutVirtualGrid;
    private BeatGrid grid = BeatGrid.NONE;

    /**
     * @param warnings told about misuse (unknown keys, writes, legacy names)
     * @param notes    told facts worth knowing once per load (the virtual beat grid)
     */
    public ScriptNamespace(Consumer<String> warnings, Consumer<String> notes) {
        this.warnings = warnings;
        this.notes = notes;
        this.api = new SignalBindings(warnings);
        this.inputs = new ReadOnlyObject("inputs", warnings) {
            @Override
            protected Map<String, Object> members() {
                return inputMembers;
            }

            @Override
            protected String hint(String name) {
                return LEGACY.containsKey(name) ? " (renamed: use " + LEGACY.get(name) + ")" : "";
            }
        };
        Map<String, Object> timingMembers = new LinkedHashMap<>();
        Signal.TIMING_NAMES.forEach(n -> timingMembers.put(n, api.toScript(Signal.timing(n))));
        this.timing = new MapObject("timing", timingMembers, warnings) {
            @Override
            public Object getMember(String name) {
                if (!gridKnown && !toldAboutVirtualGrid && !name.equals("time") && !name.equals("dt")
                        && timingMembers.containsKey(name)) {
                    toldAboutVirtualGrid = true;
                    notes.accept("no beat grid is known yet: timing." + name + " and the other beat values run on a "
                            + "virtual 120 BPM grid starting at 0 s until the analysis (or project.json beatGrid) provides one");
                }
                return super.getMember(name);
            }
        };
        this.inputMembers = Map.of();
    }

    /**
     * Binds {@code inputs}, {@code timing} and the Signal API's globals into an engine's globals and makes {@code Object.keys} work on
     * them (Nashorn's own only accepts script objects; for host objects it lists their real keys).
     */
    public void bind(javax.script.ScriptEngine engine) {
        javax.script.Bindings globals = engine.getBindings(javax.script.ScriptContext.ENGINE_SCOPE);
        globals.put("inputs", inputs);
        globals.put("timing", timing);
        api.bind(globals);
        globals.put("__octoseqKeys", new HostKeys());
        try {
            engine.eval(KEYS_SHIM);
        } catch (javax.script.ScriptException e) {
            throw new IllegalStateException("the Object.keys shim does not compile: " + e.getMessage(), e);
        } finally {
            globals.remove("__octoseqKeys");
        }
    }

    private static final String KEYS_SHIM = """
            (function (host) {
              var own = Object.keys;
              Object.defineProperty(Object, 'keys', {writable: true, configurable: true, value: function keys(o) {
                var k = host.keysOf(o);
                if (k === null) return own(o);
                var out = [];
                for (var i = 0; i < k.length; i++) out.push(k[i]);
                return out;
              }});
            })(__octoseqKeys);
            """;

    /** Lists the keys of a host object for the {@code Object.keys} shim; {@code null} for anything else. */
    public static final class HostKeys {
        public String[] keysOf(Object o) {
            if (o instanceof ReadOnlyObject r) {
                return r.keySet().toArray(new String[0]);
            }
            return o instanceof ApiObject a ? a.keySet().toArray(new String[0]) : null;
        }
    }

    /** The {@code inputs} global. */
    public Object inputs() {
        return inputs;
    }

    /** The {@code timing} global. */
    public Object timing() {
        return timing;
    }

    /** Rebuilds the tree when {@code snapshot} is newer than the one in use. */
    public void update(Namespace snapshot) {
        if (snapshot.version() == version) {
            return;
        }
        gridKnown = !snapshot.beatGrid().isEmpty();
        grid = snapshot.beatGrid();
        version = snapshot.version();
        Map<String, Object> top = new LinkedHashMap<>();
        top.put("mix", snapshot.mix().map(this::source).orElseGet(this::emptyMix));
        top.put("stems", collection("inputs.stems", snapshot.stems(), SourceEntry::id, SourceEntry::label, this::source));
        top.put("customSignals", collection("inputs.customSignals", snapshot.customSignals(),
                CustomSignalEntry::id, CustomSignalEntry::name, c -> signal(InputRef.custom(c.id()))));
        top.put("customEvents", collection("inputs.customEvents", snapshot.customEvents(),
                CustomEventEntry::id, CustomEventEntry::name, c -> events(c.events())));
        top.put("composedSignals", collection("inputs.composedSignals", snapshot.composedSignals(),
                ComposedSignalEntry::name, ComposedSignalEntry::name, c -> signal(InputRef.composed(c.name()))));
        inputMembers = top;
    }

    private Object emptyMix() {
        return source(new SourceEntry("mix", "Mix", "mix", 0, Map.of(), Map.of(), List.of()));
    }

    private Object source(SourceEntry s) {
        boolean isMix = "mix".equals(s.kind());
        String path = isMix ? "inputs.mix" : "inputs.stems[\"" + s.label() + "\"]";
        Map<String, Object> m = new LinkedHashMap<>();
        s.signals().keySet().forEach(name ->
                m.put(name, signal(isMix ? InputRef.mix(name) : InputRef.stem(s.id(), name))));
        if (!isMix) {
            m.put("label", s.label());
        }
        putEvents(m, s.events());
        m.put("bands", collection(path + ".bands", s.bands(), BandEntry::id, BandEntry::label, this::band));
        return new MapObject(path, m, RENAMED_MEMBERS, warnings);
    }

    private Object band(BandEntry b) {
        Map<String, Object> m = new LinkedHashMap<>();
        b.signals().keySet().forEach(name -> m.put(name, signal(InputRef.band(b.id(), name))));
        putEvents(m, b.events());
        return new MapObject("bands[\"" + b.label() + "\"]", m, RENAMED_MEMBERS, warnings);
    }

    private void putEvents(Map<String, Object> members, Map<String, EventStream> streams) {
        streams.forEach((name, stream) -> members.put(name, events(stream)));
        EVENT_MEMBERS.forEach(name -> members.putIfAbsent(name, events(EventStream.empty())));
    }

    /** A stream as scripts see it: events without beat information placed on the snapshot's grid. */
    private Object events(EventStream stream) {
        return api.toScript(stream.withBeatsFrom(grid));
    }

    private Object signal(InputRef ref) {
        return signals.computeIfAbsent(ref, r -> api.toScript(Signal.input(r)));
    }

    /**
     * A collection keyed by label and by id (both give the same object). Items are listed label first; an id
     * always wins over another item's equal label; of two equal labels the first item keeps it.
     */
    private <T> Object collection(String path, List<T> items, Function<T, String> id, Function<T, String> label,
                                  Function<T, Object> view) {
        Map<String, Object> byKey = new LinkedHashMap<>();
        Map<String, Object> ids = new HashMap<>();
        for (T item : items) {
            ids.put(id.apply(item), view.apply(item));
        }
        for (T item : items) {
            Object v = ids.get(id.apply(item));
            String l = label.apply(item);
            if (!ids.containsKey(l) || ids.get(l) == v) {
                if (byKey.containsKey(l) && byKey.get(l) != v) {
                    warnings.accept(path + ": two items are labelled '" + l + "'; the first keeps the label, use the id '"
                            + id.apply(item) + "' for the other");
                } else {
                    byKey.put(l, v);
                }
            }
            byKey.put(id.apply(item), v);
        }
        return new MapObject(path, byKey, warnings);
    }
}
