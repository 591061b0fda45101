package org.octoseq.mir.project;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.octoseq.mir.analysis.BandRange;
import org.octoseq.mir.analysis.FeatureSet;
import org.octoseq.mir.analysis.TrackAnalysis;
import org.octoseq.mir.analysis.TrackAnalyzer;
import org.octoseq.mir.cache.AnalysisCache;
import org.octoseq.mir.cache.ContentHash;
import org.octoseq.mir.decode.AudioDecodeException;
import org.octoseq.mir.decode.AudioDecoder;
import org.octoseq.mir.decode.DecodedAudio;
import org.octoseq.mir.precomputed.PrecomputedAnalysis;

/**
 * Analyses one source and some of its bands, through the cache: the file is hashed, whatever the cache holds
 * for that hash is loaded, and the file is decoded and analysed only for what is missing (which is then
 * stored). Stateless apart from its collaborators; runs on a worker thread.
 */
final class SourceJob {

    /** The outcome: the source's analysis (when asked for) and each band's, by band id. */
    record Result(AnalysedSource source, Map<String, AnalysedBand> bands) { }

    private final AudioDecoder decoder;
    private final TrackAnalyzer analyzer;
    private final AnalysisCache cache;
    private final java.util.function.Consumer<String> console;

    SourceJob(AudioDecoder decoder, TrackAnalyzer analyzer, AnalysisCache cache,
            java.util.function.Consumer<String> console) {
        this.decoder = decoder;
        this.analyzer = analyzer;
        this.cache = cache;
        this.console = console;
    }

    /**
     * @param withSource whether the source itself is wanted (false when only bands were added)
     * @throws AudioDecodeException when the file cannot be read or decoded
     */
    Result run(SourceSpec spec, boolean withSource, List<BandSpec> bands) throws AudioDecodeException {
        if (PrecomputedAnalysis.isPrecomputed(spec.file())) {
            return precomputed(spec, withSource, bands);
        }
        String hash;
        try {
            hash = ContentHash.of(spec.file());
        } catch (IOException e) {
            decoder.decode(spec.file()); // throws the decoder's own words for a missing or unreadable file
            throw new AudioDecodeException(spec.file(), "cannot be read (" + e.getMessage() + ")", e);
        }
        Optional<AnalysisCache.SourceEntry> cached = withSource ? cache.loadSource(hash) : Optional.empty();
        Map<String, AnalysedBand> out = new LinkedHashMap<>();
        List<BandSpec> missing = new ArrayList<>();
        for (BandSpec b : bands) {
            cache.loadBand(hash, b.range()).ifPresentOrElse(f -> out.put(b.id(), AnalysedBand.of(f)),
                    () -> missing.add(b));
        }
        List<BandRange> ranges = missing.stream().map(BandSpec::range).toList();
        AnalysedSource source = null;
        if (withSource && cached.isPresent()) {
            source = AnalysedSource.of(cached.get().durationSec(), cached.get().features());
        }
        if ((withSource && cached.isEmpty()) || !missing.isEmpty()) {
            DecodedAudio audio = decoder.decode(spec.file());
            List<FeatureSet> bandFeatures;
            if (withSource && cached.isEmpty()) {
                TrackAnalysis a = analyzer.analyse(audio, ranges);
                source = AnalysedSource.of(a.durationSec(), a.source());
                store(() -> cache.storeSource(hash,
                        new AnalysisCache.SourceEntry(a.durationSec(), a.sampleRate(), a.source())), spec);
                bandFeatures = a.bands();
            } else {
                bandFeatures = analyzer.analyseBands(analyzer.prepare(audio), ranges);
            }
            for (int i = 0; i < missing.size(); i++) {
                BandSpec b = missing.get(i);
                FeatureSet f = bandFeatures.get(i);
                out.put(b.id(), AnalysedBand.of(f));
                store(() -> cache.storeBand(hash, b.range(), f), spec);
            }
        }
        return new Result(source, out);
    }

    /** A source whose analysis is a file: served as it is, no decoding, no cache. */
    private Result precomputed(SourceSpec spec, boolean withSource, List<BandSpec> bands) throws AudioDecodeException {
        PrecomputedAnalysis stored;
        try {
            stored = PrecomputedAnalysis.read(spec.file());
        } catch (IOException e) {
            throw new AudioDecodeException(spec.file(), "is not a usable precomputed analysis (" + e.getMessage() + ")", e);
        }
        Map<String, AnalysedBand> out = new LinkedHashMap<>();
        for (BandSpec b : bands) {
            stored.band(b).ifPresentOrElse(a -> out.put(b.id(), a), () -> console.accept("octoseq: band '" + b.id()
                    + "' is not in the precomputed analysis " + spec.display() + "; it has no data"));
        }
        return new Result(withSource ? stored.analysis() : null, out);
    }

    private interface Store {
        void run() throws IOException;
    }

    private void store(Store s, SourceSpec spec) {
        try {
            s.run();
        } catch (IOException e) {
            console.accept("octoseq: cannot cache the analysis of " + spec.display() + " (" + e.getMessage() + ")");
        }
    }
}
