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
 * bytes it allocated per frame ({@code getThreadAllocatedBytes}), also per signal node (4 per chain). Beside them
 * run a script with an empty {@code update} (the host's own cost) and one whose loop adds 50 numbers that are
 * not signals (what the script's own arithmetic allocates, to tell it from what reading signals allocates).
 *
 * <p>The rounds are measured once the JIT compilers are done: after {@value #WARM_UP_SECONDS} s of rounds (and at
 * least {@value #WARM_UP_ROUNDS}); it prints how long the compilers and the collector ran during the measured
 * rounds, which should be next to nothing.
 */
@EnabledIfSystemProperty(named = "bench", matches = "true")
class SignalChainBench {

    private static final int SIGNALS = 50;
    private static final int NODES_PER_CHAIN = 4;
    private static final double RATE = 100;
    private static final double DURATION = 60;
    private static final double DT = 1 / 60.0;
    private static final int FRAMES = 500;
    /**
     * Rounds run, unmeasured, for at least this long and this many before the measured ones: the JIT compilers keep
     * recompiling the script's and the graph's code for about a second of frames, so rounds taken earlier measure
     * code still being compiled (the first version of this benchmark measured after 0.15 s and reported 25 % more).
     */
    private static final double WARM_UP_SECONDS = 5;
    private static final int WARM_UP_ROUNDS = 200;
    private static final int MEASURED_ROUNDS = 100;

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

            // the same loop adding 50 numbers that are already objects (an array holding a string keeps its elements
            // as objects, so reading one boxes nothing): what the script's own `s +=` allocates, since Nashorn
            // without optimistic types boxes a sum it cannot type
            JsScriptSession plain = fx.open("""
                    var nums = ['not a number'];
                    for (var i = 0; i < 50; i++) nums.push(i * 0.37 + 0.1);
                    function update(dt, frame) {
                      var s = 0;
                      for (var i = 1; i < nums.length; i++) s += nums[i];
                      probe('sum', s);
                    }
                    """, new SessionSettings(10_000, 20_000, 3, false));
            plain.probes().setRecording(true);

            Signal[] chains = new Signal[SIGNALS];
            Map<InputRef, Signal> inputs = new HashMap<>();
            for (int s = 0; s < SIGNALS; s++) {
                chains[s] = Signal.input(InputRef.mix("f" + s)).getSmooth().exponential(0.1, 0.5)
                        .getNormalise().global().map(0, 1, -1, 1);
                inputs.put(InputRef.mix("f" + s), Signal.sampled(data[s]));
            }
            var namespace = fx.registry.current();
            HandWritten hand = new HandWritten(data);

            double[][] ns = new double[3][MEASURED_ROUNDS];
            double[][] bytes = new double[3][MEASURED_ROUNDS];
            double[] hostNs = new double[MEASURED_ROUNDS];
            double[] plainBytes = new double[MEASURED_ROUNDS];
            EvalContext ctx = new EvalContext(w -> { });
            // frame 0 of each: the statistics passes happen here, outside the timing
            session.frame(new Transport(0, DT, 0), null);
            ctx.beginFrame(new Transport(0, DT, 0), namespace, BeatGrid.NONE);
            for (Signal c : chains) {
                c.evaluate(ctx);
            }
            hand.frame(0, DT);
            long warmUpEnd = System.nanoTime() + (long) (WARM_UP_SECONDS * 1e9);
            int warmUpRounds = 0;
            long compileMillisAtStart = 0;
            long gcsAtStart = 0;
            for (int r = 0, m = -1; m < MEASURED_ROUNDS - 1; r++) {
                if (m < 0 && r >= WARM_UP_ROUNDS && System.nanoTime() >= warmUpEnd) {
                    m = 0;
                    warmUpRounds = r;
                    compileMillisAtStart = compileMillis();
                    gcsAtStart = collections();
                } else if (m >= 0) {
                    m++;
                }
                // the four run the same frames, continuing from the previous round (wrapping around the track)
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
                Sample arithmetic = measure(f -> {
                    plain.frame(transport(f), null);
                    return plain.probes().frameValues().get("sum");
                }, first);
                assertEquals(byHand.checksum(), graph.checksum(), 1e-6 * FRAMES, "the graph computes what the hand-written code does");
                assertEquals(byHand.checksum(), js.checksum(), 1e-6 * FRAMES, "the script computes what the hand-written code does");
                if (m >= 0) {
                    Sample[] all = {js, graph, byHand};
                    for (int k = 0; k < 3; k++) {
                        ns[k][m] = all[k].nsPerFrame();
                        bytes[k][m] = all[k].bytesPerFrame();
                    }
                    hostNs[m] = host.nsPerFrame();
                    plainBytes[m] = arithmetic.bytesPerFrame();
                }
            }
            // On a loaded machine the minimum over rounds is the steadiest figure (interference only ever adds time);
            // the medians say whether the minimum is typical.
            System.out.printf(Locale.ROOT, "BENCH %d rounds of %d frames warmed up (%.0f s), %d measured; meanwhile the JIT"
                            + " compilers ran %d ms and the collector %d times%n", warmUpRounds, FRAMES, WARM_UP_SECONDS,
                    MEASURED_ROUNDS, compileMillis() - compileMillisAtStart, collections() - gcsAtStart);
            String[] names = {"script frame (host + update reading 50 chains)", "graph from Java", "hand-written Java"};
            double[] min = new double[3];
            double[] med = new double[3];
            for (int k = 0; k < 3; k++) {
                min[k] = Arrays.stream(ns[k]).min().orElse(0);
                med[k] = median(ns[k]);
                System.out.printf(Locale.ROOT, "BENCH %s: min %.0f ns CPU/frame (median %.0f), %.1f B/frame = %.2f B per node%n",
                        names[k], min[k], med[k], median(bytes[k]), median(bytes[k]) / (SIGNALS * NODES_PER_CHAIN));
            }
            double hostMin = Arrays.stream(hostNs).min().orElse(0);
            System.out.printf(Locale.ROOT, "BENCH host frame with an empty update: min %.0f ns CPU/frame (median %.0f)%n",
                    hostMin, median(hostNs));
            System.out.printf(Locale.ROOT, "BENCH the same loop adding 50 numbers held as objects: %.1f B/frame; the"
                            + " script frame beyond that: %.2f B per node%n", median(plainBytes),
                    (median(bytes[0]) - median(plainBytes)) / (SIGNALS * NODES_PER_CHAIN));
            System.out.printf(Locale.ROOT, "BENCH ratios to hand-written, minimums: whole script frame %.2f, script frame"
                            + " minus the empty frame %.2f, graph from Java %.2f; medians: %.2f, %.2f, %.2f%n",
                    min[0] / min[2], (min[0] - hostMin) / min[2], min[1] / min[2],
                    med[0] / med[2], (med[0] - median(hostNs)) / med[2], med[1] / med[2]);
        }
    }

    private static long compileMillis() {
        return ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
    }

    private static long collections() {
        long n = 0;
        for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            n += Math.max(0, gc.getCollectionCount());
        }
        return n;
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
