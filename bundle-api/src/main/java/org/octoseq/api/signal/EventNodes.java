package org.octoseq.api.signal;

import java.util.List;
import org.octoseq.api.time.BeatGrid;

/**
 * Signals derived from an {@link EventStream} (spec §4.3, §4.4). Stateless; they read the whole event list
 * (look-ahead allowed) and are keyed by the stream's content.
 */
final class EventNodes {

    private EventNodes() {
    }

    enum Direction { PREV, NEXT }

    enum Unit { BEATS, SECONDS, FRAMES }

    /** First index with {@code times[i] >= t}. */
    static int lowerBound(double[] times, double t) {
        int lo = 0;
        int hi = times.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (times[mid] < t) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** First index with {@code times[i] > t}. */
    static int upperBound(double[] times, double t) {
        int lo = 0;
        int hi = times.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (times[mid] <= t) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Seconds expressed in {@code unit}: beats at the current tempo, frames of the current dt (0 when dt = 0). */
    static double inUnit(double seconds, Unit unit, EvalContext ctx) {
        return switch (unit) {
            case SECONDS -> seconds;
            case BEATS -> seconds * ctx.bpm() / 60.0;
            case FRAMES -> ctx.dt() > 0 ? seconds / ctx.dt() : 0;
        };
    }

    /** A window given in {@code unit}, in seconds. */
    static double toSeconds(double w, Unit unit, EvalContext ctx) {
        return switch (unit) {
            case SECONDS -> w;
            case BEATS -> ctx.beatsToSeconds(w);
            case FRAMES -> w * ctx.dt();
        };
    }

    private static String name(String base, Direction dir, Unit unit) {
        return base + "." + dir.name().toLowerCase() + "." + unit.name().toLowerCase();
    }

    private abstract static class EventSignal extends Node {
        final EventStream stream;

        EventSignal(String op, EventStream stream, Signal... in) {
            super(op + "[" + stream.key() + "]", in);
            this.stream = stream;
        }

        @Override
        boolean describesAsMethod() {
            return false;
        }

        @Override
        String label() {
            return Describe.capitalise(op.substring(0, op.indexOf('['))) + "[count=" + stream.size() + "]";
        }
    }

    /** The events' envelopes combined by the overlap mode. */
    static final class EnvelopeSignal extends EventSignal {
        private final EnvelopeOptions options;
        private final List<String> warnings;

        private static final class Scratch {
            final Envelope.Shape shape = new Envelope.Shape();
            BeatGrid grid;
            double[] times;
            double[] weights;
        }

        EnvelopeSignal(EventStream stream, EnvelopeOptions options, List<String> warnings) {
            super("events.envelope:" + options.key(), stream);
            this.options = options;
            this.warnings = List.copyOf(warnings);
        }

        @Override
        protected double compute(EvalContext ctx) {
            return computeIn(ctx, ctx.slot(this));
        }

        @Override
        double computeIn(EvalContext ctx, Slot slot) {
            for (int i = 0; i < warnings.size(); i++) { // per instance: equal keys may hide different raw options
                ctx.warnOnce(warnings.get(i));
            }
            Scratch s = (Scratch) slot.state;
            if (s == null) {
                s = new Scratch();
                slot.state = s;
            }
            if (s.grid != ctx.beatGrid()) { // grouping converts beats at event times
                List<Event> grouped = options.group(stream.events(), ctx.beatGrid());
                s.times = grouped.stream().mapToDouble(Event::time).toArray();
                s.weights = grouped.stream().mapToDouble(Event::weight).toArray();
                s.grid = ctx.beatGrid();
            }
            Envelope.Shape shape = s.shape;
            shape.attack = ctx.beatsToSeconds(options.attackBeats());
            shape.decay = ctx.beatsToSeconds(options.decayBeats());
            shape.sustainLevel = options.sustainLevel();
            shape.sustain = ctx.beatsToSeconds(options.sustainBeats());
            shape.release = ctx.beatsToSeconds(options.releaseBeats());
            shape.width = ctx.beatsToSeconds(options.widthBeats());
            shape.easing = options.easing();
            Envelope env = options.envelope();
            double t = ctx.time();
            double dt = ctx.dt();
            double tail = env.tail(shape, dt);
            int from = Double.isInfinite(tail) ? 0 : lowerBound(s.times, t - tail);
            int to = upperBound(s.times, t + env.lead(shape, dt));
            boolean max = options.overlap() == EnvelopeOptions.Overlap.MAX;
            double acc = 0;
            for (int i = from; i < to; i++) {
                double v = env.value(t - s.times[i], s.weights[i], dt, shape);
                acc = max ? Math.max(acc, v) : acc + v;
            }
            return acc;
        }
    }

    /** Distance from the previous event or to the next one. */
    static final class Distance extends EventSignal {
        private final Direction dir;
        private final Unit unit;

        Distance(EventStream stream, Direction dir, Unit unit) {
            super(name(dir == Direction.PREV ? "events.from" : "events.to", dir, unit), stream);
            this.dir = dir;
            this.unit = unit;
        }

        @Override
        protected double compute(EvalContext ctx) {
            double[] times = stream.times();
            if (times.length == 0) {
                return 0;
            }
            double t = ctx.time();
            int next = upperBound(times, t);
            double seconds;
            if (dir == Direction.PREV) {
                seconds = next == 0 ? times[0] - t : t - times[next - 1];
            } else if (next < times.length) {
                seconds = times[next] - t;
            } else {
                double end = ctx.trackDurationFor(this);
                if (Double.isNaN(end)) {
                    ctx.warnOnce("*_to_next after the last event needs the track duration; using 0");
                    end = t;
                }
                seconds = Math.max(end - t, 0);
            }
            return inUnit(seconds, unit, ctx);
        }
    }

    /** Events in {@code [t - W, t)} (previous) or {@code [t, t + W)} (next); optionally divided by the window. */
    static final class Count extends EventSignal {
        private final Direction dir;
        private final Unit unit;
        private final boolean density;

        Count(EventStream stream, Direction dir, Unit unit, Signal window, boolean density) {
            super(name(density ? "events.density" : "events.count", dir, unit), stream, window);
            this.dir = dir;
            this.unit = unit;
            this.density = density;
        }

        @Override
        protected double compute(EvalContext ctx) {
            double w = in[0].eval(ctx);
            double[] times = stream.times();
            if (!(w > 0) || times.length == 0) {
                return 0;
            }
            double t = ctx.time();
            double span = toSeconds(w, unit, ctx);
            int n = dir == Direction.PREV
                    ? lowerBound(times, t) - lowerBound(times, t - span)
                    : lowerBound(times, t + span) - lowerBound(times, t);
            return density ? n / w : n;
        }
    }

    /** {@code (t - prev) / (next - prev)}: 0 before the first event and for an empty stream, 1 after the last. */
    static final class PhaseBetween extends EventSignal {

        PhaseBetween(EventStream stream) {
            super("events.phase_between", stream);
        }

        @Override
        protected double compute(EvalContext ctx) {
            double[] times = stream.times();
            if (times.length == 0) {
                return 0;
            }
            double t = ctx.time();
            int next = upperBound(times, t);
            if (next == 0) {
                return 0;
            }
            if (next == times.length) {
                return 1;
            }
            double prev = times[next - 1];
            double gap = times[next] - prev;
            return gap > 0 ? (t - prev) / gap : 0.5;
        }
    }
}
