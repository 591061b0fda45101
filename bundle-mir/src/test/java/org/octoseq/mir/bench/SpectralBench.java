package org.octoseq.mir.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import javax.sound.sampled.AudioFormat.Encoding;
import org.octoseq.mir.Synth;
import org.octoseq.mir.TestAudio;
import org.octoseq.mir.analysis.AnalysisParameters;
import org.octoseq.mir.analysis.TrackAnalyzer;
import org.octoseq.mir.cqt.CqtFeatures;
import org.octoseq.mir.custom.Spectrogram;
import org.octoseq.mir.custom.SourceSpectra;
import org.octoseq.mir.decode.AudioDecoder;

/**
 * Time of the 2D functions custom signals start from, on a synthesised 149 s, 44.1 kHz track (the length of the
 * reference measurement of upstream Octoseq's HPSS, about 60 s): decoding and resampling, the STFT, HPSS (both
 * parts), the mel spectrogram, MFCC and the CQT (with the mix's three CQT features). Run by hand (bench/spectral.sh);
 * prints one line per stage with the median wall and CPU time (of this thread, so other load on the machine shows in
 * the wall time only) of the runs after a warm-up.
 */
public final class SpectralBench {

    private SpectralBench() {
    }

    public static void main(String[] args) throws Exception {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 149;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Path dir = Path.of(System.getProperty("bench.dir", "/tmp/octoseq-spectral-bench"));
        Files.createDirectories(dir);
        Path wav = dir.resolve(String.format(Locale.ROOT, "track-%.0fs.wav", seconds));
        if (!Files.isRegularFile(wav)) {
            TestAudio.wav(wav, 44100, Encoding.PCM_SIGNED, 16, track(seconds));
        }
        TrackAnalyzer analyzer = TrackAnalyzer.standard();
        AnalysisParameters p = analyzer.parameters();
        List<String> names = List.of("decode+resample", "stft", "hpss", "mel", "mfcc", "cqt", "cqt features", "total",
                "(median time)", "(median freq)");
        List<List<Double>> times = new ArrayList<>();
        List<List<Double>> cpu = new ArrayList<>();
        names.forEach(n -> {
            times.add(new ArrayList<>());
            cpu.add(new ArrayList<>());
        });
        int frames = 0;
        int bins = 0;
        for (int run = 0; run <= runs; run++) {
            long t0 = System.nanoTime();
            long c0 = cpuNanos();
            float[] x = analyzer.prepare(new AudioDecoder().decode(wav));
            double[][] stage = new double[names.size()][];
            stage[0] = new double[] {ms(t0), (cpuNanos() - c0) / 1e6};
            SourceSpectra s = new SourceSpectra(x, p);
            stage[1] = timed(s::stft);
            Spectrogram stft = s.stft();
            frames = stft.frames();
            bins = stft.bins();
            stage[2] = timed(() -> s.hpss(true, 0.3, 650));
            stage[3] = timed(() -> s.mel(64));
            stage[4] = timed(() -> s.mfcc(40, 0, p.sampleRate() / 2.0, 13));
            stage[5] = timed(s::cqt);
            stage[6] = timed(() -> CqtFeatures.of(s.cqt().values(), p.frameRate()));
            stage[7] = new double[] {ms(t0), (cpuNanos() - c0) / 1e6};
            stage[8] = timed(() -> org.octoseq.mir.hpss.MedianFilter.alongTime(stft.values(), 15));
            stage[9] = timed(() -> org.octoseq.mir.hpss.MedianFilter.alongFrequency(stft.values(), 15));
            if (run > 0) { // run 0 warms the JIT up
                for (int i = 0; i < stage.length; i++) {
                    times.get(i).add(stage[i][0]);
                    cpu.get(i).add(stage[i][1]);
                }
            }
        }
        System.out.printf(Locale.ROOT, "BENCH track %.0f s, 44.1 kHz -> %d Hz; STFT %d frames x %d bins; %d runs after a warm-up%n",
                seconds, p.sampleRate(), frames, bins, runs);
        for (int i = 0; i < names.size(); i++) {
            List<Double> t = times.get(i);
            List<Double> c = cpu.get(i);
            t.sort(Double::compare);
            c.sort(Double::compare);
            System.out.printf(Locale.ROOT, "BENCH %-16s wall median %8.1f ms (min %.1f, max %.1f)   CPU median %8.1f ms (min %.1f)%n",
                    names.get(i), t.get(t.size() / 2), t.get(0), t.get(t.size() - 1), c.get(c.size() / 2), c.get(0));
        }
    }

    /** {wall ms, CPU ms of this thread} of {@code work}. */
    private static double[] timed(Supplier<?> work) {
        long t0 = System.nanoTime();
        long c0 = cpuNanos();
        work.get();
        return new double[] {ms(t0), (cpuNanos() - c0) / 1e6};
    }

    private static long cpuNanos() {
        return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    private static double ms(long t0) {
        return (System.nanoTime() - t0) / 1e6;
    }

    /** Drums, bass and chords at 124 BPM for {@code seconds}, mono 44.1 kHz. */
    static float[] track(double seconds) {
        Synth s = new Synth(44100, seconds, 7);
        double beat = 60 / 124.0;
        double[] roots = {55, 43.65, 65.41, 49.0};
        for (int b = 0; b * beat < seconds - 1; b++) {
            double t = b * beat;
            s.kick(t, 0.7);
            if (b % 2 == 1) {
                s.snare(t, 0.4);
            }
            s.hat(t + beat / 2, 0.3);
            if (b % 4 == 0) {
                double root = roots[(b / 4) % roots.length];
                s.bass(t, 4 * beat, root, 0.4);
                s.chord(t, 4 * beat, 0.3, root * 4, root * 5, root * 6);
            }
        }
        float[] x = s.samples();
        for (int i = 0; i < x.length; i++) {
            x[i] = Math.max(-1, Math.min(1, x[i] * 0.8f));
        }
        return x;
    }
}
