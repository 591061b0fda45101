package org.octoseq.api.signal;

/**
 * Stateless arithmetic, math, mapping, comparison and logic nodes (spec §3.4–§3.8). Booleans are 1.0 / 0.0;
 * "true" means {@code > 0}. The source is evaluated before its parameters.
 */
final class MathNodes {

    private MathNodes() {
    }

    static final double DIV_EPS = 1e-10;
    static final double EQ_EPS = 1e-6;

    static double bool(boolean b) {
        return b ? 1.0 : 0.0;
    }

    /** Euclidean remainder in [0, |d|). */
    static double euclid(double v, double d) {
        double r = v % d;
        return r < 0 ? r + Math.abs(d) : r;
    }

    enum UnaryOp {
        FLOOR { double apply(double v) { return Math.floor(v); } },
        CEIL { double apply(double v) { return Math.ceil(v); } },
        /** Half away from zero: -2.5 → -3. */
        ROUND {
            double apply(double v) {
                double a = Math.abs(v);
                double f = Math.floor(a);
                return Math.copySign(a - f >= 0.5 ? f + 1 : f, v);
            }
        },
        ABS { double apply(double v) { return Math.abs(v); } },
        SIGN { double apply(double v) { return v > 0 ? 1 : v < 0 ? -1 : 0; } },
        SIN { double apply(double v) { return Math.sin(v); } },
        COS { double apply(double v) { return Math.cos(v); } },
        TAN { double apply(double v) { return Math.tan(v); } },
        ASIN { double apply(double v) { return Math.asin(Math.max(-1, Math.min(1, v))); } },
        ACOS { double apply(double v) { return Math.acos(Math.max(-1, Math.min(1, v))); } },
        ATAN { double apply(double v) { return Math.atan(v); } },
        SQRT { double apply(double v) { return Math.sqrt(Math.max(v, 0)); } },
        EXP { double apply(double v) { return Math.exp(v); } },
        LN { double apply(double v) { return Math.log(Math.max(v, DIV_EPS)); } },
        /** {@code v - floor(v)} in [0, 1). */
        FRACT { double apply(double v) { return v - Math.floor(v); } },
        NOT { double apply(double v) { return bool(v <= 0); } };

        abstract double apply(double v);

        final String id = name().toLowerCase();
    }

    enum BinaryOp {
        ADD { double apply(double a, double b) { return a + b; } },
        SUB { double apply(double a, double b) { return a - b; } },
        MUL { double apply(double a, double b) { return a * b; } },
        DIV { double apply(double a, double b) { return Math.abs(b) < DIV_EPS ? 0.0 : a / b; } },
        MIN { double apply(double a, double b) { return Math.min(a, b); } },
        MAX { double apply(double a, double b) { return Math.max(a, b); } },
        POW { double apply(double a, double b) { return Math.pow(a, b); } },
        ATAN2 { double apply(double a, double b) { return Math.atan2(a, b); } },
        LOG {
            double apply(double v, double base) {
                double b = Math.max(base, DIV_EPS);
                return Math.abs(b - 1) < DIV_EPS ? 0.0 : Math.log(Math.max(v, DIV_EPS)) / Math.log(b);
            }
        },
        MODULO { double apply(double a, double d) { return Math.abs(d) < DIV_EPS ? 0.0 : euclid(a, d); } },
        REM { double apply(double a, double d) { return Math.abs(d) < DIV_EPS ? 0.0 : a % d; } },
        LT { double apply(double a, double b) { return bool(a < b); } },
        GT { double apply(double a, double b) { return bool(a > b); } },
        LE { double apply(double a, double b) { return bool(a <= b); } },
        GE { double apply(double a, double b) { return bool(a >= b); } },
        EQ { double apply(double a, double b) { return bool(Math.abs(a - b) < EQ_EPS); } },
        NE { double apply(double a, double b) { return bool(!(Math.abs(a - b) < EQ_EPS)); } },
        AND { double apply(double a, double b) { return bool(a > 0 && b > 0); } },
        OR { double apply(double a, double b) { return bool(a > 0 || b > 0); } },
        /** Logistic curve centred at 0.5 with steepness k; k = 0 passes through. */
        SIGMOID { double apply(double v, double k) { return k == 0 ? v : 1.0 / (1.0 + Math.exp(-k * (v - 0.5))); } },
        /** Gate: {@code v >= threshold}. */
        GATE_THRESHOLD { double apply(double v, double t) { return bool(v >= t); } };

        abstract double apply(double a, double b);

        final String id = name().toLowerCase().replace('_', '.');
    }

