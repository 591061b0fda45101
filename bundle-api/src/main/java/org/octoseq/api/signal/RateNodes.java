package org.octoseq.api.signal;

/** Rate of change and accumulation (spec §3.12). */
final class RateNodes {

    private RateNodes() {
    }

    private static final class Memory {
        double v;
    }

    /** {@code (x - previous) / dt} per second; 0 on the first frame and when dt = 0. */
    static final class Diff extends Node.Stateful {
        private final Signal src;

        Diff(Signal src) {
            super("diff", new Signal[] {src});
            this.src = src;
        }

        @Override
        double computeIn(EvalContext ctx, Slot slot) {
            double x = src.eval(ctx);
            Memory prev = (Memory) slot.state;
            if (prev == null) {
                prev = new Memory();
                prev.v = x;
                slot.state = prev;
            }
            double dt = ctx.dt();
            double out = dt > 0 ? (x - prev.v) / dt : 0.0;
            prev.v = x;
            return out;
        }
    }

    /** {@code acc = acc·e^(-dt/τ) + x·dt}, τ from the decay in beats (no decay when ≤ 0); starts at 0. */
    static final class Integrate extends Node.Stateful {
        private final Signal src;
        private final Signal decay;

        Integrate(Signal src, Signal decayBeats) {
            super("integrate", new Signal[] {src, decayBeats});
            this.src = src;
            this.decay = decayBeats;
        }

        @Override
        double computeIn(EvalContext ctx, Slot slot) {
            double x = src.eval(ctx);
            double d = decay.eval(ctx);
            Memory acc = (Memory) slot.state;
            if (acc == null) {
                acc = new Memory();
                slot.state = acc;
            }
            double dt = ctx.dt();
            double factor = d > 0 ? Math.exp(-dt / ctx.beatsToSeconds(d)) : 1.0;
            acc.v = acc.v * factor + x * dt;
            return acc.v;
        }
    }
}
