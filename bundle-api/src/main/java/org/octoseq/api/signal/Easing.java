package org.octoseq.api.signal;

/** Easing curves {@code E(u)} for event envelopes, u clamped to 0..1 (spec §4.3). */
enum Easing {
    LINEAR { double curve(double u) { return u; } },
    QUADRATIC_IN { double curve(double u) { return u * u; } },
    QUADRATIC_OUT { double curve(double u) { return u * (2 - u); } },
    QUADRATIC_IN_OUT { double curve(double u) { return u < 0.5 ? 2 * u * u : -1 + (4 - 2 * u) * u; } },
    CUBIC_IN { double curve(double u) { return u * u * u; } },
    CUBIC_OUT { double curve(double u) { return (u - 1) * (u - 1) * (u - 1) + 1; } },
    CUBIC_IN_OUT {
        double curve(double u) {
            return u < 0.5 ? 4 * u * u * u : 0.5 * Math.pow(2 * u - 2, 3) + 1;
        }
    },
    EXPONENTIAL_IN { double curve(double u) { return u == 0 ? 0 : Math.pow(2, 10 * (u - 1)); } },
    EXPONENTIAL_OUT { double curve(double u) { return u == 1 ? 1 : 1 - Math.pow(2, -10 * u); } },
    SMOOTHSTEP { double curve(double u) { return u * u * (3 - 2 * u); } },
    ELASTIC {
        double curve(double u) {
            if (u == 0 || u == 1) {
                return u;
            }
            return Math.pow(2, -10 * u) * Math.sin((10 * u - 0.75) * 2 * Math.PI / 3) + 1;
        }
    };

    abstract double curve(double u);

    double apply(double u) {
        return curve(Math.max(0, Math.min(1, u)));
    }

    /** The script name, e.g. {@code quadratic_out}. */
    String scriptName() {
        return name().toLowerCase();
    }
}
