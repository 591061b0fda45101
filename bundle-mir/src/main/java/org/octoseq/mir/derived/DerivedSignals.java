package org.octoseq.mir.derived;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import org.octoseq.api.namespace.Diagnostic;
import org.octoseq.api.namespace.Diagnostic.Kind;
import org.octoseq.api.namespace.Diagnostic.Phase;
import org.octoseq.api.signal.SampledSignal;
import org.octoseq.api.signal.Signal;
import org.octoseq.api.source.CustomSignalProvider;
import org.octoseq.api.source.ExtraSignals;
import org.octoseq.mir.analysis.TrackAnalyzer;
import org.octoseq.mir.cqt.CqtFeatures;
import org.octoseq.mir.custom.CustomSignalComputer;
import org.octoseq.mir.custom.CustomSignalDefinition;
import org.octoseq.mir.custom.SourceSpectra;
import org.octoseq.mir.decode.AudioDecodeException;
import org.octoseq.mir.decode.AudioDecoder;
import org.octoseq.mir.precomputed.PrecomputedAnalysis;
import org.octoseq.mir.precomputed.SignalFiles;
import org.octoseq.mir.project.FileStamp;
import org.octoseq.mir.project.Registrations;
import org.octoseq.mir.project.ShowPart;
import org.octoseq.mir.project.SourceSpec;
import org.octoseq.mir.search.SearchDefinition;
import org.octoseq.mir.search.SearchFeatures;
import org.octoseq.mir.search.SimilaritySearch;

/**
 * The signals a show computes from its audio beside the standard analysis: {@code project.json} {@code customSignals}
 * ({@link CustomSignalProvider}s, {@code inputs.customSignals[id|name]}), the mix's CQT features ({@code harmonic},
 * {@code bassMotion}, {@code tonal}) and, when {@code project.json} has a {@code search}, the mix's
 * {@code searchSimilarity} (both {@link ExtraSignals} of the mix).
 *
 * <p>Each apply works out what changed (a definition, or the audio file of its source) and queues one task per source
 * that decodes the audio once and computes everything that source needs from one {@link SourceSpectra}. A result is
 * published only if it is still wanted when it is ready; until then the previous version stays. A renamed signal is
 * republished without computing it again, a removed one withdrawn at once, and a moved search segment recomputed from
 * features kept from the last run. Precomputed custom signals ({@code file}) are read during the apply.
 */
public final class DerivedSignals implements ShowPart {

    /** A computed result and how to withdraw it. */
    private record Published(Object key, String name, SampledSignal data, Runnable withdraw) { }

    /** A published custom signal: what it was computed from, its name and its values. */
    private record Result(Object key, String name, SampledSignal data) { }

    /** What one source's task computes; the keys are what was wanted when it was queued. */
    private static final class Work {
        final SourceSpec source;
        final Path root;
        final Map<String, CustomSignalDefinition> custom = new LinkedHashMap<>();
        final Map<String, Object> customKeys = new HashMap<>();
        Object featuresKey;
        SearchDefinition search;
        Object searchKey;

        Work(SourceSpec source, Path root) {
            this.source = source;
            this.root = root;
        }
    }

    private record CustomProvider(Signal signal) implements CustomSignalProvider { }

    private record Extras(Map<String, SampledSignal> signals) implements ExtraSignals { }

    private final Context context;
    private final AtomicInteger decodes = new AtomicInteger();
    private final AudioDecoder decoder = new AudioDecoder();
    private final TrackAnalyzer analyzer = TrackAnalyzer.standard();
    /** Guarded by this: what is wanted now, by id (custom) or for the mix features and search. */
    private final Map<String, Object> wantedCustom = new HashMap<>();
    private Object wantedFeatures;
    private Object wantedSearch;
    /** Guarded by this. */
    private final Registrations<Result> custom = new Registrations<>();
    private Published features;
    private Published search;
    /** The search features of the mix as last computed, for the stamp of the audio they came from. */
    private SearchFeatures searchFeatures;
    private FileStamp searchFeaturesStamp;
    private int searchFrames;
    /** Guarded by this: the keys of results a queued task is computing, so a repeated apply does not queue them twice. */
    private final java.util.Set<Object> queued = new java.util.HashSet<>();
    private boolean closed;

