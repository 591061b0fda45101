package org.octoseq.mir.analysis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.octoseq.api.signal.Event;
import org.octoseq.api.signal.EventStream;
import org.octoseq.api.signal.SampledSignal;
import org.octoseq.mir.concurrent.Parallelism;
import org.octoseq.mir.decode.DecodedAudio;
import org.octoseq.mir.decode.Resampler;
import org.octoseq.mir.feature.EnergyEnvelope;
import org.octoseq.mir.feature.RangeFeatures;
import org.octoseq.mir.feature.SpectralFeatures;
import org.octoseq.mir.onset.OnsetPeakPicker;
import org.octoseq.mir.spectral.FrequencyRange;
import org.octoseq.mir.spectral.SpectrumTransform;
import org.octoseq.mir.tempo.TempoAnalysis;
import org.octoseq.mir.tempo.TempoTracker;

/**
 * The standard whole-track analysis: resample to the analysis rate, one STFT pass for the whole spectrum and
 * every band, then per range the four signals, onset peaks, tempo and beats. The source's {@code energy} is
 * the time-domain RMS ({@link EnergyEnvelope}); a band's is the RMS of its part of the spectrum. Thread-safe
 * (each call creates its own FFTs). With {@link #withParallelism} one analysis spreads its resampling, its
 * STFT frames and its ranges' tempo tracking over several threads; the results are the same.
 */
public final class TrackAnalyzer {

    private final AnalysisParameters params;
    private final Supplier<SpectrumTransform> transforms;
    private final Parallelism parallelism;

    /**
     * @param transforms makes an FFT of {@code params.frameSize()} samples for each analysis
     */
    public TrackAnalyzer(AnalysisParameters params, Supplier<SpectrumTransform> transforms) {
        this(params, transforms, Parallelism.SERIAL);
    }

    private TrackAnalyzer(AnalysisParameters params, Supplier<SpectrumTransform> transforms, Parallelism parallelism) {
        this.params = params;
        this.transforms = transforms;
        this.parallelism = parallelism;
    }

    /** This analysis, spreading each call's work over {@code parallelism}. */
    public TrackAnalyzer withParallelism(Parallelism parallelism) {
        return new TrackAnalyzer(params, transforms, parallelism);
    }

    /** The standard analysis with the faster of the two FFTs measured (see {@code docs/benchmarks.md}). */
    public static TrackAnalyzer standard() {
        AnalysisParameters p = AnalysisParameters.STANDARD;
        return new TrackAnalyzer(p, () -> FftChoice.create(p.frameSize()));
    }

    public AnalysisParameters parameters() {
        return params;
    }

    /** The audio at the analysis rate. */
    public float[] prepare(DecodedAudio audio) {
        int from = Math.round(audio.sampleRate());
        return new Resampler(from, params.sampleRate()).process(audio.samples(), parallelism);
    }

    /** Analyses {@code audio} and each of {@code bands}. */
    public TrackAnalysis analyse(DecodedAudio audio, List<BandRange> bands) {
        float[] x = prepare(audio);
        List<FeatureSet> all = analyseRanges(x, bands, true);
        return new TrackAnalysis(audio.durationSec(), audio.sampleRate(), all.get(0), all.subList(1, all.size()));
    }

    /** Analyses only {@code bands} of audio already at the analysis rate (for bands added later). */
    public List<FeatureSet> analyseBands(float[] analysisRateAudio, List<BandRange> bands) {
        return analyseRanges(analysisRateAudio, bands, false);
    }

    private List<FeatureSet> analyseRanges(float[] x, List<BandRange> bands, boolean withSource) {
        SpectralFeatures spectral = new SpectralFeatures(transforms, params.sampleRate(), params.frameRate());
        List<FrequencyRange> ranges = new ArrayList<>();
        if (withSource) {
            ranges.add(spectral.fullRange());
        }
        for (BandRange b : bands) {
            ranges.add(spectral.range(b.lowHz(), Math.min(b.highHz(), params.sampleRate() / 2.0)));
        }
        List<RangeFeatures> features = spectral.compute(x, ranges, parallelism);
        double duration = x.length / (double) params.sampleRate();
        double rate = params.frameRate();
        int n = features.size();
        // per range three independent jobs (the source's time-domain energy, the tempo, the onset peaks), spread
        // over the threads together: one range alone still keeps two cores busy
        float[][] energy = new float[n][];
        TempoAnalysis[] tempo = new TempoAnalysis[n];
        List<List<Event>> peaks = new ArrayList<>(Collections.nCopies(n, null));
        parallelism.split(3 * n, 1, (from, to) -> {
            for (int job = from; job < to; job++) {
                int i = job / 3; // a range's jobs side by side: halves of the list hold halves of the tempo jobs
                RangeFeatures f = features.get(i);
                switch (job % 3) {
                    case 0 -> tempo[i] = new TempoTracker(rate, parallelism).analyse(f.onset(), duration);
                    case 1 -> peaks.set(i, new OnsetPeakPicker().pick(f.onset(), rate));
                    default -> energy[i] = withSource && i == 0
                            ? EnergyEnvelope.rms(x, params.sampleRate(), rate, f.energy().length)
                            : f.energy();
                }
            }
        });
        List<FeatureSet> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(featureSet(features.get(i), energy[i], tempo[i], peaks.get(i)));
        }
        return out;
    }

    private FeatureSet featureSet(RangeFeatures f, float[] energy, TempoAnalysis tempo, List<Event> peaks) {
        double rate = params.frameRate();
        Map<String, SampledSignal> signals = new LinkedHashMap<>();
        signals.put(FeatureSet.ENERGY, new SampledSignal(rate, energy));
        signals.put(FeatureSet.CENTROID, new SampledSignal(rate, f.centroid()));
        signals.put(FeatureSet.FLUX, new SampledSignal(rate, f.flux()));
        signals.put(FeatureSet.ONSET, new SampledSignal(rate, f.onset()));
        Map<String, EventStream> events = new LinkedHashMap<>();
        events.put(FeatureSet.BEAT_CANDIDATES, EventStream.of(tempo.beats()));
        events.put(FeatureSet.ONSET_PEAKS, EventStream.of(peaks));
        return new FeatureSet(signals, events, tempo);
    }
}