    enum TernaryOp {
        /** {@code max(lo, min(hi, v))}: lo wins when lo > hi; a NaN bound is ignored. */
        CLAMP {
            double apply(double v, double lo, double hi) {
                double r = Double.isNaN(hi) ? v : Math.min(hi, v);
                return Double.isNaN(lo) ? r : Math.max(lo, r);
            }
        },
        MIX { double apply(double a, double b, double w) { return a * (1 - w) + b * w; } },
        LERP { double apply(double a, double b, double t) { return a + (b - a) * t; } },
        /** Into [lo, hi); lo when the range is empty. */
        WRAP {
            double apply(double v, double lo, double hi) {
                double range = hi - lo;
                return range <= 0 ? lo : lo + euclid(v - lo, range);
            }
        },
        SMOOTHSTEP {
            double apply(double v, double e0, double e1) {
                if (Math.abs(e1 - e0) < DIV_EPS) {
                    return v < e0 ? 0 : 1;
                }
                double u = Math.max(0, Math.min(1, (v - e0) / (e1 - e0)));
                return u * u * (3 - 2 * u);
            }
        };

        abstract double apply(double a, double b, double c);

        final String id = name().toLowerCase();
    }

    static final class Unary extends Node {

        @Override
        double eval(EvalContext ctx) {
            return memo ? ctx.memoized(this) : compute(ctx);
        }

        @Override
        boolean isPure() {
            return true;
        }
        private final UnaryOp f;
        private final Signal a;

        Unary(UnaryOp f, Signal a) {
            super(f.id, new Signal[] {a});
            this.f = f;
            this.a = a;
        }

        @Override
        protected double compute(EvalContext ctx) {
            return f.apply(a.eval(ctx));
        }
    }

    static final class Binary extends Node {

        @Override
        double eval(EvalContext ctx) {
            return memo ? ctx.memoized(this) : compute(ctx);
        }

        @Override
        boolean isPure() {
            return true;
        }
        private final BinaryOp f;
        private final Signal a;
        private final Signal b;

        Binary(BinaryOp f, Signal a, Signal b) {
            super(f.id, new Signal[] {a, b});
            this.f = f;
            this.a = a;
            this.b = b;
        }

        @Override
        protected double compute(EvalContext ctx) {
            double x = a.eval(ctx);
            return f.apply(x, b.eval(ctx));
        }

        @Override
        boolean constantsAsSignals() {
            return f.ordinal() <= BinaryOp.MAX.ordinal();
        }
    }

    static final class Ternary extends Node {

        @Override
        boolean isPure() {
            return true;
        }
        private final TernaryOp f;
        private final Signal a;
        private final Signal b;
        private final Signal c;

        Ternary(TernaryOp f, Signal a, Signal b, Signal c) {
            super(f.id, new Signal[] {a, b, c});
            this.f = f;
            this.a = a;
            this.b = b;
            this.c = c;
        }

        @Override
        protected double compute(EvalContext ctx) {
            double x = a.eval(ctx);
            double y = b.eval(ctx);
            return f.apply(x, y, c.eval(ctx));
        }
    }

    /** Linear map from [inLo, inHi] to [outLo, outHi], not clamped; outLo when the input range is empty. */
    static final class MapRange extends Node {

        @Override
        double eval(EvalContext ctx) {
            return memo ? ctx.memoized(this) : compute(ctx);
        }

        @Override
        boolean isPure() {
            return true;
        }

        /** With constant ranges (the usual case) the map is {@code outLo + (v - inLo)·slope}, folded once. */
        private final Signal src;
        private final boolean constantRanges;
        private final double inLo;
        private final double slope;
        private final double outLo;
        private final boolean flat;

        MapRange(Signal v, Signal inLo, Signal inHi, Signal outLo, Signal outHi) {
            super("map", new Signal[] {v, inLo, inHi, outLo, outHi});
            this.src = v;
            constantRanges = inLo instanceof SourceNodes.Constant && inHi instanceof SourceNodes.Constant
                    && outLo instanceof SourceNodes.Constant && outHi instanceof SourceNodes.Constant;
            double a = constantRanges ? ((SourceNodes.Constant) inLo).v : 0;
            double b = constantRanges ? ((SourceNodes.Constant) inHi).v : 0;
            double c = constantRanges ? ((SourceNodes.Constant) outLo).v : 0;
            double d = constantRanges ? ((SourceNodes.Constant) outHi).v : 0;
            this.inLo = a;
            this.outLo = c;
            this.flat = Math.abs(b - a) < DIV_EPS;
            this.slope = flat ? 0 : (d - c) / (b - a);
        }

        @Override
        protected double compute(EvalContext ctx) {
            double v = src.eval(ctx);
            if (constantRanges) {
                return flat ? outLo : outLo + (v - inLo) * slope;
            }
            double inLo = in[1].eval(ctx);
            double inHi = in[2].eval(ctx);
            double outLo = in[3].eval(ctx);
            double outHi = in[4].eval(ctx);
            if (Math.abs(inHi - inLo) < DIV_EPS) {
                return outLo;
            }
            return outLo + (v - inLo) / (inHi - inLo) * (outHi - outLo);
        }
    }
}
