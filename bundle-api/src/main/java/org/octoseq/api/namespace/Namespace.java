package org.octoseq.api.namespace;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.octoseq.api.signal.InputRef;
import org.octoseq.api.signal.InputResolver;
import org.octoseq.api.signal.SampledSignal;
import org.octoseq.api.signal.Signal;
import org.octoseq.api.time.BeatGrid;

/**
 * An immutable picture of everything a script can read, as of one moment: the mix, the stems, their bands,
 * custom signals and events, the active beat grid, and the diagnostics found while building it.
 *
 * <p>It is also the {@link InputResolver} of the frames evaluated against it.
 */
public final class Namespace implements InputResolver {

    private final long version;
    private final SourceEntry mix;
    private final List<SourceEntry> stems;
    private final List<CustomSignalEntry> customSignals;
    private final List<CustomEventEntry> customEvents;
    private final BeatGrid beatGrid;
    private final List<Diagnostic> diagnostics;
    private final Map<InputRef, Signal> inputs = new HashMap<>();

    /**
     * @param version       grows by one with every snapshot a registry publishes
     * @param mix           the mixdown, or {@code null} while none is analysed
     * @param stems         stems ordered by label then id
     * @param customSignals custom signals ordered by name then id
     * @param customEvents  custom event streams ordered by name then id
     * @param beatGrid      the active grid ({@link BeatGrid#NONE} for the virtual 120 BPM grid)
     * @param diagnostics   problems found while building (duplicate labels, bands without a source…)
     */
    public Namespace(long version, SourceEntry mix, List<SourceEntry> stems, List<CustomSignalEntry> customSignals,
                     List<CustomEventEntry> customEvents, BeatGrid beatGrid, List<Diagnostic> diagnostics) {
        this.version = version;
        this.mix = mix;
        this.stems = List.copyOf(stems);
        this.customSignals = List.copyOf(customSignals);
        this.customEvents = List.copyOf(customEvents);
        this.beatGrid = beatGrid;
        this.diagnostics = List.copyOf(diagnostics);
        if (mix != null) {
            index(InputRef.Scope.MIX, null, mix.signals());
            mix.bands().forEach(b -> index(InputRef.Scope.BAND, b.id(), b.signals()));
        }
        for (SourceEntry stem : this.stems) {
            index(InputRef.Scope.STEM, stem.id(), stem.signals());
            stem.bands().forEach(b -> index(InputRef.Scope.BAND, b.id(), b.signals()));
        }
        for (CustomSignalEntry c : this.customSignals) {
            inputs.put(InputRef.custom(c.id()), c.signal());
        }
    }

    /** A snapshot with nothing in it. */
    public static Namespace empty(long version) {
        return new Namespace(version, null, List.of(), List.of(), List.of(), BeatGrid.NONE, List.of());
    }

    private void index(InputRef.Scope scope, String key, Map<String, SampledSignal> signals) {
        signals.forEach((name, data) -> inputs.put(new InputRef(scope, key, name), Signal.sampled(data)));
    }

    public long version() {
        return version;
    }

    public Optional<SourceEntry> mix() {
        return Optional.ofNullable(mix);
    }

    public List<SourceEntry> stems() {
        return stems;
    }

    /** The stem with this id, or else with this label. */
    public Optional<SourceEntry> stem(String idOrLabel) {
        return find(stems, idOrLabel, SourceEntry::id, SourceEntry::label);
    }

    public List<CustomSignalEntry> customSignals() {
        return customSignals;
    }

    public List<CustomEventEntry> customEvents() {
        return customEvents;
    }

    public BeatGrid beatGrid() {
        return beatGrid;
    }

    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    @Override
    public Signal resolve(InputRef ref) {
        return inputs.get(ref);
    }

    /** A snapshot never changes, so evaluation may remember what each input resolved to while it is current. */
    @Override
    public boolean isSnapshot() {
        return true;
    }

    /** The mix's length in seconds ({@code NaN} while no mix is analysed): the track of every script frame. */
    @Override
    public double trackDuration() {
        return mix != null && mix.durationSec() > 0 ? mix.durationSec() : Double.NaN;
    }

    /**
     * A plain tree of the keys a script sees (for {@code octoseq:namespace}, {@code describe} and tests):
     * {@code {version, mix: {signals, events, bands}, stems: {id: {...}}, customSignals: [...], ...}}.
     */
    public Map<String, Object> describe() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("version", version);
        out.put("mix", mix == null ? null : describe(mix));
        Map<String, Object> stemMap = new LinkedHashMap<>();
        stems.forEach(s -> stemMap.put(s.id(), describe(s)));
        out.put("stems", stemMap);
        out.put("customSignals", customSignals.stream().map(c -> Map.of("id", c.id(), "name", c.name())).toList());
        out.put("customEvents", customEvents.stream()
                .map(c -> Map.of("id", c.id(), "name", c.name(), "count", c.events().size())).toList());
        out.put("beatGrid", beatGrid.segments().stream().map(s -> Map.of("startSec", s.startSec(),
                "bpm", s.bpm(), "phaseOffsetSec", s.phaseOffsetSec())).toList());
        out.put("diagnostics", diagnostics.stream().map(Diagnostic::toString).toList());
        return out;
    }

    private static Map<String, Object> describe(SourceEntry s) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", s.id());
        out.put("label", s.label());
        out.put("durationSec", s.durationSec());
        out.put("signals", List.copyOf(s.signals().keySet()));
        out.put("events", List.copyOf(s.events().keySet()));
        Map<String, Object> bands = new LinkedHashMap<>();
        s.bands().forEach(b -> bands.put(b.id(), Map.of("label", b.label(),
                "signals", List.copyOf(b.signals().keySet()), "events", List.copyOf(b.events().keySet()))));
        out.put("bands", bands);
        return out;
    }

    private static <T> Optional<T> find(List<T> items, String key, java.util.function.Function<T, String> id,
                                        java.util.function.Function<T, String> label) {
        for (T item : items) {
            if (id.apply(item).equals(key)) {
                return Optional.of(item);
            }
        }
        for (T item : items) {
            if (label.apply(item).equals(key)) {
                return Optional.of(item);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return "Namespace[v" + version + ", mix=" + (mix != null) + ", stems=" + stems.size()
                + ", customSignals=" + customSignals.size() + ", customEvents=" + customEvents.size() + "]";
    }
}
