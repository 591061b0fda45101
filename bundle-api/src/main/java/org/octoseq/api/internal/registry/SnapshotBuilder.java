package org.octoseq.api.internal.registry;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.octoseq.api.namespace.BandEntry;
import org.octoseq.api.namespace.ComposedSignalEntry;
import org.octoseq.api.namespace.CustomEventEntry;
import org.octoseq.api.namespace.CustomSignalEntry;
import org.octoseq.api.namespace.Diagnostic;
import org.octoseq.api.namespace.Namespace;
import org.octoseq.api.namespace.SourceEntry;
import org.octoseq.api.source.AudioSourceAnalysis;
import org.octoseq.api.source.BandAnalysis;
import org.octoseq.api.signal.SampledSignal;
import org.octoseq.api.source.BeatGridProvider;
import org.octoseq.api.source.ComposedSignalProvider;
import org.octoseq.api.source.CustomEventProvider;
import org.octoseq.api.source.CustomSignalProvider;
import org.octoseq.api.source.ExtraSignals;
import org.octoseq.api.time.BeatGrid;

/**
 * Turns the set of live provider services into one consistent namespace snapshot. Custom event streams are
 * placed on the active beat grid here (their events' {@code beat_position} and {@code beat_phase}), so they follow
 * whichever grid is in force.
 */
final class SnapshotBuilder {

    private static final Comparator<Provided> BY_RANK =
            Comparator.comparingInt(Provided::ranking).reversed().thenComparingLong(Provided::serviceId);

    Namespace build(long version, List<Provided> all) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        List<Provided> sorted = new ArrayList<>(all);
        sorted.sort(BY_RANK);

        Provided mixProvider = null;
        List<Provided> stemProviders = new ArrayList<>();
        List<Provided> bandProviders = new ArrayList<>();
        List<CustomSignalEntry> customSignals = new ArrayList<>();
        List<CustomEventEntry> customEvents = new ArrayList<>();
        List<ComposedSignalEntry> composedSignals = new ArrayList<>();
        Set<String> composedNames = new HashSet<>();
        Map<String, Map<String, SampledSignal>> extras = new HashMap<>();
        BeatGrid override = null;
        String overrideSource = null;
        for (Provided p : sorted) {
            if (p.service() instanceof AudioSourceAnalysis) {
                String kind = p.string(AudioSourceAnalysis.PROP_KIND, "");
                if (AudioSourceAnalysis.KIND_MIX.equals(kind)) {
                    if (mixProvider == null) {
                        mixProvider = p;
                    } else {
                        diagnostics.add(warning("two mix analyses are registered; using '"
                                + mixProvider.string(AudioSourceAnalysis.PROP_ID, "mix") + "'"));
                    }
                } else {
                    stemProviders.add(p);
                }
            } else if (p.service() instanceof BandAnalysis) {
                bandProviders.add(p);
            } else if (p.service() instanceof CustomSignalProvider c) {
                String id = p.string(CustomSignalProvider.PROP_ID, null);
                if (id != null) {
                    customSignals.add(new CustomSignalEntry(id, p.string(CustomSignalProvider.PROP_NAME, id), c.signal()));
                }
            } else if (p.service() instanceof CustomEventProvider c) {
                String id = p.string(CustomEventProvider.PROP_ID, null);
                if (id != null) {
                    customEvents.add(new CustomEventEntry(id, p.string(CustomEventProvider.PROP_NAME, id), c.events()));
                }
            } else if (p.service() instanceof ComposedSignalProvider c) {
                String name = p.string(ComposedSignalProvider.PROP_NAME, null);
                if (name == null) {
                    diagnostics.add(warning("a composed signal has no " + ComposedSignalProvider.PROP_NAME + " property; ignored"));
                } else if (!composedNames.add(name)) {
                    diagnostics.add(warning("two composed signals are named '" + name + "'; the first one is used"));
                } else {
                    composedSignals.add(new ComposedSignalEntry(name, c.signal()));
                }
            } else if (p.service() instanceof ExtraSignals x) {
                Map<String, SampledSignal> into = extras.computeIfAbsent(
                        p.string(ExtraSignals.PROP_SOURCE, AudioSourceAnalysis.KIND_MIX), k -> new LinkedHashMap<>());
                x.signals().forEach(into::putIfAbsent);
            } else if (p.service() instanceof BeatGridProvider g && override == null) {
                override = g.beatGrid();
                overrideSource = p.string(BeatGridProvider.PROP_SOURCE, "a beat grid provider");
            }
        }

        String mixId = mixProvider == null ? AudioSourceAnalysis.KIND_MIX
                : mixProvider.string(AudioSourceAnalysis.PROP_ID, AudioSourceAnalysis.KIND_MIX);
        Map<String, List<BandEntry>> bandsBySource = bands(bandProviders, mixId, diagnostics);

