package org.octoseq.api.signal;

/** Oscillators and noise running on the beat position {@code B(t)} (spec §3.3). */
final class GeneratorNodes {

    private GeneratorNodes() {
    }

    enum Wave { SIN, SQUARE, TRIANGLE, SAW }

    /** Periodic waves; frequency in cycles per beat, phase in cycles, duty in 0..1 (square only). */
    static final class Periodic extends Node {

        @Override
        boolean isPure() {
            return true;
        }
        private final Wave wave;

        Periodic(Wave wave, Signal freq, Signal phase, Signal duty) {
            super("gen." + wave.name().toLowerCase(), duty == null ? new Signal[] {freq, phase} : new Signal[] {freq, phase, duty});
            this.wave = wave;
        }

        @Override
        protected double compute(EvalContext ctx) {
            double b = ctx.beatGrid().beatPosition(ctx.time());
            double x = b * in[0].eval(ctx) + in[1].eval(ctx);
            if (wave == Wave.SIN) {
                return Math.sin(2 * Math.PI * x);
            }
            double u = x - Math.floor(x);
            if (u >= 1) {
                u = 0;
            }
            return switch (wave) {
                case SQUARE -> u < in[2].eval(ctx) ? 1 : -1;
                case TRIANGLE -> u < 0.5 ? 4 * u - 1 : 3 - 4 * u;
                case SAW -> 2 * u - 1;
                case SIN -> throw new IllegalStateException();
            };
        }

        @Override
        boolean describesAsMethod() {
            return false;
        }

        @Override
        String label() {
            return op;
        }
    }

    /** White noise from (seed, t): constant while t does not change. */
    static final class White extends Node {

        @Override
        boolean isPure() {
            return true;
        }
        private final long seed;

        White(long seed) {
            super("gen.noise.white", new Signal[0], seed);
            this.seed = seed;
        }

        @Override
        protected double compute(EvalContext ctx) {
            return NoiseHash.white(seed, ctx.time());
        }

        @Override
        String label() {
            return "gen.noise";
        }
    }

    /** Voss–McCartney pink noise: 16 octave slots over the white value, advanced once per frame. */
    static final class Pink extends Node.Stateful {
        private static final class State {
            final double[] slots = new double[16];
            long counter;
            double sum;
        }

        private final long seed;

        Pink(long seed) {
            super("gen.noise.pink", new Signal[0], seed);
            this.seed = seed;
        }

        @Override
        double computeIn(EvalContext ctx, Slot slot) {
            State s = (State) slot.state;
            if (s == null) {
                s = new State();
                slot.state = s;
            }
            double white = NoiseHash.white(seed, ctx.time());
            s.counter++;
            int idx = Long.numberOfTrailingZeros(s.counter);
            if (idx < 16) {
                s.sum += white - s.slots[idx];
                s.slots[idx] = white;
            }
            return (s.sum + white) / 17.0;
        }

        @Override
        String label() {
            return "gen.noise.pink";
        }
    }

    /** Gradient noise at {@code x = B / scale}. */
    static final class Perlin extends Node {

        @Override
        boolean isPure() {
            return true;
        }
        private final long seed;

        Perlin(Signal scale, long seed) {
            super("gen.perlin", new Signal[] {scale}, seed);
            this.seed = seed;
        }

        @Override
        protected double compute(EvalContext ctx) {
            double scale = in[0].eval(ctx);
            if (scale == 0) {
                return 0;
            }
            return NoiseHash.perlin(ctx.beatGrid().beatPosition(ctx.time()) / scale, seed);
        }

        @Override
        boolean describesAsMethod() {
            return false;
        }

        @Override
        String label() {
            return op;
        }
    }
}
