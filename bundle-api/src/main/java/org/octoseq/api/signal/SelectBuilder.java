package org.octoseq.api.signal;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds a conditional signal: {@code Signal.select().when(c1, v1).when(c2, v2).otherwise(d)} is {@code v1}
 * where {@code c1 > 0}, else {@code v2} where {@code c2 > 0}, else {@code d}. Immutable: each {@code when}
 * returns a new builder. Conditions and values accept numbers or Signals.
 */
public final class SelectBuilder {

    private final List<Signal> cases;

    SelectBuilder(List<Signal> cases) {
        this.cases = cases;
    }

    /** Adds a case tested after the existing ones. */
    public SelectBuilder when(Object condition, Object value) {
        List<Signal> next = new ArrayList<>(cases);
        next.add(Signal.of(condition));
        next.add(Signal.of(value));
        return new SelectBuilder(List.copyOf(next));
    }

    /** The finished signal, {@code fallback} where no condition holds. */
    public Signal otherwise(Object fallback) {
        List<Signal> all = new ArrayList<>(cases);
        all.add(Signal.of(fallback));
        return new Select(all.toArray(new Signal[0]));
    }

    @Override
    public String toString() {
        return "Select(" + cases.size() / 2 + " cases, no otherwise yet)";
    }

    /**
     * Only the conditions up to the chosen case and the chosen value are evaluated, so stateful nodes in
     * branches not taken do not advance.
     */
    static final class Select extends Node {

        @Override
        boolean isPure() {
            return true;
        }

        Select(Signal[] casesThenFallback) {
            super("select", casesThenFallback);
        }

        @Override
        protected double compute(EvalContext ctx) {
            int n = in.length - 1;
            for (int i = 0; i < n; i += 2) {
                if (in[i].eval(ctx) > 0) {
                    return in[i + 1].eval(ctx);
                }
            }
            return in[n].eval(ctx);
        }

        @Override
        public String describe() {
            StringBuilder b = new StringBuilder("Select(");
            for (int i = 0; i + 1 < in.length; i += 2) {
                b.append("when(").append(in[i].describe()).append(", ").append(in[i + 1].describe()).append("), ");
            }
            return b.append("otherwise(").append(in[in.length - 1].describe()).append("))").toString();
        }
    }
}
