package org.octoseq.script.host;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.octoseq.api.signal.EvalContext;
import org.octoseq.api.signal.EventStream;
import org.octoseq.api.signal.InputRef;
import org.octoseq.api.signal.SampledSignal;
import org.octoseq.api.signal.Signal;
import org.octoseq.api.source.AudioSourceAnalysis;
import org.octoseq.api.time.BeatGrid;
import org.octoseq.api.time.Transport;

/**
 * Measurement for docs/benchmarks.md ("## Signal evaluation"), not an assertion on speed. Run by hand:
 * {@code mvn -B -o -q -pl bundle-script -am test -Dtest=SignalChainBench -Dbench=true -Dsurefire.failIfNoSpecifiedTests=false}.
 *
 * <p>50 mix signals (60 s at 100 Hz), each through {@code smooth.exponential(0.1, 0.5).normalise.global()
 * .map(0, 1, -1, 1)} at 60 fps, three ways in the same JVM, in interleaved rounds: (1) a script whose
 * {@code update} reads the 50 chains with {@code .value()}, through the real script host (a whole frame:
 * namespace check, the {@code frame} object, the budgeted call); (2) the same chains evaluated from Java; (3)
 * the same computation written by hand over the sample arrays with precomputed statistics. It checks that all
 * three compute the same numbers, and reports the frame thread's CPU time per frame
 * ({@code ThreadMXBean.getCurrentThreadCpuTime}, so that other processes on a loaded machine do not count) and the
 * bytes it allocated per frame ({@code getThreadAllocatedBytes}), also per signal node (4 per chain).
 */
@EnabledIfSystemProperty(named = "bench", matches = "true")
class SignalChainBench {

    private static final int SIGNALS = 50;
    private static final int NODES_PER_CHAIN = 4;
    private static final double RATE = 100;
    private static final double DURATION = 60;
    private static final double DT = 1 / 60.0;
    private static final int FRAMES = 500;
    private static final int ROUNDS = 60;

    @TempDir
    Path dir;

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private record Sample(double nsPerFrame, double bytesPerFrame, double checksum) {
    }

    private interface FrameLoop {
        double frame(int f);
    }

    private static Sample measure(FrameLoop loop, int firstFrame) {
        long tid = Thread.currentThread().getId();
        double sum = 0;
        long a0 = THREADS.getThreadAllocatedBytes(tid);
        long t0 = THREADS.getCurrentThreadCpuTime();
        for (int f = firstFrame; f < firstFrame + FRAMES; f++) {
            sum += loop.frame(f);
        }
        long ns = THREADS.getCurrentThreadCpuTime() - t0;
        long bytes = THREADS.getThreadAllocatedBytes(tid) - a0;
        return new Sample((double) ns / FRAMES, (double) bytes / FRAMES, sum);
    }

