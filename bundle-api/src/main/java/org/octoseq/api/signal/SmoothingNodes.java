package org.octoseq.api.signal;

/** Smoothing operators; all durations are in beats at the tempo of the evaluation time (spec §3.9). */
final class SmoothingNodes {

    private SmoothingNodes() {
    }

    /** Ring-buffer capacity for a window of {@code seconds} at frame step {@code dt}: 1..10000, 10000 when dt = 0. */
    static int capacity(double seconds, double dt) {
        if (!(dt > 0)) {
            return 10_000;
        }
        double n = Math.ceil(seconds / dt - 1e-9);
        return (int) Math.max(1, Math.min(10_000, n));
    }

    /** Asymmetric one-pole: attack time when rising, release otherwise; starts at the first input. */
    static final class Exponential extends Node.Stateful {

        @Override
        double eval(EvalContext ctx) {
            return memo ? ctx.memoized(this) : compute(ctx);
        }

        /** The coefficient {@code 1 - e^(-dt/τ)}, recomputed only when {@code dt/τ} changed: dt and the tempo rarely do. */
        private static final class Coefficient {
            double key = Double.NaN;
            double alpha;

            double of(double dt, double seconds) {
                double k = dt / Math.max(seconds, 0.001);
                if (k != key) {
                    key = k;
                    alpha = 1 - Math.exp(-k);
                }
                return alpha;
            }
        }

        private static final class State {
            double y;
            final Coefficient attack = new Coefficient();
            final Coefficient release = new Coefficient();
            // with constant times both coefficients follow from dt and the tempo alone: the pair they were made for
            double dt = Double.NaN;
            double bpm = Double.NaN;
        }

        private final Signal src;
        private final Signal attack;
        private final Signal release;
        /** Constant times (the usual case) are read from here instead of evaluating their nodes. */
        private final boolean constantTimes;
        private final double attackBeats;
        private final double releaseBeats;

        Exponential(Signal src, Signal attackBeats, Signal releaseBeats) {
            super("smooth.exponential", new Signal[] {src, attackBeats, releaseBeats});
            this.src = src;
            this.attack = attackBeats;
            this.release = releaseBeats;
            this.constantTimes = attackBeats instanceof SourceNodes.Constant && releaseBeats instanceof SourceNodes.Constant;
            this.attackBeats = constantTimes ? ((SourceNodes.Constant) attackBeats).v : Double.NaN;
            this.releaseBeats = constantTimes ? ((SourceNodes.Constant) releaseBeats).v : Double.NaN;
        }

        @Override
        double computeIn(EvalContext ctx, Slot slot) {
            double x = src.eval(ctx);
            double a = constantTimes ? attackBeats : attack.eval(ctx);
            double r = constantTimes ? releaseBeats : release.eval(ctx);
            State s = (State) slot.state;
            if (s == null) {
                s = new State();
                s.y = x;
                slot.state = s;
                return x;
            }
            double dt = ctx.dt();
            double alpha;
            if (constantTimes) {
                double bpm = ctx.bpm();
                if (dt != s.dt || bpm != s.bpm) {
                    s.attack.of(dt, ctx.beatsToSeconds(a));
                    s.release.of(dt, ctx.beatsToSeconds(r));
                    s.dt = dt;
                    s.bpm = bpm;
                }
                alpha = x > s.y ? s.attack.alpha : s.release.alpha;
            } else {
                alpha = x > s.y ? s.attack.of(dt, ctx.beatsToSeconds(a)) : s.release.of(dt, ctx.beatsToSeconds(r));
            }
            s.y += alpha * (x - s.y);
            return s.y;
        }
    }

    /** Mean of the last N inputs, N from the window in beats and dt; history restarts when N changes. */
    static final class MovingAverage extends Node.Stateful {

        @Override
        double eval(EvalContext ctx) {
            return memo ? ctx.memoized(this) : compute(ctx);
        }

        private static final class State {
            final double[] buf;
            int count;
            int head;
            double sum;

            State(int n) {
                buf = new double[n];
            }
        }

        private final Signal src;
        private final Signal beats;

        MovingAverage(Signal src, Signal beats) {
            super("smooth.moving_average", new Signal[] {src, beats});
            this.src = src;
            this.beats = beats;
        }

        @Override
        double computeIn(EvalContext ctx, Slot slot) {
            double x = src.eval(ctx);
            int n = capacity(ctx.beatsToSeconds(beats.eval(ctx)), ctx.dt());
            State s = (State) slot.state;
            if (s == null || s.buf.length != n) {
                s = new State(n);
                slot.state = s;
            }
            if (s.count == n) {
                s.sum -= s.buf[s.head];
            } else {
                s.count++;
            }
            s.buf[s.head] = x;
            s.sum += x;
            s.head = (s.head + 1) % n;
            if (s.head == 0) { // re-add exactly once per cycle so rounding errors do not accumulate
                double exact = 0;
                for (int i = 0; i < s.count; i++) {
                    exact += s.buf[i];
                }
                s.sum = exact;
            }
            return s.sum / s.count;
        }
    }

    /** Centred Gaussian over the source's whole-track series, truncated at ±3σ; σ in beats. */
    static final class Gaussian extends Node {
        private static final int MAX_TERMS = 4001;
        private final Signal src;
        private final Signal sigma;

        Gaussian(Signal src, Signal sigmaBeats) {
            super("smooth.gaussian", new Signal[] {src, sigmaBeats});
            this.src = src;
            this.sigma = sigmaBeats;
        }

        @Override
        protected double compute(EvalContext ctx) {
            double sig = ctx.beatsToSeconds(sigma.eval(ctx));
            if (!(sig > 0)) {
                return src.eval(ctx);
            }
            TrackSeries series = TrackSeries.of(src, ctx);
            if (series == null) {
                ctx.warnOnce("smooth.gaussian needs the track duration; passing the signal through unsmoothed");
                return src.eval(ctx);
            }
            double t = ctx.time();
            int n = series.values.length;
            int lo = Math.max(0, (int) Math.ceil((t - 3 * sig) / series.step));
            int hi = Math.min(n - 1, (int) Math.floor((t + 3 * sig) / series.step));
            if (lo > hi) {
                return series.at(t);
            }
            int stride = Math.max(1, (hi - lo) / MAX_TERMS);
            double sum = 0;
            double weights = 0;
            for (int k = lo; k <= hi; k += stride) {
                double o = series.timeAt(k) - t;
                double w = Math.exp(-o * o / (2 * sig * sig));
                sum += w * series.values[k];
                weights += w;
            }
            return weights > 0 ? sum / weights : series.at(t);
        }
    }
}
