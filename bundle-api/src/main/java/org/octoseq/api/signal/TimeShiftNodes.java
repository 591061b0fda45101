package org.octoseq.api.signal;

/** Delay and look-ahead (spec §3.13); shifts are in beats at the tempo of the evaluation time. */
final class TimeShiftNodes {

    private TimeShiftNodes() {
    }

    /**
     * Output of the source {@code beats} ago. Keeps a time-stamped history on the node's own clock (the sum of
     * the dt it has seen) and reads it by time with linear interpolation, so a delay that changes every frame
     * keeps its history. Until enough history exists the current value passes through; {@code beats <= 0}
     * passes through without touching the history. While paused (dt = 0) the latest entry is overwritten.
     */
    static final class Delay extends Node.Stateful {
        private static final int MAX_ENTRIES = 1 << 16;

        private static final class History {
            double[] times = new double[64];
            double[] values = new double[64];
            int start;
            int size;
            double clock;
            double maxDelay;

            double time(int i) {
                return times[(start + i) & (times.length - 1)];
            }

            double value(int i) {
                return values[(start + i) & (times.length - 1)];
            }

            void push(double t, double v) {
                if (size > 0 && time(size - 1) == t) {
                    values[(start + size - 1) & (times.length - 1)] = v;
                    return;
                }
                if (size == times.length) {
                    if (size == MAX_ENTRIES) {
                        start = (start + 1) & (times.length - 1);
                        size--;
                    } else {
                        grow();
                    }
                }
                int i = (start + size) & (times.length - 1);
                times[i] = t;
                values[i] = v;
                size++;
            }

            private void grow() {
                double[] t2 = new double[times.length * 2];
                double[] v2 = new double[times.length * 2];
                for (int i = 0; i < size; i++) {
                    t2[i] = time(i);
                    v2[i] = value(i);
                }
                times = t2;
                values = v2;
                start = 0;
            }

            /** Drops entries no read can need any more, keeping one at or before the oldest possible target. */
            void trim() {
                double oldest = clock - maxDelay;
                while (size >= 2 && time(1) <= oldest) {
                    start = (start + 1) & (times.length - 1);
                    size--;
                }
            }

            /** Value at {@code t} by linear interpolation, or NaN when t precedes the history. */
            double at(double t) {
                if (size == 0 || t < time(0) - 1e-9) {
                    return Double.NaN;
                }
                int lo = 0;
                int hi = size - 1;
                while (lo < hi) { // last index with time <= t
                    int mid = (lo + hi + 1) >>> 1;
                    if (time(mid) <= t + 1e-9) {
                        lo = mid;
                    } else {
                        hi = mid - 1;
                    }
                }
                if (lo == size - 1) {
                    return value(lo);
                }
                double t0 = time(lo);
                double t1 = time(lo + 1);
                double f = Math.max(0, Math.min(1, (t - t0) / (t1 - t0)));
                return value(lo) + (value(lo + 1) - value(lo)) * f;
            }
        }

        private final Signal src;
        private final Signal beats;

        Delay(Signal src, Signal beats) {
            super("delay", new Signal[] {src, beats});
            this.src = src;
            this.beats = beats;
        }

        @Override
        double computeIn(EvalContext ctx, Slot slot) {
            double x = src.eval(ctx);
            double b = beats.eval(ctx);
            if (!(b > 0)) {
                return x;
            }
            double d = ctx.beatsToSeconds(b);
            History h = (History) slot.state;
            if (h == null) {
                h = new History();
                slot.state = h;
            } else {
                h.clock += ctx.dt();
            }
            h.maxDelay = Math.max(h.maxDelay, d);
            h.push(h.clock, x);
            double out = h.at(h.clock - d);
            h.trim();
            return Double.isNaN(out) ? x : out;
        }
    }

    /** The source's value {@code beats} ahead, read from its whole-track series; passthrough without one. */
    static final class Anticipate extends Node {
        private final Signal src;
        private final Signal beats;

        Anticipate(Signal src, Signal beats) {
            super("anticipate", new Signal[] {src, beats});
            this.src = src;
            this.beats = beats;
        }

        @Override
        protected double compute(EvalContext ctx) {
            double b = beats.eval(ctx);
            if (!(b > 0)) {
                return src.eval(ctx);
            }
            TrackSeries series = TrackSeries.of(src, ctx);
            if (series == null) {
                ctx.warnOnce("anticipate needs the track duration; passing the signal through without look-ahead");
                return src.eval(ctx);
            }
            return series.at(ctx.time() + ctx.beatsToSeconds(b));
        }
    }
}
