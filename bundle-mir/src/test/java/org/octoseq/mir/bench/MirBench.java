package org.octoseq.mir.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.IntFunction;
import javax.sound.sampled.AudioFormat.Encoding;
import org.octoseq.mir.Synth;
import org.octoseq.mir.TestAudio;
import org.octoseq.mir.analysis.TrackAnalysis;
import org.octoseq.mir.analysis.TrackAnalyzer;
import org.octoseq.mir.decode.AudioDecoder;
import org.octoseq.mir.decode.DecodedAudio;
import org.octoseq.api.show.OpenProject;
import org.octoseq.mir.command.AnalyzeCommand;
import org.octoseq.mir.project.ProjectLoaderComponent;
import org.octoseq.mir.project.ProjectOpener;
import org.octoseq.mir.spectral.JTransformsSpectrum;
import org.octoseq.mir.spectral.MinimSpectrum;
import org.octoseq.mir.spectral.SpectrumTransform;

/**
 * Speed measurements of the MIR bundle, run by hand through {@code ./octoseq bench mir} (bench/mir.sh; see
 * docs/benchmarks.md): {@code fft}, {@code track MINUTES...}, {@code show}, {@code song MINUTES} (prints the
 * path of the synthetic song, making it once).
 */
public final class MirBench {

    private MirBench() {
    }

    public static void main(String[] args) throws Exception {
        Path work = Path.of(System.getProperty("bench.dir", "/tmp/octoseq-mir-bench"));
        Files.createDirectories(work);
        switch (args[0]) {
            case "fft" -> fft();
            case "track" -> {
                for (int i = 1; i < args.length; i++) {
                    track(work, Integer.parseInt(args[i]));
                }
            }
            case "show" -> show(work.resolve("show"));
            case "song" -> System.out.println(song(work, "song-" + args[1] + "min", Integer.parseInt(args[1]), 0));
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    /** Microseconds per 1024-sample frame for each FFT over 10 minutes of audio at 22 050 Hz. */
    static void fft() {
        float[] x = new float[22050 * 600];
        Random r = new Random(1);
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) r.nextGaussian() * 0.1f;
        }
        for (int size : new int[] {1024, 2048}) {
            for (int round = 0; round < 5; round++) {
                for (String name : List.of("minim", "jtransforms")) {
                    IntFunction<SpectrumTransform> make = name.equals("minim") ? MinimSpectrum::new
                            : JTransformsSpectrum::new;
                    SpectrumTransform t = make.apply(size);
                    float[] buf = new float[size];
                    float[] out = new float[size / 2 + 1];
                    int frames = 0;
                    long cpu0 = threadCpuNanos();
                    long t0 = System.nanoTime();
                    for (int start = 0; start + size <= x.length; start += 220) {
                        System.arraycopy(x, start, buf, 0, size);
                        t.magnitudes(buf, out);
                        frames++;
                    }
                    double us = (System.nanoTime() - t0) / 1e3 / frames;
                    double cpuUs = (threadCpuNanos() - cpu0) / 1e3 / frames;
                    System.out.printf(Locale.ROOT, "fft N=%d %-12s round %d: %.2f us/frame wall, %.2f us/frame CPU"
                            + " (%d frames)%n", size, name, round, us, cpuUs, frames);
                }
            }
        }
    }

    /** A synthetic song of {@code minutes} minutes as a 44.1 kHz 16-bit stereo WAV (made once). */
    static Path song(Path dir, String name, double minutes, int variant) throws IOException {
        Path f = dir.resolve(name + ".wav");
        if (Files.exists(f)) {
            return f;
        }
        double seconds = minutes * 60;
        Synth s = new Synth(44100, seconds, variant);
        double b = 60 / 124.0;
        for (double t = 0.2; t + b < seconds; t += b) {
            if (variant == 0 || variant == 1) {
                s.kick(t, 0.8);
            }
            if (variant == 0 || variant == 2) {
                s.hat(t + b / 2, 0.4);
            }
            if (variant == 0 || variant == 3) {
                s.bass(t, b * 0.8, 55, 0.4);
            }
            if (variant == 0 || variant == 4) {
                s.chord(t, b * 0.9, 0.2, 220, 277, 330);
            }
        }
        s.noise(0.003);
        float[] x = s.samples();
        return TestAudio.wav(f, 44100, Encoding.PCM_SIGNED, 16, x, x);
    }

