package org.octoseq.api.signal;

/** Per-event envelope shapes (spec §4.3); durations are seconds, {@code d = t - eventTime}. */
enum Envelope {
    /** {@code w} within half a frame of the event. */
    IMPULSE {
        double value(double d, double w, double dt, Shape s) {
            return Math.abs(d) <= dt / 2 ? w : 0;
        }
    },
    /** {@code w} from the event on. */
    STEP {
        double value(double d, double w, double dt, Shape s) {
            return d >= 0 ? w : 0;
        }
    },
    ATTACK_DECAY {
        double value(double d, double w, double dt, Shape s) {
            if (d < 0) {
                return 0;
            }
            double a = s.attack == 0 ? 1 : s.attack;
            if (d < a) {
                return w * s.easing.apply(d / a);
            }
            double d2 = d - a;
            if (s.decay <= 0 || d2 >= s.decay) {
                return 0;
            }
            return w * (1 - s.easing.apply(d2 / s.decay));
        }
    },
    ADSR {
        double value(double d, double w, double dt, Shape s) {
            if (d < 0) {
                return 0;
            }
            double a = s.attack == 0 ? 1 : s.attack;
            if (d < a) {
                return w * s.easing.apply(d / a);
            }
            double l = s.sustainLevel;
            if (d < a + s.decay) {
                double e = s.decay == 0 ? s.easing.apply(1) : s.easing.apply((d - a) / s.decay);
                return w * (1 - (1 - l) * e);
            }
            if (d < a + s.decay + s.sustain) {
                return w * l;
            }
            double d3 = d - a - s.decay - s.sustain;
            if (s.release <= 0 || d3 >= s.release) {
                return 0;
            }
            return w * l * (1 - s.easing.apply(d3 / s.release));
        }
    },
    /** Two-sided bell with {@code σ = width / 2}. */
    GAUSSIAN {
        double value(double d, double w, double dt, Shape s) {
            double sigma = s.width / 2;
            if (sigma <= 0) {
                return Math.abs(d) < dt / 2 ? w : 0;
            }
            double z = d / sigma;
            return w * Math.exp(-0.5 * z * z);
        }
    },
    /** {@code w·e^(-d/τ)}, {@code τ = decay / 3}. */
    EXPONENTIAL_DECAY {
        double value(double d, double w, double dt, Shape s) {
            if (d < 0) {
                return 0;
            }
            if (s.decay <= 0) {
                return Math.abs(d) < dt / 2 ? w : 0;
            }
            return w * Math.exp(-d / (s.decay / 3));
        }
    };

    /** Durations of one evaluation in seconds (converted from beats at the current tempo). */
    static final class Shape {
        double attack;
        double decay;
        double sustainLevel;
        double sustain;
        double release;
        double width;
        Easing easing = Easing.LINEAR;
    }

    abstract double value(double d, double w, double dt, Shape s);

    /** Seconds after an event beyond which it contributes nothing (infinite for step, exponential decay). */
    double tail(Shape s, double dt) {
        return switch (this) {
            case IMPULSE -> dt / 2;
            case STEP, EXPONENTIAL_DECAY -> Double.POSITIVE_INFINITY;
            case ATTACK_DECAY -> (s.attack == 0 ? 1 : s.attack) + Math.max(0, s.decay);
            case ADSR -> (s.attack == 0 ? 1 : s.attack) + Math.max(0, s.decay) + Math.max(0, s.sustain) + Math.max(0, s.release);
            case GAUSSIAN -> s.width <= 0 ? dt / 2 : 8 * s.width;
        };
    }

    /** Seconds before an event at which it already contributes. */
    double lead(Shape s, double dt) {
        return switch (this) {
            case IMPULSE -> dt / 2;
            case GAUSSIAN -> s.width <= 0 ? dt / 2 : 8 * s.width;
            default -> 0;
        };
    }

    String scriptName() {
        return name().toLowerCase();
    }
}