    public DerivedSignals(Context context) {
        this.context = context;
    }

    @Override
    public synchronized List<Runnable> apply(Show show) {
        if (closed) {
            return List.of();
        }
        Map<String, Work> work = new LinkedHashMap<>();
        applyCustom(show, work);
        applyMix(show, work);
        List<Runnable> tasks = new ArrayList<>();
        work.values().forEach(w -> tasks.add(() -> run(w)));
        return tasks;
    }

    private void applyCustom(Show show, Map<String, Work> work) {
        Map<String, CustomSignalDefinition> defs = new LinkedHashMap<>();
        for (CustomSignalDefinition d : show.project().customSignals()) {
            if (defs.putIfAbsent(d.id(), d) != null) {
                warn("custom signal id '" + d.id() + "' is used twice; the second is left out");
            }
        }
        custom.retain(defs.keySet());
        wantedCustom.keySet().retainAll(defs.keySet());
        for (CustomSignalDefinition d : defs.values()) {
            if (d.precomputed()) {
                Path file = show.root().resolve(d.file()).normalize();
                Object key = List.of(withoutName(d), FileStamp.of(file));
                wantedCustom.put(d.id(), key);
                if (!republishedIfKnown(d, key)) {
                    SampledSignal data = SignalFiles.read(file, "custom signal '" + d.id() + "'", context);
                    if (data != null) {
                        publishCustom(d.id(), d.nameOrId(), key, data);
                    }
                }
                continue;
            }
            SourceSpec source = show.source(d.sourceOrMix()).orElse(null);
            if (source == null || PrecomputedAnalysis.isPrecomputed(source.file())) {
                warn("custom signal '" + d.id() + "' is left out: "
                        + (source == null ? "the show has no source '" + d.sourceOrMix() + "'"
                        : "its source '" + source.id() + "' is a precomputed analysis, which has no audio to compute from"));
                withdrawCustom(d.id());
                continue;
            }
            Object key = List.of(withoutName(d), FileStamp.of(source.file()));
            wantedCustom.put(d.id(), key);
            if (!republishedIfKnown(d, key) && queued.add(key)) {
                Work w = work.computeIfAbsent(source.id(), k -> new Work(source, show.root()));
                w.custom.put(d.id(), d);
                w.customKeys.put(d.id(), key);
            }
        }
    }

    private void applyMix(Show show, Map<String, Work> work) {
        SourceSpec mix = show.mix();
        boolean audio = !PrecomputedAnalysis.isPrecomputed(mix.file());
        FileStamp stamp = FileStamp.of(mix.file());
        wantedFeatures = audio ? stamp : null;
        if (!audio) {
            features = withdraw(features);
        } else if ((features == null || !features.key().equals(stamp)) && queued.add(stamp)) {
            Work w = work.computeIfAbsent(mix.id(), k -> new Work(mix, show.root()));
            w.featuresKey = stamp;
        }
        SearchDefinition def = show.project().search();
        if (def != null && !audio) {
            warn("search is left out: the mix is a precomputed analysis, which has no audio to search");
        }
        wantedSearch = def != null && audio ? List.of(def, stamp) : null;
        if (wantedSearch == null) {
            search = withdraw(search);
        } else if (search == null || !search.key().equals(wantedSearch)) {
            if (searchFeatures != null && stamp.equals(searchFeaturesStamp)) {
                checkSegment(def, searchFrames / analyzer.parameters().frameRate());
                publishSearch(wantedSearch, SimilaritySearch.curve(searchFeatures, def.startSec(), def.endSec(),
                        searchFrames, analyzer.parameters().frameRate()));
            } else if (queued.add(wantedSearch)) {
                Work w = work.computeIfAbsent(mix.id(), k -> new Work(mix, show.root()));
                w.search = def;
                w.searchKey = wantedSearch;
            }
        }
    }