    /**
     * The {@code analyze} command's work in this JVM (decode, analysis with one thread per core, JSON written),
     * then the show loader's way (one thread per source: decode and analysis only). Wall and process CPU time.
     */
    static void track(Path work, int minutes) throws Exception {
        Path f = song(work, "song-" + minutes + "min", minutes, 0);
        Path json = work.resolve("song-" + minutes + "min.json");
        double seconds = minutes * 60.0;
        for (int round = 0; round < 4; round++) {
            System.gc();
            resetPeaks();
            long cpu0 = processCpuNanos();
            long t0 = System.nanoTime();
            int code = new AnalyzeCommand().run(System.err, false, f.toString(), "--json", json.toString());
            double wall = (System.nanoTime() - t0) / 1e9;
            double cpu = (processCpuNanos() - cpu0) / 1e9;
            if (code != 0) {
                throw new IllegalStateException("analyze exited " + code);
            }
            System.out.printf(Locale.ROOT, "analyze %2d min (per core) round %d: %.2f s wall = %.0fx realtime, %.2f s"
                    + " CPU, peak heap <= %d MB, JSON %d kB%n", minutes, round, wall, seconds / wall, cpu, peakHeapMb(),
                    Files.size(json) >> 10);
        }
        AudioDecoder decoder = new AudioDecoder();
        TrackAnalyzer serial = TrackAnalyzer.standard();
        for (int round = 0; round < 3; round++) {
            System.gc();
            long cpu0 = processCpuNanos();
            long t0 = System.nanoTime();
            DecodedAudio audio = decoder.decode(f);
            long t1 = System.nanoTime();
            TrackAnalysis a = serial.analyse(audio, List.of());
            long t2 = System.nanoTime();
            double wall = (t2 - t0) / 1e9;
            System.out.printf(Locale.ROOT, "track   %2d min (1 thread)  round %d: decode %.0f ms, analyse %.0f ms, %.2f s"
                    + " = %.0fx realtime, %.2f s CPU, bpm %.2f, %d onsets, %d beats%n", minutes, round, (t1 - t0) / 1e6,
                    (t2 - t1) / 1e6, wall, seconds / wall, (processCpuNanos() - cpu0) / 1e9, a.source().tempo().bpm(),
                    a.source().events().get("onsetPeaks").size(), a.source().events().get("beatCandidates").size());
        }
    }

    private static long threadCpuNanos() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    static void show(Path root) throws Exception {
        Files.createDirectories(root.resolve("audio"));
        Files.createDirectories(root.resolve("stems"));
        song(root.resolve("audio"), "mix", 4, 0);
        String[] stems = {"drums", "hats", "bass", "keys"};
        for (int i = 0; i < stems.length; i++) {
            song(root.resolve("stems"), stems[i], 4, i + 1);
        }
        Files.writeString(root.resolve("project.json"), "{\"mix\": \"audio/mix.wav\", \"bands\": ["
                + "{\"id\": \"sub\", \"lowHz\": 20, \"highHz\": 60}, {\"id\": \"low\", \"lowHz\": 60, \"highHz\": 250},"
                + "{\"id\": \"mid\", \"lowHz\": 250, \"highHz\": 2000}, {\"id\": \"high\", \"lowHz\": 2000, \"highHz\": 11000},"
                + "{\"id\": \"kick\", \"source\": \"stem-drums\", \"lowHz\": 30, \"highHz\": 120},"
                + "{\"id\": \"air\", \"source\": \"stem-hats\", \"lowHz\": 6000, \"highHz\": 11000}]}");
        deleteCache(root);
        int threads = ProjectLoaderComponent.analysisThreads(); // as in the running product
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            for (String label : List.of("cold (no cache)", "from cache", "from cache")) {
                System.gc();
                resetPeaks();
                long cpu0 = processCpuNanos();
                long t0 = System.nanoTime();
                OpenProject p = new ProjectOpener(TrackAnalyzer.standard(), pool, System.err::println, false)
                        .open(root, (s, a) -> () -> { }, (b, a) -> () -> { }, (OpenProject x) -> { });
                if (!p.awaitReady(Duration.ofMinutes(5))) {
                    throw new IllegalStateException("not ready");
                }
                double sec = (System.nanoTime() - t0) / 1e9;
                System.out.printf(Locale.ROOT, "show 4 min, mix + 4 stems + 6 bands, %d analysis thread(s), %s: %.2f s"
                        + " wall, %.2f s CPU, peak heap <= %d MB, diagnostics %s%n", threads, label, sec,
                        (processCpuNanos() - cpu0) / 1e9, peakHeapMb(), p.diagnostics());
                p.close();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static void deleteCache(Path root) throws IOException {
        Path cache = root.resolve(".octoseq/cache");
        if (Files.isDirectory(cache)) {
            try (var files = Files.list(cache)) {
                for (Path f : files.toList()) {
                    Files.delete(f);
                }
            }
        }
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            p.resetPeakUsage();
        }
    }

    /** Sum of the heap pools' peak usage since the last reset (an upper bound of the live peak). */
    private static long peakHeapMb() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                sum += p.getPeakUsage().getUsed();
            }
        }
        return sum >> 20;
    }
}
