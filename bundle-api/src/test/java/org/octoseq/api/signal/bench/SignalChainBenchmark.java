package org.octoseq.api.signal.bench;

import java.lang.management.ManagementFactory;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.octoseq.api.signal.EvalContext;
import org.octoseq.api.signal.InputRef;
import org.octoseq.api.signal.InputResolver;
import org.octoseq.api.signal.SampledSignal;
import org.octoseq.api.signal.Signal;
import org.octoseq.api.time.BeatGrid;
import org.octoseq.api.time.Transport;

/**
 * Micro-benchmark (not run by the build): 50 inputs, each through
 * {@code smooth.exponential(0.1, 0.5).normalise.global().map(0, 1, -1, 1)}, evaluated per frame at 60 fps,
 * against the same computation hand-written over the sample arrays. Prints ns/frame and bytes allocated per
 * frame for both. Run after {@code mvn -pl bundle-api install}:
 *
 * <pre>
 * java -cp bundle-api/target/classes:bundle-api/target/test-classes org.octoseq.api.signal.bench.SignalChainBenchmark
 * </pre>
 */
public final class SignalChainBenchmark {

    private static final int SIGNALS = 50;
    private static final double RATE = 100;
    private static final double DURATION = 60;
    private static final double DT = 1 / 60.0;
    private static final int FRAMES = (int) (DURATION / DT) - 1;

    private SignalChainBenchmark() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        SampledSignal[] data = new SampledSignal[SIGNALS];
        Random rnd = new Random(7);
        Map<InputRef, Signal> inputs = new HashMap<>();
        for (int s = 0; s < SIGNALS; s++) {
            float[] v = new float[(int) (DURATION * RATE)];
            for (int i = 0; i < v.length; i++) {
                v[i] = (float) (Math.abs(Math.sin(i / (10.0 + s))) * 0.8 + 0.2 * rnd.nextDouble());
            }
            data[s] = new SampledSignal(RATE, v);
            inputs.put(InputRef.mix("f" + s), Signal.sampled(data[s]));
        }
        InputResolver resolver = new InputResolver() { // like the namespace: an immutable snapshot
            @Override
            public Signal resolve(InputRef ref) {
                return inputs.get(ref);
            }

            @Override
            public boolean isSnapshot() {
                return true;
            }
        };
        Signal[] chains = new Signal[SIGNALS];
        for (int s = 0; s < SIGNALS; s++) {
            chains[s] = Signal.input(InputRef.mix("f" + s)).getSmooth().exponential(0.1, 0.5)
                    .getNormalise().global().map(0, 1, -1, 1);
        }
        HandWritten hand = new HandWritten(data);
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long tid = Thread.currentThread().getId();
        double sink = 0;
        for (int r = 0; r < rounds; r++) {
            EvalContext ctx = new EvalContext(w -> { });
            ctx.beginFrame(new Transport(0, DT, 0), resolver, BeatGrid.NONE);
            for (Signal c : chains) {
                sink += c.evaluate(ctx); // statistics passes happen here, outside the timing
            }
            long a0 = threads.getThreadAllocatedBytes(tid);
            long t0 = System.nanoTime();
            for (int f = 1; f < FRAMES; f++) {
                ctx.beginFrame(new Transport(f * DT, DT, f), resolver, BeatGrid.NONE);
                for (Signal c : chains) {
                    sink += c.evaluate(ctx);
                }
            }
            long graphNs = System.nanoTime() - t0;
            long graphBytes = threads.getThreadAllocatedBytes(tid) - a0;

            hand.reset();
            long a1 = threads.getThreadAllocatedBytes(tid);
            long t1 = System.nanoTime();
            for (int f = 1; f < FRAMES; f++) {
                sink += hand.frame(f * DT, DT);
            }
            long handNs = System.nanoTime() - t1;
            long handBytes = threads.getThreadAllocatedBytes(tid) - a1;
            if (r >= rounds / 2 || r == rounds - 1) {
                int n = FRAMES - 1;
                System.out.printf("round %2d: graph %7.0f ns/frame %6.1f B/frame | hand-written %7.0f ns/frame %6.1f B/frame"
                                + " | ratio %.2f%n", r, (double) graphNs / n, (double) graphBytes / n,
                        (double) handNs / n, (double) handBytes / n, (double) graphNs / handNs);
            }
        }
        System.out.println("(checksum " + sink + ")");
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
            for (int s = 0; s < SIGNALS; s++) { // statistics of the smoothed signal, 0.01 s grid
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
