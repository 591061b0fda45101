package org.octoseq.api.signal;

/** {@code signal.gate.*}: on/off (1.0 / 0.0) signals from thresholds given as numbers. */
public final class GateBuilder {

    private final Signal source;

    GateBuilder(Signal source) {
        this.source = source;
    }

    /** 1 where the value is at least {@code threshold}, else 0. */
    public Signal threshold(double threshold) {
        return new MathNodes.Binary(MathNodes.BinaryOp.GATE_THRESHOLD, source, Signal.constant(threshold));
    }

    /**
     * A latch: turns on when the value reaches {@code on} and off when it drops below {@code off}
     * ({@code on >= off} expected; a warning otherwise). Starts off.
     */
    public Signal hysteresis(double on, double off) {
        return new GateNodes.Hysteresis(source, on, off);
    }

    @Override
    public String toString() {
        return source.describe() + ".gate";
    }
}
