package org.octoseq.api.signal;

/** Debugging passthroughs (spec §3.15). */
final class DebugNodes {

    private DebugNodes() {
    }

    /** Passes the value through and reports it to the context's {@link ProbeListener}, if any. */
    static final class Probe extends Node {
        private final Signal src;
        private final String name;

        Probe(Signal src, String name) {
            super("probe:" + Describe.quote(name), new Signal[] {src});
            this.src = src;
            this.name = name;
        }

        @Override
        protected double compute(EvalContext ctx) {
            double v = src.eval(ctx);
            ctx.probe(name, v);
            return v;
        }

        @Override
        public String describe() {
            return src.describe() + ".Probe(" + Describe.quote(name) + ")";
        }
    }
}
