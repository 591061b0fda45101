package org.octoseq.api.signal;

import java.util.Set;

/**
 * A derived node: an operation over child signals with optional numeric parameters. Its structural key is
 * {@code op(childKey,…,param,…)}, computed once at construction.
 */
abstract class Node extends Signal {

    final String op;
    final Signal[] in;
    final double[] params;

    /** Recomputing a pure node is cheaper than its memo lookup only while the subtree it recomputes stays small. */
    static final int MAX_RECOMPUTE_COST = 16;

    Node(String op, Signal[] in, double... params) {
        super(keyOf(op, in, params));
        this.op = op;
        this.in = in;
        this.params = params;
        int cost = 1;
        for (Signal s : in) {
            cost += s.memo ? 1 : s.recomputeCost;
        }
        this.recomputeCost = cost;
        this.memo = !isPure() || cost > MAX_RECOMPUTE_COST;
    }

    /**
     * Whether this node is a cheap pure function of its children and the frame's time (no state, no whole-track
     * work, no side effects), so recomputing it gives the same value as memoising it. False by default; answered
     * per class, during construction.
     */
    boolean isPure() {
        return false;
    }

    static String keyOf(String op, Signal[] in, double[] params) {
        StringBuilder b = new StringBuilder(op).append('(');
        String sep = "";
        for (Signal s : in) {
            b.append(sep).append(s.key());
            sep = ",";
        }
        for (double p : params) {
            b.append(sep).append(p);
            sep = ",";
        }
        return b.append(')').toString();
    }

    @Override
    final Signal[] children() {
        return in;
    }

    @Override
    double durationHint(EvalContext ctx, Set<Signal> seen) {
        double d = Double.NaN;
        for (Signal s : in) {
            if (seen.add(s)) {
                double c = s.durationHint(ctx, seen);
                if (c > d || Double.isNaN(d)) {
                    d = c;
                }
            }
        }
        return d;
    }

    /** {@code source.op(args)}, the first child being the source. */
    @Override
    public String describe() {
        StringBuilder b = new StringBuilder();
        int first = 0;
        if (in.length > 0 && describesAsMethod()) {
            b.append(in[0].describe()).append('.');
            first = 1;
        }
        b.append(label()).append('(');
        String sep = "";
        for (int i = first; i < in.length; i++) {
            boolean plain = in[i] instanceof SourceNodes.Constant && !constantsAsSignals();
            b.append(sep).append(plain ? Describe.number(((SourceNodes.Constant) in[i]).v) : in[i].describe());
            sep = ", ";
        }
        for (double p : params) {
            b.append(sep).append(Describe.number(p));
            sep = ", ";
        }
        return b.append(')').toString();
    }

    /** The operation's name in {@link #describe()}, e.g. {@code Smooth.Exponential}. */
    String label() {
        return Describe.capitalise(op);
    }

    boolean describesAsMethod() {
        return true;
    }

    /** Whether constant parameters show as {@code Constant(1)} (operands) rather than {@code 1} (settings). */
    boolean constantsAsSignals() {
        return false;
    }

    /** A node whose state lives in its {@link Slot}. */
    abstract static class Stateful extends Node {

        Stateful(String op, Signal[] in, double... params) {
            super(op, in, params);
        }

        @Override
        protected final double compute(EvalContext ctx) {
            return computeIn(ctx, ctx.slot(this));
        }

        @Override
        abstract double computeIn(EvalContext ctx, Slot slot);

        @Override
        boolean isStateful() {
            return true;
        }
    }
}
