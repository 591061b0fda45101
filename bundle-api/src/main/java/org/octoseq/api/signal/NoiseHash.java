package org.octoseq.api.signal;

/**
 * The deterministic hash behind {@code gen.noise} and {@code gen.perlin} (spec §3.3), bit-compatible with the
 * upstream engine: unsigned 64-bit wrapping arithmetic with {@code K = 0x517cc1b727220a95}.
 */
final class NoiseHash {

    private static final long K = 0x517cc1b727220a95L;
    private static final double U64_MAX = 18446744073709551615.0;

    private NoiseHash() {
    }

    static long hash(long seed, long bits) {
        long h = seed * K;
        h ^= bits;
        h *= K;
        return h ^ (h >>> 32);
    }

    /** White noise in [-1, 1] from the seed and the float32 bit pattern of {@code t} (seconds). */
    static double white(long seed, double t) {
        long h = hash(seed, Float.floatToRawIntBits((float) t) & 0xFFFF_FFFFL);
        double unsigned = h >= 0 ? h : ((h >>> 1) * 2.0 + (h & 1));
        return (double) (float) (unsigned / U64_MAX) * 2 - 1;
    }

    /** Gradient (+1 or -1) of Perlin noise at integer {@code n}. */
    static double gradient(long n, long seed) {
        return (hash(seed, n) & 1) == 0 ? 1.0 : -1.0;
    }

    /** 1-D gradient noise: about [-0.5, 0.5], 0 at integers. */
    static double perlin(double x, long seed) {
        double i = Math.floor(x);
        double f = x - i;
        double u = f * f * (3 - 2 * f);
        double n0 = gradient((long) i, seed) * f;
        double n1 = gradient((long) i + 1, seed) * (f - 1);
        return n0 + u * (n1 - n0);
    }
}
