package org.octoseq.api.signal;

/** Gates producing 1.0 / 0.0 (spec §3.11). */
final class GateNodes {

    private GateNodes() {
    }

    /** Off until {@code v >= on}; then on while {@code v >= off}. Starts off. */
    static final class Hysteresis extends Node.Stateful {
        private static final Object ON = new Object();
        private final Signal src;
        private final double on;
        private final double off;

        Hysteresis(Signal src, double on, double off) {
            super("gate.hysteresis", new Signal[] {src}, on, off);
            this.src = src;
            this.on = on;
            this.off = off;
        }

        @Override
        double computeIn(EvalContext ctx, Slot slot) {
            if (on < off) {
                ctx.warnOnce("gate.hysteresis(" + on + ", " + off + "): the 'on' threshold is below the 'off' one");
            }
            double v = src.eval(ctx);
            boolean isOn = slot.state == ON;
            isOn = isOn ? v >= off : v >= on;
            slot.state = isOn ? ON : null;
            return isOn ? 1 : 0;
        }
    }
}