    @Test
    void fiftyChainsOfSmoothingNormaliseAndMap() throws Exception {
        SampledSignal[] data = data();
        Map<String, SampledSignal> signals = new LinkedHashMap<>();
        for (int s = 0; s < SIGNALS; s++) {
            signals.put("f" + s, data[s]);
        }
        try (SessionFixture fx = new SessionFixture(dir)) {
            fx.registry.put(new AudioSourceAnalysis() {
                public double durationSec() { return DURATION; }
                public Map<String, SampledSignal> signals() { return signals; }
                public Map<String, EventStream> events() { return Map.of(); }
                public Optional<BeatGrid> beatGrid() { return Optional.empty(); }
            }, Map.of(AudioSourceAnalysis.PROP_ID, "mix", AudioSourceAnalysis.PROP_KIND, "mix"));
            JsScriptSession session = fx.open("""
                    var chains = [];
                    for (var i = 0; i < 50; i++) {
                      chains.push(inputs.mix['f' + i].smooth.exponential(0.1, 0.5).normalise.global().map(0, 1, -1, 1));
                    }
                    var sum = 0;
                    function update(dt, frame) {
                      var s = 0;
                      for (var i = 0; i < chains.length; i++) s += chains[i].value();
                      probe('sum', s);
                    }
                    """, new SessionSettings(10_000, 20_000, 3, false));
            session.probes().setRecording(true);
            JsScriptSession empty = fx.open("function update(dt, frame) { probe('sum', 0); }\n",
                    new SessionSettings(10_000, 20_000, 3, false));
            empty.probes().setRecording(true);

            Signal[] chains = new Signal[SIGNALS];
            Map<InputRef, Signal> inputs = new HashMap<>();
            for (int s = 0; s < SIGNALS; s++) {
                chains[s] = Signal.input(InputRef.mix("f" + s)).getSmooth().exponential(0.1, 0.5)
                        .getNormalise().global().map(0, 1, -1, 1);
                inputs.put(InputRef.mix("f" + s), Signal.sampled(data[s]));
            }
            var namespace = fx.registry.current();
            HandWritten hand = new HandWritten(data);

            double hostMin = Double.MAX_VALUE;
            double[][] ns = new double[3][ROUNDS];
            double[][] bytes = new double[3][ROUNDS];
            EvalContext ctx = new EvalContext(w -> { });
            // frame 0 of each: the statistics passes happen here, outside the timing
            session.frame(new Transport(0, DT, 0), null);
            ctx.beginFrame(new Transport(0, DT, 0), namespace, BeatGrid.NONE);
            for (Signal c : chains) {
                c.evaluate(ctx);
            }
            hand.frame(0, DT);
            for (int r = 0; r < ROUNDS; r++) {
                // the three run the same frames, continuing from the previous round (wrapping around the track)
                int first = 1 + r * FRAMES;
                Sample js = measure(f -> {
                    session.frame(transport(f), null);
                    return session.probes().frameValues().get("sum");
                }, first);
                Sample graph = measure(f -> {
                    ctx.beginFrame(transport(f), namespace, BeatGrid.NONE);
                    double s = 0;
                    for (Signal c : chains) {
                        s += c.evaluate(ctx);
                    }
                    return s;
                }, first);
                Sample byHand = measure(f -> hand.frame(transport(f).time(), DT), first);
                Sample host = measure(f -> {
                    empty.frame(transport(f), null);
                    return empty.probes().frameValues().get("sum");
                }, first);
                if (r >= ROUNDS / 2) {
                    hostMin = Math.min(hostMin, host.nsPerFrame());
                }
                assertEquals(byHand.checksum(), graph.checksum(), 1e-6 * FRAMES, "the graph computes what the hand-written code does");
                assertEquals(byHand.checksum(), js.checksum(), 1e-6 * FRAMES, "the script computes what the hand-written code does");
                Sample[] all = {js, graph, byHand};
                for (int k = 0; k < 3; k++) {
                    ns[k][r] = all[k].nsPerFrame();
                    bytes[k][r] = all[k].bytesPerFrame();
                }
            }
            // the first half of the rounds warms the JIT up; report the second half. On a loaded machine the minimum
            // over rounds is the steadiest figure (interference only ever adds time), so ratios use minimums.
            String[] names = {"script frame (host + update reading 50 chains)", "graph from Java", "hand-written Java"};
            double[] min = new double[3];
            for (int k = 0; k < 3; k++) {
                double[] t = Arrays.copyOfRange(ns[k], ROUNDS / 2, ROUNDS);
                double[] b = Arrays.copyOfRange(bytes[k], ROUNDS / 2, ROUNDS);
                min[k] = Arrays.stream(t).min().orElse(0);
                System.out.printf(Locale.ROOT, "BENCH %s: min %.0f ns CPU/frame (median %.0f), %.1f B/frame = %.2f B per node%n",
                        names[k], min[k], median(t), median(b), median(b) / (SIGNALS * NODES_PER_CHAIN));
            }
            System.out.printf(Locale.ROOT, "BENCH host frame with an empty update: min %.0f ns CPU/frame%n", hostMin);
            System.out.printf(Locale.ROOT, "BENCH ratios to hand-written (minimums): whole script frame %.2f, script frame"
                            + " minus the empty frame %.2f, graph from Java %.2f%n", min[0] / min[2], (min[0] - hostMin) / min[2],
                    min[1] / min[2]);
        }
    }

    /** Frame {@code f} at 60 fps, wrapping around the first 58 s of the track. */
    private static Transport transport(int f) {
        return new Transport((f % 3500) * DT, DT, f);
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }

    private static SampledSignal[] data() {
        SampledSignal[] data = new SampledSignal[SIGNALS];
        Random rnd = new Random(7);
        for (int s = 0; s < SIGNALS; s++) {
            float[] v = new float[(int) (DURATION * RATE)];
            for (int i = 0; i < v.length; i++) {
                v[i] = (float) (Math.abs(Math.sin(i / (10.0 + s))) * 0.8 + 0.2 * rnd.nextDouble());
            }
            data[s] = new SampledSignal(RATE, v);
        }
        return data;
    }

    /** The same chains written by hand: peak-of-frame sampling, one-pole smoothing, min-max, linear map. */
    private static final class HandWritten {
        private final SampledSignal[] data;
        private final double[] min = new double[SIGNALS];
        private final double[] max = new double[SIGNALS];
        private final double[] y = new double[SIGNALS];
        private boolean started;

        HandWritten(SampledSignal[] data) {
            this.data = data;
            for (int s = 0; s < SIGNALS; s++) { // statistics of the smoothed signal on the 0.01 s grid
                double ys = 0;
                double lo = Double.POSITIVE_INFINITY;
                double hi = Double.NEGATIVE_INFINITY;
                for (int k = 0; k < DURATION / 0.01; k++) {
                    double x = data[s].sampleWindow(k * 0.01, 0.01);
                    ys = k == 0 ? x : smooth(ys, x, 0.01);
                    lo = Math.min(lo, ys);
                    hi = Math.max(hi, ys);
                }
                min[s] = lo;
                max[s] = hi;
            }
        }

        void reset() {
            started = false;
        }

        private static double smooth(double y, double x, double dt) {
            double tau = Math.max((x > y ? 0.1 : 0.5) * 60 / 120.0, 0.001);
            return y + (1 - Math.exp(-dt / tau)) * (x - y);
        }

        double frame(double t, double dt) {
            double sum = 0;
            for (int s = 0; s < SIGNALS; s++) {
                double x = data[s].sampleWindow(t, dt);
                y[s] = started ? smooth(y[s], x, dt) : x;
                double range = max[s] - min[s];
                double n = range > 0 ? Math.max(0, Math.min(1, (y[s] - min[s]) / range)) : 0.5;
                sum += -1 + n * 2;
            }
            started = true;
            return sum;
        }
    }
}