    /** Republishes a known result under a new name; whether the result for {@code key} was known. */
    private boolean republishedIfKnown(CustomSignalDefinition d, Object key) {
        Result p = custom.get(d.id());
        if (p == null || !p.key().equals(key)) {
            return false;
        }
        if (!p.name().equals(d.nameOrId())) {
            publishCustom(d.id(), d.nameOrId(), key, p.data());
        }
        return true;
    }

    private void run(Work w) {
        try {
            compute(w);
        } finally {
            synchronized (this) {
                queued.removeAll(w.customKeys.values());
                queued.remove(w.featuresKey);
                queued.remove(w.searchKey);
            }
        }
    }

    private void compute(Work w) {
        // custom signals and the CQT features come from the show's cache when it has them for this very audio
        CachedSignals cache = CachedSignals.open(w.root, w.source.file(), analyzer.parameters(), context.console());
        Map<String, SampledSignal> customFromCache = new HashMap<>();
        w.custom.forEach((id, d) -> cache.load(customKey(d)).map(m -> m.get(id)).ifPresent(v -> customFromCache.put(id, v)));
        Map<String, SampledSignal> featuresFromCache = w.featuresKey == null ? null : cache.load(FEATURES_KEY).orElse(null);
        SampledSignal searchFromCache = w.search == null ? null
                : cache.load(searchKey(w.search)).map(m -> m.get(SimilaritySearch.NAME)).orElse(null);
        boolean decode = (w.search != null && searchFromCache == null) || customFromCache.size() < w.custom.size()
                || (w.featuresKey != null && featuresFromCache == null);
        SourceSpectra spectra = null;
        if (decode) {
            decodes.incrementAndGet();
            try {
                spectra = new SourceSpectra(analyzer.prepare(decoder.decode(w.source.file())), analyzer.parameters());
            } catch (AudioDecodeException e) {
                report(Kind.HOST_ERROR, "signals of " + w.source.display() + " not computed: cannot decode it: " + e.reason());
                return;
            }
        }
        SourceSpectra computed = spectra;
        w.custom.forEach((id, d) -> {
            SampledSignal data = customFromCache.get(id);
            if (data == null) {
                data = CustomSignalComputer.compute(computed, d);
                cache.store(customKey(d), Map.of(id, data));
            }
            synchronized (this) {
                if (!closed && Objects.equals(wantedCustom.get(id), w.customKeys.get(id))) {
                    publishCustom(id, currentName(id, d), w.customKeys.get(id), data);
                }
            }
        });
        if (w.featuresKey != null) {
            Map<String, SampledSignal> f = featuresFromCache;
            if (f == null) {
                f = CqtFeatures.of(spectra.cqt().values(), spectra.frameRate());
                cache.store(FEATURES_KEY, f);
            }
            synchronized (this) {
                if (!closed && w.featuresKey.equals(wantedFeatures)) {
                    Runnable withdraw = context.publisher().publish(ExtraSignals.class, new Extras(f),
                            Map.of(ExtraSignals.PROP_SOURCE, w.source.id()));
                    withdraw(features);
                    features = new Published(w.featuresKey, "cqt", null, withdraw);
                }
            }
        }
        if (w.search != null && searchFromCache != null) {
            synchronized (this) { // no features kept: a moved segment decodes the mix again
                if (!closed && w.searchKey.equals(wantedSearch)) {
                    checkSegment(w.search, searchFromCache.durationSec());
                    publishSearch(w.searchKey, searchFromCache);
                }
            }
        } else if (w.search != null) {
            SearchFeatures f = SearchFeatures.of(spectra);
            SampledSignal curve = SimilaritySearch.curve(f, w.search.startSec(), w.search.endSec(), spectra.frames(),
                    spectra.frameRate());
            cache.store(searchKey(w.search), Map.of(SimilaritySearch.NAME, curve));
            synchronized (this) {
                searchFeatures = f;
                searchFeaturesStamp = (FileStamp) ((List<?>) w.searchKey).get(1);
                searchFrames = spectra.frames();
                if (!closed && w.searchKey.equals(wantedSearch)) {
                    checkSegment(w.search, spectra.frames() / spectra.frameRate());
                    publishSearch(w.searchKey, curve);
                }
            }
        }
    }

