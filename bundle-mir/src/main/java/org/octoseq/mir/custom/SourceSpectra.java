package org.octoseq.mir.custom;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.octoseq.mir.analysis.AnalysisParameters;
import org.octoseq.mir.cqt.Chroma;
import org.octoseq.mir.cqt.ConstantQ;
import org.octoseq.mir.hpss.Hpss;
import org.octoseq.mir.spectral.FrequencyRange;
import org.octoseq.mir.spectral.JTransformsSpectrum;
import org.octoseq.mir.spectral.Stft;

/**
 * The 2D pictures of one source's audio that custom signals, the mix's CQT features and the search start from,
 * computed on first use and kept while this object lives (one analysis task): the STFT magnitudes (the analysis's own
 * frame grid and window, {@link Stft}), the mel spectrogram, HPSS, MFCC, the CQT and chroma. Every picture has
 * {@link #frames()} rows. Not thread-safe.
 */
public final class SourceSpectra {

    private final float[] audio;
    private final AnalysisParameters params;
    private final Stft stft;
    private final int frames;
    private Spectrogram magnitude;
    private Spectrogram cqt;
    private final Map<Integer, float[][]> melPower = new HashMap<>();
    private final Map<List<Double>, Hpss> hpss = new HashMap<>();

    /** @param audio the source at {@code params.sampleRate()} */
    public SourceSpectra(float[] audio, AnalysisParameters params) {
        this.audio = audio;
        this.params = params;
        this.stft = new Stft(new JTransformsSpectrum(params.frameSize()), params.sampleRate(), params.frameRate());
        this.frames = stft.frameCount(audio.length);
    }

    public int frames() {
        return frames;
    }

    public double frameRate() {
        return params.frameRate();
    }

    public double nyquistHz() {
        return params.sampleRate() / 2.0;
    }

    /** Amplitude per STFT bin (bins {@code 0 .. N/2}; axis in Hz). */
    public Spectrogram stft() {
        if (magnitude == null) {
            float[][] rows = new float[frames][];
            stft.run(audio, (i, mag) -> rows[i] = mag.clone());
            int bins = params.frameSize() / 2 + 1;
            double[] axis = new double[bins];
            for (int k = 0; k < bins; k++) {
                axis[k] = k * (double) params.sampleRate() / params.frameSize();
            }
            magnitude = new Spectrogram(rows, axis, params.frameRate());
        }
        return magnitude;
    }

    /** The STFT bins of {@code [lowHz, highHz]} (never DC; see {@link FrequencyRange}). */
    public int[] stftBins(double lowHz, double highHz) {
        FrequencyRange r = FrequencyRange.of(lowHz, Math.min(highHz, nyquistHz()), params.frameSize(), params.sampleRate());
        int[] out = new int[r.lastBin() - r.firstBin() + 1];
        for (int k = 0; k < out.length; k++) {
            out[k] = r.firstBin() + k;
        }
        return out;
    }

    /** RMS amplitude per mel band over the whole spectrum ({@code bands} bands; axis: centre Hz). */
    public Spectrogram mel(int bands) {
        MelFilterBank bank = bank(bands, 0, nyquistHz());
        float[][] power = melPower(bank, bands);
        float[][] rows = new float[frames][bands];
        for (int i = 0; i < frames; i++) {
            for (int b = 0; b < bands; b++) {
                rows[i][b] = (float) Math.sqrt(power[i][b]);
            }
        }
        return new Spectrogram(rows, bank.centres(), params.frameRate());
    }

    /** Mel-frequency cepstral coefficients {@code 0 .. coefficients-1} of the log mel power of {@code [lowHz, highHz]}. */
    public Spectrogram mfcc(int melBands, double lowHz, double highHz, int coefficients) {
        MelFilterBank bank = bank(melBands, lowHz, Math.min(highHz, nyquistHz()));
        float[][] power = lowHz == 0 && highHz >= nyquistHz() ? melPower(bank, melBands) : melPower(bank);
        float[][] rows = Mfcc.of(power, coefficients);
        double[] axis = new double[coefficients];
        for (int c = 0; c < coefficients; c++) {
            axis[c] = c;
        }
        return new Spectrogram(rows, axis, params.frameRate());
    }

    /** The harmonic or percussive part of the STFT magnitudes (axis in Hz). */
    public Spectrogram hpss(boolean harmonic, double timeKernelSec, double frequencyKernelHz) {
        Spectrogram s = stft();
        Hpss parts = hpss.computeIfAbsent(List.of(timeKernelSec, frequencyKernelHz), k -> {
            int timeRadius = Math.max(1, (int) Math.round(timeKernelSec * params.frameRate() / 2));
            double binHz = params.sampleRate() / (double) params.frameSize();
            int freqRadius = Math.max(1, (int) Math.round(frequencyKernelHz / binHz / 2));
            return Hpss.of(s.values(), timeRadius, freqRadius);
        });
        return new Spectrogram(harmonic ? parts.harmonic() : parts.percussive(), s.axis(), params.frameRate());
    }

    /** Amplitude per constant-Q bin (axis: centre Hz). */
    public Spectrogram cqt() {
        if (cqt == null) {
            float[][] rows = new ConstantQ(params.sampleRate(), params.frameRate()).transform(audio, frames);
            double[] axis = new double[ConstantQ.BINS];
            for (int k = 0; k < axis.length; k++) {
                axis[k] = ConstantQ.hz(k);
            }
            cqt = new Spectrogram(rows, axis, params.frameRate());
        }
        return cqt;
    }

    /** Pitch-class strengths 0..1 (1 = the frame's strongest) from the CQT bins in {@code [lowHz, highHz]}; axis 0..11. */
    public Spectrogram chroma(double lowHz, double highHz) {
        float[][] rows = Chroma.normalised(Chroma.amplitudes(cqt().values(), lowHz, highHz));
        double[] axis = new double[Chroma.CLASSES];
        for (int c = 0; c < axis.length; c++) {
            axis[c] = c;
        }
        return new Spectrogram(rows, axis, params.frameRate());
    }

    private MelFilterBank bank(int bands, double lowHz, double highHz) {
        return new MelFilterBank(bands, lowHz, highHz, params.frameSize() / 2 + 1,
                params.sampleRate() / (double) params.frameSize());
    }

    /** Mel power over the whole spectrum, kept per band count. */
    private float[][] melPower(MelFilterBank bank, int bands) {
        return melPower.computeIfAbsent(bands, b -> melPower(bank));
    }

    private float[][] melPower(MelFilterBank bank) {
        Spectrogram s = stft();
        double parseval = stft.parsevalFactor();
        float[][] out = new float[frames][bank.bands()];
        double[] row = new double[bank.bands()];
        for (int i = 0; i < frames; i++) {
            bank.power(s.values()[i], parseval, row);
            for (int b = 0; b < row.length; b++) {
                out[i][b] = (float) row[b];
            }
        }
        return out;
    }
}