        if (extras.containsKey(mixId) && !mixId.equals(AudioSourceAnalysis.KIND_MIX)) {
            extras.computeIfAbsent(AudioSourceAnalysis.KIND_MIX, k -> new LinkedHashMap<>()).putAll(extras.remove(mixId));
        }
        SourceEntry mix = null;
        BeatGrid grid = BeatGrid.NONE;
        if (mixProvider != null) {
            AudioSourceAnalysis a = (AudioSourceAnalysis) mixProvider.service();
            mix = new SourceEntry(mixId, mixProvider.string(AudioSourceAnalysis.PROP_LABEL, mixId),
                    AudioSourceAnalysis.KIND_MIX, a.durationSec(), withExtras(a.signals(), extras.get(AudioSourceAnalysis.KIND_MIX)),
                    a.events(), bandsBySource.getOrDefault(AudioSourceAnalysis.KIND_MIX, List.of()));
            grid = a.beatGrid().orElse(BeatGrid.NONE);
        }
        String gridSource = grid.isEmpty() ? Namespace.NO_GRID : "detected in the mix";
        if (override != null) {
            gridSource = overrideSource + (grid.isEmpty() ? "" : " (outranks the grid detected in the mix)");
            grid = override;
        }
        List<SourceEntry> stems = new ArrayList<>();
        Set<String> stemIds = new HashSet<>();
        for (Provided p : stemProviders) {
            String id = p.string(AudioSourceAnalysis.PROP_ID, null);
            if (id == null) {
                diagnostics.add(warning("a stem analysis has no " + AudioSourceAnalysis.PROP_ID + " property; ignored"));
                continue;
            }
            if (!stemIds.add(id)) {
                diagnostics.add(warning("two stems have the id '" + id + "'; the first one is used"));
                continue;
            }
            AudioSourceAnalysis a = (AudioSourceAnalysis) p.service();
            stems.add(new SourceEntry(id, p.string(AudioSourceAnalysis.PROP_LABEL, id), AudioSourceAnalysis.KIND_STEM,
                    a.durationSec(), withExtras(a.signals(), extras.get(id)), a.events(),
                    bandsBySource.getOrDefault(id, List.of())));
        }
        stems.sort(Comparator.comparing(SourceEntry::label).thenComparing(SourceEntry::id));
        for (String source : bandsBySource.keySet()) {
            boolean loaded = source.equals(AudioSourceAnalysis.KIND_MIX) ? mix != null : stemIds.contains(source);
            if (!loaded) {
                diagnostics.add(warning("band(s) " + bandsBySource.get(source).stream().map(BandEntry::id).toList()
                        + " belong to source '" + source + "', which is not loaded; they are not visible"));
            }
        }
        customSignals.sort(Comparator.comparing(CustomSignalEntry::name).thenComparing(CustomSignalEntry::id));
        customEvents.sort(Comparator.comparing(CustomEventEntry::name).thenComparing(CustomEventEntry::id));
        BeatGrid active = grid;
        List<CustomEventEntry> placed = customEvents.stream()
                .map(c -> new CustomEventEntry(c.id(), c.name(), c.events().placedOn(active))).toList();
        composedSignals.sort(Comparator.comparing(ComposedSignalEntry::name));
        return new Namespace(version, mix, stems, customSignals, placed, composedSignals, grid, gridSource, diagnostics);
    }

    /** A source's own signals followed by the extras it does not have itself. */
    private static Map<String, SampledSignal> withExtras(Map<String, SampledSignal> own, Map<String, SampledSignal> extra) {
        if (extra == null || extra.isEmpty()) {
            return own;
        }
        Map<String, SampledSignal> all = new LinkedHashMap<>(own);
        extra.forEach(all::putIfAbsent);
        return all;
    }

    /** Bands grouped by source id; the mix's own id and "mix" both mean the mix. */
    private static Map<String, List<BandEntry>> bands(List<Provided> providers, String mixId, List<Diagnostic> diagnostics) {
        Map<String, List<BandEntry>> out = new HashMap<>();
        Set<String> ids = new HashSet<>();
        for (Provided p : providers) {
            String id = p.string(BandAnalysis.PROP_ID, null);
            String source = p.string(BandAnalysis.PROP_SOURCE, AudioSourceAnalysis.KIND_MIX);
            if (id == null || !ids.add(id)) {
                diagnostics.add(warning(id == null ? "a band analysis has no " + BandAnalysis.PROP_ID + " property; ignored"
                        : "two bands have the id '" + id + "'; the first one is used"));
                continue;
            }
            if (source.equals(mixId)) {
                source = AudioSourceAnalysis.KIND_MIX;
            }
            BandAnalysis b = (BandAnalysis) p.service();
            out.computeIfAbsent(source, k -> new ArrayList<>())
                    .add(new BandEntry(id, p.string(BandAnalysis.PROP_LABEL, id), source, b.signals(), b.events()));
        }
        out.values().forEach(l -> l.sort(Comparator.comparing(BandEntry::label).thenComparing(BandEntry::id)));
        return out;
    }

    private static Diagnostic warning(String message) {
        return Diagnostic.of(Diagnostic.Kind.WARNING, Diagnostic.Phase.NAMESPACE, message);
    }
}