    /** How many times this part has decoded a source (for tests: a show whose results are cached decodes none). */
    int decodes() {
        return decodes.get();
    }

    /** What the CQT features of a source are cached under. */
    private static final String FEATURES_KEY = "cqt features";

    /** What the search curve of a segment is cached under. */
    private static String searchKey(SearchDefinition d) {
        return "search " + d.startSec() + "-" + d.endSec();
    }

    /** What a custom signal is cached under: its whole definition but its name (a rename recomputes nothing). */
    private static String customKey(CustomSignalDefinition d) {
        return "custom " + withoutName(d);
    }

    /** The name the definition has now (it may have been renamed while computing). */
    private String currentName(String id, CustomSignalDefinition computed) {
        Result p = custom.get(id);
        return p != null && Objects.equals(p.key(), wantedCustom.get(id)) ? p.name() : computed.nameOrId();
    }

    private void publishCustom(String id, String name, Object key, SampledSignal data) {
        custom.put(id, new Result(key, name, data), context.publisher().publish(CustomSignalProvider.class,
                new CustomProvider(Signal.sampled(data)),
                Map.of(CustomSignalProvider.PROP_ID, id, CustomSignalProvider.PROP_NAME, name)));
    }

    /** Warns when the search segment reaches beyond the mix (it is cut to the track). */
    private void checkSegment(SearchDefinition def, double mixSeconds) {
        if (def.endSec() > mixSeconds + 0.05) {
            warn(String.format(java.util.Locale.ROOT, "search segment %.2f-%.2f s reaches beyond the end of the mix "
                    + "(%.2f s); only the part within the track is compared", def.startSec(), def.endSec(), mixSeconds));
        }
    }

    private void publishSearch(Object key, SampledSignal curve) {
        Runnable withdraw = context.publisher().publish(ExtraSignals.class,
                new Extras(Map.of(SimilaritySearch.NAME, curve)), Map.of(ExtraSignals.PROP_SOURCE, "mix"));
        withdraw(search);
        search = new Published(key, SimilaritySearch.NAME, curve, withdraw);
    }

    private void withdrawCustom(String id) {
        custom.remove(id);
        wantedCustom.remove(id);
    }

    private static Published withdraw(Published p) {
        if (p != null) {
            p.withdraw().run();
        }
        return null;
    }

    /** The definition with its name left out: what decides the signal's values. */
    private static CustomSignalDefinition withoutName(CustomSignalDefinition d) {
        return new CustomSignalDefinition(d.id(), null, d.source(), d.function(), d.reduction(), d.lowHz(), d.highHz(),
                d.params(), d.file());
    }

    private void warn(String message) {
        context.diagnostics().accept(Diagnostic.of(Kind.WARNING, Phase.PROJECT, message));
        context.console().accept("octoseq: " + message);
    }

    private void report(Kind kind, String message) {
        context.diagnostics().accept(Diagnostic.of(kind, Phase.ANALYSIS, message));
        context.console().accept("octoseq: " + message);
    }

    @Override
    public synchronized void close() {
        closed = true;
        custom.clear();
        features = withdraw(features);
        search = withdraw(search);
        searchFeatures = null;
    }

    @Override
    public String toString() {
        return "custom signals and the mix's CQT features and search";
    }
}
